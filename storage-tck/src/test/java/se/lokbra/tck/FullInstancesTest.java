package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;

/** The generated set itself: complete in every field, referentially complete, the same on every call. */
class FullInstancesTest {
  private final FullInstances full = FullInstances.generate();

  @Test
  void everyKindHasItsEntitiesWithEveryFieldSet() {
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(full.of(kind.descriptor())).as(kind.plural()).hasSize(FullInstances.PER_KIND);
    }
    for (Aggregate<?, ?> entity : full.all()) {
      assertThat(Populated.unsetFields(entity)).as("unset fields of %s", entity.id()).isEmpty();
    }
  }

  @Test
  void everyReferencePointsIntoTheSetAndNeverAtItself() {
    Map<EntityId, Aggregate<?, ?>> byId = full.all().stream()
        .collect(Collectors.toMap(Aggregate::id, Function.identity()));
    assertThat(byId).hasSize(AggregateKind.values().length * FullInstances.PER_KIND);
    for (Aggregate<?, ?> entity : full.all()) {
      for (Reference ref : entity.references()) {
        assertThat(byId).as("%s of %s", ref.field(), entity.id()).containsKey(ref.target());
        assertThat(ref.target()).isNotEqualTo(entity.id());
        ref.part().ifPresent(part -> assertThat(byId.get(ref.target()).parts()).contains(part));
      }
    }
  }

  @Test
  void theSetIsTheSameOnEveryCall() {
    assertThat(FullInstances.generate().all()).isEqualTo(full.all());
  }

  @Test
  void droppingReferencesEmptiesOptionalsAndDropsElementsButKeepsRequiredOnes() {
    Measure measure = full.of(Measure.TYPE).get(0);
    Measure without = (Measure) FullInstances.withoutReferencesTo(measure,
        ref -> ref.target().kind() != AggregateKind.COUNCIL);
    assertThat(without.council()).isEqualTo(measure.council());
    assertThat(without.responsibleOrganisations()).isEmpty();
    assertThat(without.actionPlan()).isEmpty();
    assertThat(without.targets()).isEmpty();
    assertThat(without.followUps()).hasSameSizeAs(measure.followUps())
        .allSatisfy(f -> assertThat(f.meeting()).isEmpty());
    assertThat(without.references()).extracting(Reference::field).containsExactly("council");
    assertThat(FullInstances.differingFields(measure, without)).extracting(d -> d.substring(0, d.indexOf(':')))
        .containsExactly("responsibleOrganisations", "followUps", "targets", "actionPlan");
  }
}

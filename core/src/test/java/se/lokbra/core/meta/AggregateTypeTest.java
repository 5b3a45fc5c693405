package se.lokbra.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.sample.KarlskogaDegerfors;

class AggregateTypeTest {
  @Test
  void everyKindIsDescribedFieldForFieldInTheOrderOfItsRecord() {
    for (AggregateKind kind : AggregateKind.values()) {
      AggregateType<?, ?> type = kind.descriptor();
      assertThat(type.kind()).isSameAs(kind);
      assertThat(type.javaType()).isSameAs(kind.type());
      RecordComponent[] components = type.javaType().getRecordComponents();
      assertThat(Arrays.stream(components).skip(2).map(RecordComponent::getName))
          .as(kind.singular()).containsExactlyElementsOf(type.fields().stream().map(Field::name).toList());
      assertThat(type.sortKeys()).containsKeys("id", "created", "modified");
      assertThat(type.sortKeys()).containsKeys(type.defaultSort().orders().stream()
          .map(o -> o.property()).toArray(String[]::new));
    }
  }

  record Pair(String first, Optional<String> second) {}

  @Test
  void aDescriptionThatDoesNotMatchItsRecordFailsWhenBuilt() {
    assertThatThrownBy(() -> CompositeType.of(Pair.class, Field.one("first", Pair::first, Types.TEXT)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Pair has components [first, second]");
    assertThatThrownBy(() -> CompositeType.of(Pair.class, Field.one("first", Pair::first, Types.TEXT),
        Field.optional("other", Pair::second, Types.TEXT)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("component 1 is second");
    // The compiler refuses Field.one over an Optional getter; a declaration of the wrong value type only shows at
    // run time, when the type is built.
    Field<Pair, Integer> wrongType = Field.one("second", p -> p.second().map(String::length).orElse(0),
        Types.INTEGER);
    assertThatThrownBy(() -> CompositeType.of(Pair.class, Field.one("first", Pair::first, Types.TEXT), wrongType))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Pair.second is a Optional but its field is declared as Integer");
  }

  @Test
  void everySampleEntityIsRebuiltFromItsFieldValues() {
    DataSet sample = sampleData();
    assertThat(sample.size()).isGreaterThan(10);
    sample.entities().forEach(entity -> assertThat(rebuilt(entity)).isEqualTo(entity));
  }

  private static <T extends Aggregate<I, T>, I extends se.lokbra.core.model.EntityId> Object rebuilt(
      Aggregate<?, ?> e) {
    @SuppressWarnings("unchecked")
    AggregateType<T, I> type = (AggregateType<T, I>) e.aggregateKind().descriptor();
    T entity = type.javaType().cast(e);
    return type.construct(entity.id(), entity.revision(), type.values(entity));
  }

  @Test
  void referencesAreDerivedFromTheFieldsWithTheirPaths() {
    Measure measure = Measure.builder().id("m").council(CouncilId.of("c")).title("t")
        .category(MeasureCategory.TRAINING)
        .responsibleOrganisations(OrganisationId.of("a"), OrganisationId.of("b"))
        .followUps(java.util.List.of(new FollowUp(LocalDate.of(2020, 1, 1), "", FollowUpOutcome.ON_TRACK,
            Optional.empty()), new FollowUp(LocalDate.of(2020, 2, 1), "", FollowUpOutcome.ON_TRACK,
            Optional.of(MeetingId.of("x")))))
        .targets(java.util.List.of(new Target(ProblemId.of("p"), Optional.of("k")),
            new Target(ProblemId.of("q"), Optional.empty())))
        .actionPlan(ActionPlanId.of("plan")).build();
    assertThat(measure.references()).containsExactly(
        Reference.of("council", CouncilId.of("c")),
        Reference.of("responsibleOrganisations[0]", OrganisationId.of("a")),
        Reference.of("responsibleOrganisations[1]", OrganisationId.of("b")),
        Reference.of("followUps[1].meeting", MeetingId.of("x")),
        Reference.toPart("targets[0]", ProblemId.of("p"), "k"),
        Reference.of("targets[1]", ProblemId.of("q")),
        Reference.of("actionPlan", ActionPlanId.of("plan")));
    assertThat(KarlskogaDegerfors.firstMeeting2019().references()).extracting(Reference::field)
        .contains("council", "agenda[1].measures[0]", "guests[0].person");
  }

  @Test
  void partsAreTheKeysOfTheDeclaredPartField() {
    Problem problem = Problem.builder().id("p").title("t").causes(java.util.List.of(new Cause("a", "A"),
        new Cause("b", "B"))).build();
    assertThat(problem.parts()).containsExactly("a", "b");
    assertThat(Problem.TYPE.partsField()).map(Field::name).contains("causes");
    assertThat(Measure.TYPE.partsField()).isEmpty();
  }

  @Test
  void theRecordStillValidatesValuesBuiltFromFields() {
    Object[] values = Measure.TYPE.values(KarlskogaDegerfors.measures().get(0));
    values[1] = " ";
    assertThatThrownBy(() -> Measure.TYPE.construct(se.lokbra.core.measure.MeasureId.of("m"), Revision.NEW, values))
        .isInstanceOf(ValidationException.class).hasMessageContaining("title");
  }

  @Test
  void uniqueFieldsAndDefaultsAreDeclared() {
    assertThat(se.lokbra.core.organisation.Organisation.TYPE.uniqueFields()).extracting(Field::name)
        .containsExactly("organisationNumber");
    assertThat(Measure.TYPE.field("status").defaultValue().orElseThrow())
        .isEqualTo(se.lokbra.core.measure.MeasureStatus.PLANNED);
    assertThat(Measure.TYPE.field("title").defaultValue()).isEmpty();
  }

  private static DataSet sampleData() {
    se.lokbra.core.LokbraStore store = se.lokbra.core.LokbraStores.open("memory:sample");
    KarlskogaDegerfors.loadIfEmpty(store);
    return store.snapshot();
  }
}

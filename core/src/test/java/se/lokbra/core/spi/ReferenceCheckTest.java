package se.lokbra.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.CheckReport;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.Target;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.sample.KarlskogaDegerfors;

/** The reference check of {@link LokbraStore#check()}: every reference and part reference must resolve. */
class ReferenceCheckTest {
  private static DataSet sample() {
    try (LokbraStore store = LokbraStores.open("memory:check")) {
      KarlskogaDegerfors.loadInto(store);
      assertThat(store.check().isHealthy()).as("the sample data is healthy").isTrue();
      assertThat(store.check()).isEqualTo(CheckReport.healthy());
      return store.snapshot();
    }
  }

  /** {@code data} with {@code change} applied to its map of entities by kind. */
  private static DataSet changed(DataSet data, java.util.function.Consumer<Map<AggregateKind, List<Aggregate<?, ?>>>>
      change, List<Tombstone> tombstones) {
    Map<AggregateKind, List<Aggregate<?, ?>>> entities = new EnumMap<>(AggregateKind.class);
    for (AggregateKind kind : AggregateKind.values()) {
      entities.put(kind, new ArrayList<>(data.entities(kind)));
    }
    change.accept(entities);
    List<Tombstone> all = new ArrayList<>(data.tombstones());
    all.addAll(tombstones);
    return DataSet.of(entities, all);
  }

  @Test
  void aHealthyDataSetHasNoProblems() {
    assertThat(StoreRules.referenceProblems(sample())).isEmpty();
  }

  @Test
  void everyDanglingReferenceIsAProblemNamingTheEntityFieldAndRule() {
    DataSet data = sample();
    Measure first = data.measures().get(0);
    var council = data.councils().get(0);
    DataSet broken = changed(data, entities -> entities.get(AggregateKind.COUNCIL).clear(),
        List.of(new Tombstone(council.id(), council.revision().version() + 1,
            council.revision().created().orElseThrow(), council.revision().modified().orElseThrow())));
    List<CheckReport.Problem> problems = StoreRules.referenceProblems(broken);
    assertThat(problems).isNotEmpty();
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.where()).isEqualTo(first.describe());
      assertThat(p.what()).isEqualTo("its council refers to council '" + council.id().value() + "', which is "
          + "deleted");
      assertThat(p.rule()).isEqualTo(StoreRules.REFERENCE_RULE);
    });
    assertThat(problems.get(0).toString()).contains(": its ", " (every reference must resolve");
    assertThat(CheckReport.of(problems).isHealthy()).isFalse();
  }

  @Test
  void aMissingTargetAndAMissingPartAreTold() {
    DataSet data = sample();
    Measure first = data.measures().get(0);
    var problem = data.problems().get(0);
    DataSet broken = changed(data, entities -> {
      List<Aggregate<?, ?>> measures = entities.get(AggregateKind.MEASURE);
      measures.set(0, first.toBuilder().addTarget(new Target(problem.id(), Optional.of("no-such-cause")))
          .build());
      entities.get(AggregateKind.ORGANISATION).remove(0);
    }, List.of());
    List<CheckReport.Problem> problems = StoreRules.referenceProblems(broken, a -> "file of " + a.id().value());
    // An id whose file exists but did not read is reported once, as that file, not at every reference to it.
    var gone = data.organisations().get(0).id();
    assertThat(StoreRules.referenceProblems(broken, a -> "x", gone::equals))
        .noneSatisfy(p -> assertThat(p.what()).contains("'" + gone.value() + "'"))
        .hasSize(problems.size() - (int) problems.stream().filter(p -> p.what().contains("'" + gone.value() + "'"))
            .count());
    assertThat(problems).anySatisfy(p -> assertThat(p.what()).endsWith(", which does not exist"));
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.where()).isEqualTo("file of " + first.id().value());
      assertThat(p.what()).contains("refers to problem '" + problem.id().value() + "' part 'no-such-cause', which "
          + "has no such part");
    });
  }
}

package se.lokbra.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.sample.KarlskogaDegerfors;

class DataSetTest {
  private static final Instant T = Instant.parse("2024-01-02T03:04:05Z");

  @Test
  void ofTakesTheEntitiesByKindAndIsTheSameAsTheConstructor() {
    Revision stored = Revision.of(1, T, T);
    ImmutableList<se.lokbra.core.organisation.Organisation> organisations = KarlskogaDegerfors.organisations()
        .stream().map(o -> o.withRevision(stored)).collect(ImmutableList.toImmutableList());
    se.lokbra.core.council.Council council = KarlskogaDegerfors.council().withRevision(stored);
    Tombstone tombstone = new Tombstone(PersonId.of("gone"), 2, T, T);
    Map<AggregateKind, List<? extends Aggregate<?, ?>>> byKind = new EnumMap<>(AggregateKind.class);
    byKind.put(AggregateKind.COUNCIL, List.of(council));
    byKind.put(AggregateKind.ORGANISATION, organisations.reverse());

    DataSet data = DataSet.of(byKind, List.of(tombstone));

    assertThat(data).isEqualTo(DataSet.builder().add(council).addAll(organisations).tombstone(tombstone).build());
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(data.entities(kind)).as(kind.plural()).hasSize(kind == AggregateKind.ORGANISATION
          ? organisations.size() : kind == AggregateKind.COUNCIL ? 1 : 0);
    }
    assertThat(data.entities(se.lokbra.core.council.Council.TYPE)).containsExactly(council);
    assertThat(data.entities(se.lokbra.core.organisation.Organisation.TYPE)).isEqualTo(data.organisations());
    assertThat(DataSet.of(Map.of(), List.of())).isEqualTo(DataSet.empty());
  }

  @Test
  void ofRefusesAnEntityUnderAnotherKind() {
    Map<AggregateKind, List<? extends Aggregate<?, ?>>> byKind =
        Map.of(AggregateKind.PERSON, List.of(KarlskogaDegerfors.council()));

    assertThatThrownBy(() -> DataSet.of(byKind, List.of())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("people[0]").hasMessageContaining("council 'karlskoga-degerfors'")
        .hasMessageContaining("must be a person");
  }

  @Test
  void theBuilderSortsEachKindByIdAndToBuilderChangesACopy() {
    Revision stored = Revision.of(1, T, T);
    ImmutableList<se.lokbra.core.organisation.Organisation> organisations = KarlskogaDegerfors.organisations()
        .stream().map(o -> o.withRevision(stored)).collect(ImmutableList.toImmutableList());
    se.lokbra.core.council.Council council = KarlskogaDegerfors.council().withRevision(stored);
    Tombstone b = new Tombstone(PersonId.of("b-gone"), 2, T, T);
    Tombstone a = new Tombstone(PersonId.of("a-gone"), 3, T, T);

    DataSet data = DataSet.builder().addAll(organisations.reverse()).add(council).tombstone(b).tombstone(a).build();

    assertThat(data.organisations()).extracting(o -> o.id().value()).isSorted().hasSize(organisations.size());
    assertThat(data.tombstones()).containsExactly(a, b);
    assertThat(data.size()).isEqualTo(organisations.size() + 1);
    assertThat(data.entities()).first().isEqualTo(data.organisations().get(0));
    assertThat(data.isEmpty()).isFalse();
    assertThat(DataSet.empty().isEmpty()).isTrue();
    assertThat(data.toString()).contains("councils=").doesNotContain("measures=");

    DataSet withoutOrganisations = data.toBuilder().clear(AggregateKind.ORGANISATION).build();

    assertThat(withoutOrganisations.organisations()).isEmpty();
    assertThat(withoutOrganisations.councils()).containsExactly(council);
    assertThat(withoutOrganisations.tombstones()).containsExactly(a, b);
    assertThat(data.organisations()).hasSize(organisations.size());
    assertThat(data.toBuilder().build()).isEqualTo(data).hasSameHashCodeAs(data);
    assertThat(withoutOrganisations).isNotEqualTo(data);
  }

  @Test
  void theBuilderRefusesNulls() {
    assertThatThrownBy(() -> DataSet.builder().add(null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("entity");
    assertThatThrownBy(() -> DataSet.builder().addAll(java.util.Arrays.asList(KarlskogaDegerfors.council(), null)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("entities");
  }
}

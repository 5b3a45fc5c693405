package se.lokbra.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.council.Council;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.core.spi.ChangeSet;

class InMemoryStoreTest {
  @Test
  void theMemoryProviderOpensTheEngine() {
    try (LokbraStore store = LokbraStores.open("memory:provider")) {
      assertThat(store).isInstanceOf(InMemoryStore.class);
      assertThat(store.uri()).isEqualTo(URI.create("memory:provider"));
    }
  }

  @Test
  void everyKindHasARepositoryAndTheTypedAccessorsAreTheSame() {
    try (LokbraStore store = LokbraStores.open("memory:kinds")) {
      for (AggregateKind kind : AggregateKind.values()) {
        Repository<?, ?> repository = store.repository(kind);
        assertThat(repository).as(kind.plural()).isNotNull();
        assertThat(store.repository(kind.descriptor())).isSameAs(repository);
        assertThat(repository.findAll(PageRequest.first(10)).totalElements()).isZero();
      }
      assertThat(store.repository(AggregateKind.COUNCIL)).isSameAs(store.councils());
      assertThat(store.repository(AggregateKind.ORGANISATION)).isSameAs(store.organisations());
      assertThat(store.repository(AggregateKind.ACTION_PLAN)).isSameAs(store.actionPlans());
    }
  }

  @Test
  void aSaveThroughTheTypedRepositoryIsInTheSnapshotAndThePersistedChangeSet() {
    List<ChangeSet> persisted = new ArrayList<>();
    try (InMemoryStore store = InMemoryStore.create(URI.create("memory:persisted"), StoreOptions.defaults(),
        List.of(), DataSet.empty(), persisted::add)) {
      store.organisations().saveAll(KarlskogaDegerfors.organisations());
      store.people().saveAll(KarlskogaDegerfors.people());
      Council saved = store.repository(Council.TYPE).save(KarlskogaDegerfors.council());

      assertThat(store.snapshot().councils()).containsExactly(saved);
      assertThat(persisted).hasSize(3);
      assertThat(persisted.get(2).saved()).containsExactly(saved);
    }
  }

  @Test
  void aUniqueFieldOfTheDescriptionIsKeptUniqueAndFoundByItsIndex() {
    try (LokbraStore store = LokbraStores.open("memory:unique")) {
      Organisation first = store.organisations().save(Organisation.builder().id("first").name("First")
          .kind(OrganisationKind.POLICE).organisationNumber("212000-1991").build());
      Organisation second = Organisation.builder().id("second").name("Second").kind(OrganisationKind.POLICE)
          .organisationNumber("212000-1991").build();

      assertThatThrownBy(() -> store.organisations().save(second)).isInstanceOf(ValidationException.class)
          .hasMessage("organisation 'second': invalid organisationNumber '212000-1991': must be unique, but "
              + "organisation 'first' has it");
      assertThat(store.organisations().findByOrganisationNumber(first.organisationNumber().orElseThrow()))
          .contains(first);
      store.organisations().delete(first);
      assertThat(store.organisations().save(second).version()).isEqualTo(1);
      assertThat(store.organisations().findByOrganisationNumber(first.organisationNumber().orElseThrow()))
          .hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(second.id()));
    }
  }
}

package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.spi.Collation;
import se.lokbra.storage.jdbc.TestDatabases;

/**
 * The stored sort keys follow the collator: a database whose recorded collator version is another (a store
 * written with another ICU4J) has every key computed again when it opens, and the version recorded.
 */
class SortKeysTest {
  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("sqlite", (Supplier<URI>) TestDatabases::newSqliteUri),
        Arguments.of("postgresql", (Supplier<URI>) TestDatabases::newPostgresUri));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void keysOfAnotherCollatorVersionAreComputedAgainAtOpen(String name, Supplier<URI> newUri) {
    URI uri = newUri.get();
    try (LokbraStore store = LokbraStores.open(uri)) {
      for (String n : List.of("Örebro", "Åmål", "Ängelholm", "Arboga")) {
        store.organisations().save(Organisation.builder().name(n).kind(OrganisationKind.POLICE).build());
      }
      // What a store keyed by another collator looks like: keys that sort otherwise, another version.
      ((JdbcStore) store).jdbis().get(0).useHandle(h -> {
        h.execute("UPDATE organisation SET name_sort_key = NULL");
        h.execute("UPDATE lokbra_metadata SET value = 'icu4j 1.0, collator 0.0.0.0' WHERE name = 'collation'");
      });
    }

    try (LokbraStore store = LokbraStores.open(uri)) {
      assertThat(store.organisations().findAll(PageRequest.first(10)).content()).extracting(Organisation::name)
          .containsExactly("Arboga", "Åmål", "Ängelholm", "Örebro");
      ((JdbcStore) store).jdbis().get(0).useHandle(h -> {
        assertThat(h.createQuery("SELECT value FROM lokbra_metadata WHERE name = 'collation'").mapTo(String.class)
            .one()).isEqualTo(Collation.VERSION);
        for (var row : h.createQuery("SELECT name, name_sort_key FROM organisation").mapToMap().list()) {
          assertThat((byte[]) row.get("name_sort_key")).as("the key of %s", row.get("name"))
              .isEqualTo(Collation.sortKey((String) row.get("name")));
        }
      });
    }
  }
}

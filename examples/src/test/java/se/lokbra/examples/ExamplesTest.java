package se.lokbra.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Role;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.storage.jdbc.TestDatabases;

/** Runs every embedding example on every backend. */
class ExamplesTest {
  @TempDir
  Path dir;

  private String uri(String backend) {
    return switch (backend) {
      case "memory" -> "memory:examples";
      case "json" -> "json:" + dir.resolve("store");
      case "sqlite" -> "jdbc:sqlite:" + dir.resolve("lokbra.db");
      case "postgresql" -> TestDatabases.newPostgresUri().toString();
      default -> throw new IllegalArgumentException(backend);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "json", "sqlite", "postgresql"})
  void openStoreLoadsTheSampleOnce(String backend) {
    String uri = uri(backend);
    assertThat(OpenStoreExample.run(uri)).isEqualTo(4);
    if (!backend.equals("memory")) { // a memory store is gone once closed
      assertThat(CheckStoreExample.run(uri)).as("the sample data is healthy").isEmpty();
      assertThat(OpenStoreExample.run(uri)).as("loading again adds nothing").isEqualTo(4);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "json", "sqlite", "postgresql"})
  void namesSortInSwedishOrderOrByCodePoint(String backend) {
    try (LokbraStore store = LokbraStores.open(uri(backend))) {
      assertThat(SortingExample.run(store)).containsExactly(
          List.of("Alingsås kommun", "Åmåls kommun", "Ängelholms kommun", "Örebro kommun"),
          List.of("Alingsås kommun", "Ängelholms kommun", "Åmåls kommun", "Örebro kommun"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "json", "sqlite", "postgresql"})
  void saveQueryTransactionConflictAndSync(String backend) {
    try (LokbraStore store = LokbraStores.open(uri(backend))) {
      assertThat(SaveAndQueryExample.run(store)).containsExactly("Trygghetsvandring i Vivalla");

      Council council = TransactionExample.run(store);
      assertThat(council.chairOn(LocalDate.of(2024, 1, 1))).hasValueSatisfying(m -> {
        assertThat(m.role()).isEqualTo(Role.CHAIR);
        assertThat(store.people().getById(m.person().orElseThrow()).familyName()).isEqualTo("Ek");
      });

      Organisation school = VersionConflictExample.run(store);
      assertThat(school.version()).isEqualTo(3);
      assertThat(school.name()).isEqualTo("Bregårdsskolan F–9");
      assertThat(school.kind()).isEqualTo(OrganisationKind.OTHER);

      List<String> applied = new ArrayList<>();
      Instant next = SyncExample.run(store, Instant.EPOCH, applied);
      assertThat(applied).containsExactly("UPDATED " + store.measures().findAll(
          se.lokbra.core.repository.PageRequest.first(1)).content().get(0).id());
      assertThat(next).isAfter(Instant.EPOCH);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "json", "sqlite", "postgresql"})
  void theKnowledgeBasedCycleRunsFromSituationPictureToProgress(String backend) {
    try (LokbraStore store = LokbraStores.open(uri(backend))) {
      assertThat(KnowledgeCycleExample.run(store)).isEqualByComparingTo("0.5");
      assertThat(store.measures().findWithoutProblem(se.lokbra.core.repository.PageRequest.first(10))
          .totalElements()).as("the sample's three measures without a problem").isEqualTo(3);
      assertThat(store.cooperationAgreements().findByPromiseStatus(
          se.lokbra.core.agreement.PromiseStatus.IN_PROGRESS, se.lokbra.core.repository.PageRequest.first(10))
          .totalElements()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "sqlite", "postgresql"})
  void switchingBackendChangesOnlyTheUri(String backend) {
    String uri = uri(backend);
    Map<String, Long> completed = SwitchBackendExample.run(List.of("memory:switch", uri));
    assertThat(completed).containsEntry("memory:switch", 3L).containsEntry(uri, 3L);
  }
}

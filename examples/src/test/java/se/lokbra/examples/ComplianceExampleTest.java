package se.lokbra.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.compliance.Finding;
import se.lokbra.core.compliance.Ledger;
import se.lokbra.core.compliance.Requirement;
import se.lokbra.core.compliance.Status;

/** The fictional complete municipality meets every requirement; the sample honestly misses every one in 2019–2022. */
class ComplianceExampleTest {
  @TempDir
  Path dir;

  private String uri(String backend) {
    return switch (backend) {
      case "memory" -> "memory:compliance-example-" + UUID.randomUUID();
      case "json" -> "json:" + dir.resolve("store");
      case "sqlite" -> "jdbc:sqlite:" + dir.resolve("lokbra.db");
      default -> throw new IllegalArgumentException(backend);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "json", "sqlite"}) // PostgreSQL: ComplianceContract in the TCK
  void exempelbyMeetsEveryRequirementAndKarlskogaShowsWhatIsMissing(String backend) {
    try (LokbraStore store = LokbraStores.open(uri(backend))) {
      ComplianceExample.Result r = ComplianceExample.run(store);
      Ledger exempelby = r.exempelby();
      assertThat(exempelby.findings()).extracting(Finding::status).containsOnly(Status.MET);
      assertThat(exempelby.allMet()).isTrue();
      assertThat(exempelby.period()).hasToString("2023–2026");
      assertThat(exempelby.finding(Requirement.SITUATION_PICTURE).basis()).containsExactly(
          ExampleMunicipality.PICTURE_2025);
      assertThat(exempelby.finding(Requirement.ACTION_PLAN).basis()).containsExactly(ExampleMunicipality.PLAN,
          ExampleMunicipality.PICTURE_2023);
      assertThat(exempelby.finding(Requirement.FOLLOW_UPS).reason().arguments())
          .containsExactly("Åtgärdsplan 2024–2027", 4);
      assertThat(r.lines().get(0)).isEqualTo(
          "SITUATION_PICTURE MET: The situation picture of 2025-10-06 is current (it counts until 2027-10-06).");
      assertThat(r.karlskoga2019().findings()).extracting(Finding::status).containsOnly(Status.MISSING);
      assertThat(ComplianceExample.unmet(r.karlskoga2019())).hasSize(4);
      assertThat(r.orebroCounty().ledgers()).extracting(l -> l.municipality().value())
          .containsExactly("1862", "1883", "1899");
      assertThat(r.orebroCounty().allMetCount()).isEqualTo(1);
      assertThat(ExampleMunicipality.loadIfAbsent(store)).as("loaded once").isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory"})
  void aMonthLaterTheNextFollowUpIsStillAheadButTheLedgerTurnsWhenTheDatesPass(String backend) {
    try (LokbraStore store = LokbraStores.open(uri(backend))) {
      ExampleMunicipality.loadIfAbsent(store);
      var compliance = se.lokbra.core.compliance.Compliance.of(store);
      assertThat(compliance.ledger(ExampleMunicipality.EXEMPELBY, java.time.LocalDate.of(2027, 3, 1))
          .status(Requirement.FOLLOW_UPS)).as("31 May 2027 within three months").isEqualTo(Status.DUE_SOON);
      assertThat(compliance.ledger(ExampleMunicipality.EXEMPELBY, java.time.LocalDate.of(2027, 6, 1))
          .status(Requirement.FOLLOW_UPS)).as("31 May 2027 passed unheld").isEqualTo(Status.MISSING);
    }
  }
}

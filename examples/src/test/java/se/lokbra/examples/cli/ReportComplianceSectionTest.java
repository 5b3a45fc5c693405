package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.examples.ExampleMunicipality;

/** {@code lokbra report} has the compliance ledger (law 2023:196) of each of a council's municipalities. */
class ReportComplianceSectionTest {
  @TempDir
  Path dir;

  @Test
  void eachCouncilShowsTheLedgerOfEachOfItsMunicipalitiesInTheReportsPeriod() {
    String uri = "json:" + dir.resolve("store");
    assertThat(CliRunner.run("demo", "--store", uri).exitCode()).isZero();
    try (LokbraStore store = LokbraStores.open(uri)) {
      ExampleMunicipality.loadIfAbsent(store);
    }
    CliRunner md = CliRunner.run("report", "--store", uri);
    assertThat(md.exitCode()).as(md.err()).isZero();
    String out = md.out();
    int karlskogaCouncil = out.indexOf("## Lokala brottsförebyggande rådet i Karlskoga och Degerfors");
    int degerfors = out.indexOf("### Lagkrav (2023:196): Degerfors kommun (1862)");
    int karlskoga = out.indexOf("### Lagkrav (2023:196): Karlskoga kommun (1883)");
    int exempelbyCouncil = out.indexOf("## Brottsförebyggande rådet i Exempelby");
    int exempelby = out.indexOf("### Lagkrav (2023:196): Exempelby kommun (1899)");
    assertThat(karlskogaCouncil).isNotNegative();
    assertThat(exempelbyCouncil).isNotNegative();
    assertThat(degerfors).isGreaterThan(karlskogaCouncil).isLessThan(karlskoga);
    assertThat(exempelby).isGreaterThan(exempelbyCouncil);
    assertThat(out.substring(karlskoga, karlskoga + 900))
        .contains("Mandatperiod 2023–2026, läget 25 november 2026: 0 av 4 krav uppfyllda.")
        .contains("| Lägesbild | Saknas | Ingen lägesbild är daterad inom 2023–2026. |");
    assertThat(out.substring(exempelby, exempelby + 900))
        .contains("Mandatperiod 2023–2026, läget 25 november 2026: 4 av 4 krav uppfyllda.")
        .contains("| Samordningsfunktion | Uppfyllt | Samordningsfunktionen ”Samordningsfunktionen för "
            + "brottsförebyggande arbete” finns. |");

    CliRunner html = CliRunner.run("report", "--store", uri, "--format", "html", "--lang", "en");
    assertThat(html.exitCode()).as(html.err()).isZero();
    assertThat(html.out()).contains("<section class=\"compliance\" id=\"council-exempelby-bra-compliance-1899\"")
        .contains("<a href=\"#council-exempelby-bra-compliance-1899\">Legal requirements (2023:196): Exempelby kommun "
            + "(1899)</a>")
        .contains("<tr class=\"MISSING\"><th scope=\"row\">Coordination function</th><td>Missing</td>"
            + "<td>There is no coordination function.</td></tr>");
  }
}

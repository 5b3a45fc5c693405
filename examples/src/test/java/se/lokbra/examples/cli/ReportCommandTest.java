package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.examples.report.HtmlReport;
import se.lokbra.examples.report.MarkdownReport;
import se.lokbra.examples.report.MeasureReport;

class ReportCommandTest {
  @TempDir
  Path dir;

  private MeasureReport sampleReport(java.util.OptionalInt year) {
    try (LokbraStore store = LokbraStores.open("memory:report")) {
      KarlskogaDegerfors.loadIfEmpty(store);
      return MeasureReport.build(store, year, java.util.Optional.empty(), java.time.LocalDate.of(2026, 11, 25));
    }
  }

  @Test
  void theMarkdownReportGroupsMeasuresByStatusWithTotalsGoalsAndFollowUps() {
    String md = MarkdownReport.render(sampleReport(java.util.OptionalInt.of(2018)));
    assertThat(md).startsWith("# Uppföljning av insatser 2018\n")
        .contains("## Lokala brottsförebyggande rådet i Karlskoga och Degerfors")
        .contains("| Pågående | 1 |")
        .contains("| Genomförda | 3 |")
        .contains("| **Totalt** | **4** |")
        .contains("#### Genomförda (3)")
        .contains("##### Drogfri skolavslutning")
        .contains("- Kategori: Social")
        .contains("- Uppföljning 1 april 2019: Ej bedömd, sammanträde 1 april 2019: Avstämd vid rådets första möte")
        .doesNotContain("NOT_ASSESSED");
    assertThat(md.indexOf("### Pågående")).as("lifecycle order").isLessThan(md.indexOf("### Genomförda"));
    assertThat(MarkdownReport.render(sampleReport(java.util.OptionalInt.of(2015))))
        .contains("Inga insatser.");
  }

  @Test
  void theReportShowsTheChainFromEachProblemToItsMeasuresAndIndicatorsAndTheMeasuresWithoutAProblem() {
    try (LokbraStore store = LokbraStores.open("memory:chain")) {
      KarlskogaDegerfors.loadIfEmpty(store);
      se.lokbra.tck.Fixtures f = new se.lokbra.tck.Fixtures(store);
      var picture = store.situationPictures().save(f.situationPicture().toBuilder()
          .council(KarlskogaDegerfors.COUNCIL).build());
      var problem = store.problems().save(se.lokbra.core.problem.Problem.builder().id("otrygghet-centrum")
          .situationPicture(picture.id()).title("Otrygghet i centrum kvällstid").priority(1)
          .addCause(se.lokbra.core.problem.Cause.of("belysning", "Dålig belysning i gångtunnlar"))
          .addCause(se.lokbra.core.problem.Cause.of("samlingsplatser", "Samlingsplatser utan vuxna")).build());
      var indicator = store.indicators().save(f.richIndicator(problem.id()).toBuilder().name("Andel otrygga")
          .build());
      var police = f.savedOrganisation();
      store.cooperationAgreements().save(f.richAgreement(KarlskogaDegerfors.KARLSKOGA_KOMMUN, police.id(),
          KarlskogaDegerfors.MARTIN_HARSMAR, problem.id(), indicator.id()));
      store.measures().save(store.measures().getById(KarlskogaDegerfors.SAFETY_WALKS).toBuilder()
          .addTarget(se.lokbra.core.measure.Target.cause(problem.id(), "belysning")).build());
      String md = MarkdownReport.render(MeasureReport.build(store, java.util.OptionalInt.of(2018),
          java.util.Optional.empty(), java.time.LocalDate.of(2026, 11, 25)));
      assertThat(md).contains("### Kunskapsbaserad kedja")
          .contains("#### Otrygghet i centrum kvällstid (prioritet 1)")
          .contains("- Orsak: Dålig belysning i gångtunnlar → Trygghetsvandringar (Genomförda)")
          .contains("- Orsak: Samlingsplatser utan vuxna → inga insatser")
          .contains("- Indikator: Andel otrygga: nollmätning 41,5\u00a0% (1 mars 2021), mål 30\u00a0% senast "
              + "31 december 2027, senaste 35,25\u00a0% (1 mars 2023), 54\u00a0% av vägen")
          .contains("#### Upplevd otrygghet (ej prioriterat)")
          .contains("#### Insatser utan problem (3)")
          .contains("- Drogfri skolavslutning (Genomförda)");
      assertThat(md.indexOf("(prioritet 1)")).as("prioritised problems first")
          .isLessThan(md.indexOf("(ej prioriterat)"));
      String html = HtmlReport.render(MeasureReport.build(store, java.util.OptionalInt.empty(),
          java.util.Optional.empty(), java.time.LocalDate.of(2026, 11, 25)));
      assertThat(html).contains("<h3>Kunskapsbaserad kedja</h3>")
          .contains("<dt>Orsak: Dålig belysning i gångtunnlar</dt><dd>Trygghetsvandringar (Genomförda)</dd>");
    }
  }

  @Test
  void theHtmlReportIsOneSelfContainedEscapedPage() {
    String html = HtmlReport.render(sampleReport(java.util.OptionalInt.empty()));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<td class=\"n\">4</td>")
        .contains("<h5>ANDT-strategi för Karlskoga och Degerfors</h5>")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("http");
  }

  @Test
  void theCommandWritesBothFormatsAndRefusesBadInput() throws Exception {
    Path out = dir.resolve("report.html");
    TestData.fill("json:" + dir.resolve("store"), CliRunner.CLOCK);
    CliRunner r = CliRunner.run("report", "--store", "json:" + dir.resolve("store"), "--format", "html",
        "--output", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("<h1>Uppföljning av insatser</h1>");

    CliRunner md = CliRunner.run("report", "--store", "memory:r", "--year", "2018");
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).startsWith("# Uppföljning av insatser 2018");

    CliRunner english = CliRunner.run("report", "--store", "memory:r", "--year", "2018", "--lang", "en");
    assertThat(english.exitCode()).as(english.err()).isZero();
    assertThat(english.out()).startsWith("# Follow-up of measures 2018\n\nGenerated ").doesNotContain("Skapad");

    CliRunner badLanguage = CliRunner.run("report", "--store", "memory:r", "--lang", "de");
    assertThat(badLanguage.exitCode()).isEqualTo(2);
    assertThat(badLanguage.err()).contains("--lang").contains("de");

    CliRunner badFormat = CliRunner.run("report", "--store", "memory:r", "--format", "pdf");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("pdf");

    CliRunner unknownCouncil = CliRunner.run("report", "--store", "memory:r", "--council", "nowhere");
    assertThat(unknownCouncil.exitCode()).isEqualTo(2);
    assertThat(unknownCouncil.err()).contains("council 'nowhere' not found");
  }
}

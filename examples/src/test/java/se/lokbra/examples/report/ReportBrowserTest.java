package se.lokbra.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.examples.KnowledgeCycleExample;

/**
 * The HTML report of the sample data (with the knowledge-based cycle of {@link KnowledgeCycleExample}, so that an
 * indicator has a chart) opened in a real headless Chromium: its rendered text and charts, axe-core's WCAG 2.1 AA
 * rules, and the PDF it prints. Skipped, saying why, only when no Chromium or no axe-core (npm ci in
 * src/test/js) is available and CI is not "true"; under CI=true a missing one fails.
 *
 * <p>With {@code -Dlokbra.screenshots=DIR} it also writes DIR/report-overview.png (the first council's overview on
 * screen) and DIR/report-print.png (the first printed page of that council), the pictures in the README.
 */
class ReportBrowserTest {
  private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @TempDir
  static Path dir;

  private static HeadlessChromium chromium;

  @BeforeAll
  static void startChromium() throws Exception {
    Optional<Path> binary = HeadlessChromium.find();
    require(binary.isPresent(), "no Chromium on PATH (install Debian's chromium, as .ci/run does, or set "
        + "LOKBRA_CHROMIUM)");
    require(Files.isRegularFile(AXE), "no axe-core at " + AXE.toAbsolutePath() + " (run npm ci in "
        + "examples/src/test/js, as .ci/run does)");
    Path profile = Files.createDirectories(dir.resolve("profile"));
    chromium = HeadlessChromium.start(binary.orElseThrow(), profile);
    chromium.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1200, "height", 900,
        "deviceScaleFactor", 1, "mobile", false));
  }

  private static void require(boolean available, String what) {
    if (!available) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("CI=true but " + what);
      }
      System.err.println("ReportBrowserTest skipped: " + what + " (with CI=true this fails)");
      Assumptions.abort("browser test skipped: " + what);
    }
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static Path render(String language) throws IOException {
    try (LokbraStore store = LokbraStores.open("memory:browser-" + language)) {
      KnowledgeCycleExample.run(store);
      MeasureReport report = MeasureReport.build(store, OptionalInt.empty(), Optional.empty(), TODAY);
      Path file = dir.resolve("report-" + language + ".html");
      Files.writeString(file, HtmlReport.render(report, ReportText.of(language)), StandardCharsets.UTF_8);
      return file;
    }
  }

  @Test
  void theRenderedReportIsSwedishWithItsChartsDrawnAndADataTableBesideEach() throws Exception {
    chromium.open(render("sv"));
    String text = chromium.evaluate("document.body.innerText").asText();
    assertThat(text).contains("Uppföljning av insatser", "Innehåll", "Översikt", "Nyckeltal",
        "Från lägesbild till åtgärdsplan", "Lägesbild 2024 (1 november 2024)",
        "Otrygghet i centrum kvällstid (prioritet 1)", "Kategori\nUtbildning", "Ej bedömd",
        "nollmätning 40\u00a0% (1 mars 2024), mål 30\u00a0% senast 31 december 2027",
        "Ny belysning i gångtunnlar (Planerade): perioden slutade 31 december 2025")
        .doesNotContain("NOT_ASSESSED", "TRAINING", "IN_PROGRESS");
    JsonNode charts = chromium.evaluate("""
        [...document.querySelectorAll('svg')].map(s => ({role: s.getAttribute('role'),
          width: s.getBoundingClientRect().width, height: s.getBoundingClientRect().height,
          title: s.querySelector('title')?.textContent, desc: s.querySelector('desc')?.textContent,
          table: s.closest('figure')?.querySelector('table caption')?.textContent,
          marks: s.querySelectorAll('rect.bar, polyline.values, line.goal').length}))""");
    assertThat(charts).hasSize(2);
    for (JsonNode chart : charts) {
      assertThat(chart.get("role").asText()).isEqualTo("img");
      assertThat(chart.get("width").asDouble()).as("width of %s", chart).isGreaterThan(100);
      assertThat(chart.get("height").asDouble()).as("height of %s", chart).isGreaterThan(100);
      assertThat(chart.get("desc").asText()).isNotBlank();
      assertThat(chart.get("table").asText()).as("the data table beside %s", chart).isNotBlank();
      assertThat(chart.get("marks").asInt()).isPositive();
    }
    assertThat(charts.get(0).get("title").asText()).isEqualTo("Insatser per status");
    assertThat(charts.get(0).get("desc").asText()).contains("Planerade 1, Pågående 1, Genomförda 3");
    assertThat(charts.get(1).get("title").asText()).isEqualTo("Indikator: Andel som känner sig otrygga i centrum");
    JsonNode anchors = chromium.evaluate("""
        [...document.querySelectorAll('nav a')].map(a => document.getElementById(a.hash.slice(1)) !== null)""");
    assertThat(anchors).hasSizeGreaterThanOrEqualTo(4).allMatch(JsonNode::asBoolean);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sv", "en"})
  void axeCoreFindsNoWcag21AaViolation(String language) throws Exception {
    chromium.open(render(language));
    chromium.evaluate(Files.readString(AXE, StandardCharsets.UTF_8) + "; true");
    JsonNode result = chromium.evaluate("""
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
          .then(r => ({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))}))""");
    assertThat(result.get("violations")).as("axe-core violations: %s", result.get("violations")).isEmpty();
    assertThat(result.get("passes").asInt()).as("rules that passed").isGreaterThan(10);
  }

  @Test
  void printedToPdfEachCouncilStartsAPageAndNoTableIsCut() throws Exception {
    chromium.open(render("sv"));
    JsonNode tables = chromium.evaluate("""
        [...document.querySelectorAll('table')].map(t => ({caption: t.caption.textContent,
          first: t.tBodies[0].rows[0].innerText, last: t.tBodies[0].rows[t.tBodies[0].rows.length - 1].innerText}))""");
    assertThat(tables).as("key figures, status chart, indicator, and the ledgers of Karlskoga and Degerfors")
        .hasSize(5);
    byte[] pdf = Base64.getDecoder().decode(chromium.send("Page.printToPDF", Map.of("printBackground", true,
        "preferCSSPageSize", true)).get("data").asText());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document));
      }
      assertThat(pages).as("the contents page, then the council from a new page").hasSizeBetween(2, 6);
      assertThat(pages.get(0)).contains("Uppföljning av insatser", "Innehåll")
          .doesNotContain("Nyckeltal");
      assertThat(squeezed(pages.get(1))).startsWith(squeezed("Lokala brottsförebyggande rådet i Karlskoga och "
          + "Degerfors Översikt"));
      assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points").isCloseTo(595f,
          org.assertj.core.data.Offset.offset(2f));
      int from = 0;
      for (JsonNode table : tables) {
        String caption = squeezed(table.get("caption").asText());
        int page = from;
        while (page < pages.size() && !squeezed(pages.get(page)).contains(caption)) {
          page++;
        }
        assertThat(page).as("the page of table '%s'", caption).isLessThan(pages.size());
        String onPage = squeezed(pages.get(page));
        String rest = onPage.substring(onPage.indexOf(caption));
        assertThat(rest).as("table '%s' whole on page %s", caption, page + 1)
            .contains(squeezed(table.get("first").asText()), squeezed(table.get("last").asText()));
        from = page;
      }
      String shots = System.getProperty("lokbra.screenshots");
      if (shots != null) {
        Path out = Files.createDirectories(Path.of(shots));
        BufferedImage printed = new PDFRenderer(document).renderImageWithDPI(1, 110);
        ImageIO.write(printed, "png", out.resolve("report-print.png").toFile());
        screenshotOfTheOverview(out.resolve("report-overview.png"));
      }
    }
  }

  private static void screenshotOfTheOverview(Path file) throws IOException {
    JsonNode box = chromium.evaluate("""
        (() => { const r = document.querySelector('section.council > section').getBoundingClientRect();
          return {bottom: r.bottom + window.scrollY}; })()""");
    String png = chromium.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", 1200, "height", box.get("bottom").asDouble() + 16, "scale", 1)))
        .get("data").asText();
    Files.write(file, Base64.getDecoder().decode(png));
  }

  /** The text without any white space (PDF text and the DOM's innerText space cells differently). */
  private static String squeezed(String text) {
    return text.replaceAll("[\\s\\p{Z}]+", "");
  }
}

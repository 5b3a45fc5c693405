package se.lokbra.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;
import se.lokbra.examples.KnowledgeCycleExample;

class ReportTextTest {
  private static final List<ReportText> LANGUAGES = List.of(ReportText.SWEDISH, ReportText.ENGLISH);

  /** Every enum of core, found by scanning core's classes (a directory or a jar), not from a list kept here. */
  static List<Class<?>> coreEnums() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(MeasureStatus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> enums = new ArrayList<>();
    if (Files.isDirectory(location)) {
      scan(location, enums);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        scan(jar.getPath("/"), enums);
      }
    }
    return enums;
  }

  private static void scan(Path root, List<Class<?>> enums) throws IOException, ClassNotFoundException {
    Path core = root.resolve("se/lokbra/core");
    List<String> names;
    try (Stream<Path> files = Files.walk(core)) {
      names = files.map(f -> root.relativize(f).toString()).filter(f -> f.endsWith(".class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).sorted().toList();
    }
    for (String name : names) {
      Class<?> type = Class.forName(name, false, ReportTextTest.class.getClassLoader());
      if (type.isEnum()) {
        enums.add(type);
      }
    }
  }

  @Test
  void everyEnumConstantOfCoreHasALabelInSwedishAndInEnglish() throws Exception {
    List<Class<?>> enums = coreEnums();
    assertThat(enums).as("the scan finds core's enums, nested ones too")
        .contains(MeasureStatus.class, PartialDate.Precision.class).hasSizeGreaterThanOrEqualTo(13);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        String key = ReportText.labelKey(type, ((Enum<?>) constant).name());
        for (ReportText text : LANGUAGES) {
          if (!text.has(key) || text.label((Enum<?>) constant).isBlank()) {
            missing.add(text.languageTag() + ": " + key);
          }
        }
      }
    }
    assertThat(missing).as("enum constants without a label").isEmpty();
  }

  @Test
  void bothBundlesHaveTheSameKeys() {
    List<String> sv = java.util.Collections.list(java.util.ResourceBundle.getBundle(
        "se.lokbra.examples.report.report", java.util.Locale.forLanguageTag("sv")).getKeys());
    List<String> en = java.util.Collections.list(java.util.ResourceBundle.getBundle(
        "se.lokbra.examples.report.report", java.util.Locale.ENGLISH).getKeys());
    assertThat(sv).containsExactlyInAnyOrderElementsOf(en);
  }

  @Test
  void aMissingLabelFailsLoudly() {
    assertThatThrownBy(() -> ReportText.labelKey(java.time.DayOfWeek.class, "MONDAY"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.DayOfWeek");
    assertThatThrownBy(() -> ReportText.of("de")).hasMessageContaining("'de'").hasMessageContaining("sv or en");
  }

  @Test
  void numbersAndDatesAreFormattedByLocale() {
    assertThat(ReportText.SWEDISH.number(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,5");
    assertThat(ReportText.ENGLISH.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
    assertThat(ReportText.SWEDISH.number(new BigDecimal("35.250"))).isEqualTo("35,25");
    assertThat(ReportText.SWEDISH.number(12_345)).isEqualTo("12\u00a0345");
    assertThat(ReportText.SWEDISH.quantity(new BigDecimal("41.5"), Optional.of("%"))).isEqualTo("41,5\u00a0%");
    assertThat(ReportText.SWEDISH.date(LocalDate.of(2019, 4, 1))).isEqualTo("1 april 2019");
    assertThat(ReportText.ENGLISH.date(LocalDate.of(2019, 4, 1))).isEqualTo("April 1, 2019");
    assertThat(ReportText.SWEDISH.period(DateSpan.of(PartialDate.ofMonth(2018, 5), PartialDate.ofYear(2019))))
        .isEqualTo("maj 2018–2019");
    assertThat(ReportText.SWEDISH.period(DateSpan.ofYear(2018))).isEqualTo("2018");
    assertThat(ReportText.SWEDISH.get("chain.measureCount", 1, 0))
        .isEqualTo("en insats, ingen riktar sig mot ett problem");
    assertThat(ReportText.SWEDISH.get("chain.measureCount", 1234, 2))
        .isEqualTo("1\u00a0234 insatser, 2 riktar sig mot ett problem");
  }

  @Test
  void aSwedishReportHasNoEnglishWordFromCoresEnumsAndAnEnglishOneHasNoSwedishLabel() throws Exception {
    List<String> words = new ArrayList<>();
    List<String> swedishLabels = new ArrayList<>();
    for (Class<?> type : coreEnums()) {
      for (Object c : type.getEnumConstants()) {
        Enum<?> constant = (Enum<?>) c;
        words.add(constant.name());
        String english = ReportText.ENGLISH.label(constant);
        String swedish = ReportText.SWEDISH.label(constant);
        if (!english.equals(swedish)) {
          words.add(english);
          swedishLabels.add(swedish);
        }
      }
    }
    try (LokbraStore store = LokbraStores.open("memory:words")) {
      KnowledgeCycleExample.run(store);
      MeasureReport report = MeasureReport.build(store, OptionalInt.empty(), Optional.empty(),
          LocalDate.of(2026, 11, 25));
      String html = HtmlReport.render(report, ReportText.SWEDISH);
      String visible = html.substring(html.indexOf("<body>")).replaceAll("<[^>]*>", " ");
      for (String rendered : List.of(visible, MarkdownReport.render(report, ReportText.SWEDISH))) {
        assertThat(rendered).contains("Utbildning", "Ej bedömd", "Strategi", "Situationell");
        for (String word : words) {
          assertThat(Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(word) + "(?![\\p{L}_])").matcher(rendered)
              .find()).as("English word '%s' in the Swedish report", word).isFalse();
        }
      }
      String english = MarkdownReport.render(report, ReportText.ENGLISH);
      assertThat(english).contains("Training", "Not assessed", "Follow-up of measures");
      for (String label : List.of("Ej bedömd", "Genomförda", "Pågående", "Situationell", "Nyckeltal")) {
        assertThat(english).doesNotContain(label);
      }
    }
  }
}

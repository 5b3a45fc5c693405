package se.lokbra.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.interop.TestData;

class MeasureCsvExportTest {
  private static final String HEADER = "id,council,title,description,category,status,target_problem,"
      + "responsible_organisations,municipalities,period_start,period_end,goals,follow_ups,last_follow_up_date,"
      + "last_follow_up_outcome,version,created,modified";

  private final DataSet sample = TestData.sample();

  @Test
  void theSampleMeasuresAreOneRowEachUnderAHeader() throws IOException {
    String csv = text(MeasureCsvExport.toBytes(sample, CsvOptions.rfc4180()));
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo(HEADER);
    assertThat(lines).hasSize(1 + 4 + 1); // header, four measures, and the empty rest after the last CRLF
    assertThat(lines[5]).isEmpty();
    Measure andt = sample.measures().stream().filter(m -> m.id().equals(KarlskogaDegerfors.ANDT_STRATEGY))
        .findFirst().orElseThrow();
    assertThat(lines[1]).isEqualTo("andt-strategi-2018,karlskoga-degerfors,ANDT-strategi för Karlskoga och "
        + "Degerfors,\"En strategi för arbetet mot alkohol, narkotika, doping och tobak (ANDT) togs fram för "
        + "Karlskoga och Degerfors.\",STRATEGY,COMPLETED,,,\"1883, 1862\",2018,2018,,1,2019-04-01,NOT_ASSESSED,2,"
        + andt.revision().created().orElseThrow() + "," + andt.revision().modified().orElseThrow());
    List<CSVRecord> records = parse(csv, ',');
    assertThat(records).extracting(r -> r.get("id")).containsExactly("andt-strategi-2018",
        "drogfri-skolavslutning-2018", "trygghetsvandringar-2018", "utbildning-kunskapsbaserat-2018");
    CSVRecord training = records.get(3);
    assertThat(training.get("period_start")).isEqualTo("2018");
    assertThat(training.get("period_end")).as("ongoing").isEmpty();
    assertThat(training.get("status")).isEqualTo("IN_PROGRESS");
  }

  @Test
  void valuesWithSeparatorsQuotesAndLineBreaksAreQuoted() throws IOException {
    DataSet data = withMeasure("Rad ett; med \"citat\"\nRad två, med komma", "Tryggt; \"säkert\"");
    String semicolon = text(MeasureCsvExport.toBytes(data, CsvOptions.rfc4180().withSeparator(';')));
    assertThat(semicolon).contains(";\"Rad ett; med \"\"citat\"\"\nRad två, med komma\";OTHER;PLANNED;"
        + "\"Tryggt; \"\"säkert\"\"\";");
    String comma = text(MeasureCsvExport.toBytes(data, CsvOptions.rfc4180()));
    assertThat(comma).contains(",\"Rad ett; med \"\"citat\"\"\nRad två, med komma\",OTHER,PLANNED,"
        + "\"Tryggt; \"\"säkert\"\"\",");
    for (char separator : List.of(',', ';')) {
      String csv = separator == ',' ? comma : semicolon;
      CSVRecord row = parse(csv, separator).stream().filter(r -> r.get("id").equals("citat")).findFirst()
          .orElseThrow();
      assertThat(row.get("description")).isEqualTo("Rad ett; med \"citat\"\nRad två, med komma");
      assertThat(row.get("target_problem")).isEqualTo("Tryggt; \"säkert\"");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void everyGeneratedMeasureRoundTripsThroughACsvParser(long seed) throws IOException {
    DataSet data = TestData.generated(seed);
    for (CsvOptions options : List.of(CsvOptions.rfc4180(), CsvOptions.swedishSpreadsheet(),
        CsvOptions.rfc4180().withSeparator('\t'))) {
      byte[] bytes = MeasureCsvExport.toBytes(data, options);
      String csv = text(bytes);
      assertThat(csv.startsWith("\uFEFF")).isEqualTo(options.byteOrderMark());
      // A reader drops the byte order mark before parsing, as Excel and commons-io's BOMInputStream do.
      List<CSVRecord> records = parse(options.byteOrderMark() ? csv.substring(1) : csv, options.separator());
      assertThat(records).hasSize(data.measures().size());
      for (int i = 0; i < records.size(); i++) {
        Measure measure = data.measures().get(i);
        CSVRecord record = records.get(i);
        assertThat(record.size()).isEqualTo(MeasureCsvExport.COLUMNS.size());
        assertThat(record.get("id")).isEqualTo(measure.id().value());
        assertThat(record.get("title")).isEqualTo(measure.title());
        assertThat(record.get("description")).isEqualTo(measure.description());
        assertThat(record.get("target_problem")).isEqualTo(measure.targetProblem().orElse(""));
        assertThat(record.get("follow_ups")).isEqualTo(String.valueOf(measure.followUps().size()));
        assertThat(record.get("version")).isEqualTo(String.valueOf(measure.version()));
      }
    }
  }

  @Test
  void theSwedishSpreadsheetOptionsUseSemicolonsAndAByteOrderMark() {
    byte[] bytes = MeasureCsvExport.toBytes(sample, CsvOptions.swedishSpreadsheet());
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(csv).startsWith(HEADER.replace(',', ';') + "\r\n");
    assertThat(csv).contains(";1883, 1862;").contains("ANDT-strategi för Karlskoga och Degerfors;"
        + "En strategi för arbetet mot alkohol, narkotika, doping och tobak (ANDT) togs fram för Karlskoga och "
        + "Degerfors.;STRATEGY");
    assertThat(MeasureCsvExport.toBytes(sample, CsvOptions.rfc4180())[0]).isEqualTo((byte) 'i');
  }

  @Test
  void goalsAndTheLatestFollowUpAreSummarised() throws IOException {
    DataSet data = TestData.generated(3);
    Measure withGoals = data.measures().stream().filter(m -> !m.goals().isEmpty() && m.followUps().size() > 0)
        .findFirst().orElseThrow();
    CSVRecord record = parse(text(MeasureCsvExport.toBytes(data, CsvOptions.rfc4180())), ',').stream()
        .filter(r -> r.get("id").equals(withGoals.id().value())).findFirst().orElseThrow();
    assertThat(record.get("goals")).isEqualTo("Andel som känner sig trygga: 80.5 %; Antal vandringar: 12");
    assertThat(record.get("last_follow_up_date")).isEqualTo("2024-02-01");
    assertThat(record.get("last_follow_up_outcome"))
        .isEqualTo(withGoals.followUps().get(withGoals.followUps().size() - 1).outcome().name());
  }

  @Test
  void theSameDataGivesTheSameBytesAndAnEmptyDataSetOnlyTheHeader() {
    assertThat(MeasureCsvExport.toBytes(TestData.generated(9), CsvOptions.swedishSpreadsheet()))
        .isEqualTo(MeasureCsvExport.toBytes(TestData.generated(9), CsvOptions.swedishSpreadsheet()));
    assertThat(text(MeasureCsvExport.toBytes(DataSet.empty(), CsvOptions.rfc4180()))).isEqualTo(HEADER + "\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasureCsvExport.write(sample, CsvOptions.rfc4180(), out);
    assertThat(out.toByteArray()).isEqualTo(MeasureCsvExport.toBytes(sample, CsvOptions.rfc4180()));
    assertThatThrownBy(() -> CsvOptions.rfc4180().withSeparator('|')).isInstanceOf(ValidationException.class);
  }

  // ---- helpers ----

  private static DataSet withMeasure(String description, String targetProblem) {
    try (LokbraStore store = LokbraStores.open("memory:csv", StoreOptions.defaults()
        .withClock(TestData.tickingClock()))) {
      KarlskogaDegerfors.loadIfEmpty(store);
      store.measures().save(Measure.builder().id("citat").council(KarlskogaDegerfors.COUNCIL)
          .title("Citat och semikolon").description(description).targetProblem(Optional.of(targetProblem))
          .category(MeasureCategory.OTHER).build());
      return store.snapshot();
    }
  }

  private static List<CSVRecord> parse(String csv, char separator) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
        .get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
      return parser.getRecords();
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

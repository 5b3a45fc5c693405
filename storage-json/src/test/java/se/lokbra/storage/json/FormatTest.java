package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.model.Decision;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;

/** The file format: exact bytes, determinism, round trips of every type, and the module on its own. */
class FormatTest {
  private static final ObjectMapper LOKBRA = LokbraJson.newMapper();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:15:30.123456789Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  @Test
  void aMeasureFileHasExactlyTheseBytes() throws IOException {
    try (LokbraStore store = JsonStore.open(dir, StoreOptions.defaults().withClock(CLOCK))) {
      TestData.fill(store);
    }
    assertThat(Files.readString(dir.resolve("measures/trygghetsvandring.json"), StandardCharsets.UTF_8))
        .isEqualTo("""
            {
              "id": "trygghetsvandring",
              "version": 1,
              "created": "2024-05-01T10:15:30.123456Z",
              "modified": "2024-05-01T10:15:30.123456Z",
              "council": "karlskoga-degerfors",
              "title": "Trygghetsvandring i centrum",
              "description": "",
              "category": "SITUATIONAL",
              "responsibleOrganisations": [],
              "municipalities": [],
              "period": {
                "start": "2023-09-14"
              },
              "status": "PLANNED",
              "followUps": [],
              "goals": [],
              "targets": [
                {
                  "problem": "otrygghet-centrum",
                  "cause": "dalig-belysning"
                },
                {
                  "problem": "otrygghet-centrum",
                  "cause": "folksamlingar"
                },
                {
                  "problem": "otrygghet-centrum"
                }
              ],
              "actionPlan": "atgardsplan-2024"
            }
            """);
    assertThat(Files.readString(dir.resolve("tombstones/measures/struken.json"))).isEqualTo("""
        {
          "kind": "measure",
          "id": "struken",
          "version": 2,
          "created": "2024-05-01T10:15:30.123456Z",
          "deleted": "2024-05-01T10:15:30.123456Z"
        }
        """);
    assertThat(Files.readString(dir.resolve("indicators/andel-otrygga.json"), StandardCharsets.UTF_8)).isEqualTo("""
        {
          "id": "andel-otrygga",
          "version": 1,
          "created": "2024-05-01T10:15:30.123456Z",
          "modified": "2024-05-01T10:15:30.123456Z",
          "problem": "otrygghet-centrum",
          "name": "Andel som känner sig otrygga i centrum kvällstid",
          "unit": "%",
          "baseline": {
            "date": "2023-05-02",
            "value": 41.5,
            "source": "Trygghetsmätning 2023"
          },
          "values": [
            {
              "date": "2024-05-02",
              "value": 38
            },
            {
              "date": "2025-05-02",
              "value": -0.0000001,
              "source": "Trygghetsmätning 2025"
            }
          ]
        }
        """);
    assertThat(Files.readString(dir.resolve("tombstones/situation_pictures/struken-bild.json"))).isEqualTo("""
        {
          "kind": "situation_picture",
          "id": "struken-bild",
          "version": 2,
          "created": "2024-05-01T10:15:30.123456Z",
          "deleted": "2024-05-01T10:15:30.123456Z"
        }
        """);
  }

  @Test
  void theSameDataGivesTheSameBytes() throws IOException {
    for (String name : List.of("a", "b")) {
      try (LokbraStore store = JsonStore.open(dir.resolve(name), StoreOptions.defaults().withClock(CLOCK))) {
        TestData.fill(store);
      }
    }
    try (LokbraStore copy = JsonStore.open(dir.resolve("c"))) {
      copy.restore(DataSetDocument.read(Files.newInputStream(writeDocument(dir.resolve("a")))));
    }
    Map<String, byte[]> a = files(dir.resolve("a"));
    assertThat(a).hasSizeGreaterThan(15);
    for (String other : List.of("b", "c")) {
      Map<String, byte[]> files = files(dir.resolve(other));
      assertThat(files.keySet()).isEqualTo(a.keySet());
      a.forEach((path, bytes) -> assertThat(files.get(path)).as(other + "/" + path).isEqualTo(bytes));
    }
    for (byte[] bytes : a.values()) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r").doesNotContain("\\u00");
    }
    assertThat(new String(a.get("councils/karlskoga-degerfors.json"), StandardCharsets.UTF_8))
        .contains("brottsförebyggande rådet Karlskoga–Degerfors");
  }

  private Path writeDocument(Path store) {
    Path file = dir.resolve(store.getFileName() + ".json");
    try (LokbraStore s = JsonStore.open(store)) {
      DataSetDocument.write(s.snapshot(), file);
    }
    return file;
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().equals(".lokbra-lock")) {
          files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  @Test
  void everyEntityAndValueRoundTripsThroughTheModule() throws IOException {
    DataSet data;
    try (LokbraStore store = JsonStore.open(dir.resolve("t"))) {
      TestData.fill(store);
      data = store.snapshot();
    }
    DataSet sample;
    try (LokbraStore store = JsonStore.open(dir.resolve("s"))) {
      KarlskogaDegerfors.loadIfEmpty(store);
      sample = store.snapshot();
    }
    for (DataSet set : List.of(data, sample)) {
      set.entities().forEach(entity -> assertThat(roundTrip(entity, entity.getClass())).isEqualTo(entity));
      for (Tombstone t : set.tombstones()) {
        assertThat(roundTrip(t, Tombstone.class)).isEqualTo(t);
      }
      assertThat(roundTrip(set, DataSet.class)).isEqualTo(set);
    }
    assertThat(roundTrip(MandatePeriod.startingIn(2019), MandatePeriod.class)).isEqualTo(MandatePeriod.startingIn(2019));
    assertThat(LOKBRA.writeValueAsString(MandatePeriod.startingIn(2019))).isEqualTo("\"2019-2022\"");
    assertThat(roundTrip(Revision.NEW, Revision.class)).isEqualTo(Revision.NEW);
    assertThat(LOKBRA.writeValueAsString(Revision.NEW)).isEqualTo("{\n  \"version\": 0\n}");
    DateSpan span = DateSpan.of(PartialDate.ofMonth(2019, 3), PartialDate.ofYear(2020));
    assertThat(roundTrip(span, DateSpan.class)).isEqualTo(span);
    assertThat(roundTrip(OrganisationNumber.parse("2120001991"), OrganisationNumber.class).value())
        .isEqualTo("212000-1991");
  }

  private static <T> T roundTrip(Object value, Class<T> type) {
    try {
      return LOKBRA.readValue(LOKBRA.writeValueAsBytes(value), type);
    } catch (IOException e) {
      throw new AssertionError(value + ": " + e.getMessage(), e);
    }
  }

  @Test
  void zonedDateTimesKeepTheirZone() throws IOException {
    for (ZonedDateTime start : List.of(
        ZonedDateTime.of(2024, 3, 31, 18, 0, 0, 0, ZoneId.of("Europe/Stockholm")),
        ZonedDateTime.ofLocal(java.time.LocalDateTime.of(2024, 10, 27, 2, 30), ZoneId.of("Europe/Stockholm"),
            ZoneOffset.ofHours(1)),
        ZonedDateTime.ofLocal(java.time.LocalDateTime.of(2024, 10, 27, 2, 30), ZoneId.of("Europe/Stockholm"),
            ZoneOffset.ofHours(2)),
        ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")),
        ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)))) {
      Meeting meeting = Meeting.builder().id("m").council(CouncilId.of("c")).start(start).build();
      Meeting back = roundTrip(meeting, Meeting.class);
      assertThat(back).isEqualTo(meeting);
      assertThat(back.start().getZone()).isEqualTo(start.getZone());
    }
    Meeting meeting = Meeting.builder().id("m").council(CouncilId.of("c"))
        .start(ZonedDateTime.of(2024, 3, 31, 18, 0, 0, 0, ZoneId.of("Europe/Stockholm"))).build();
    assertThat(LOKBRA.writeValueAsString(meeting)).contains("\"start\": \"2024-03-31T18:00:00+02:00[Europe/Stockholm]\"");
  }

  @Test
  void goalTargetsAreExactPlainNumbers() throws IOException {
    for (String target : List.of("80", "0.1", "12.345", "0.0000001", "-3.5", "12345678901234567890.1234567890",
        "100000000000000000000")) {
      Measure m = Measure.builder().id("m").council(CouncilId.of("c")).title("t").category(MeasureCategory.OTHER)
          .addGoal(new Goal("g", new BigDecimal(target), Optional.empty())).build();
      String json = LOKBRA.writeValueAsString(m);
      BigDecimal expected = m.goals().get(0).target();
      assertThat(json).contains("\"target\": " + expected.toPlainString() + "\n");
      assertThat(roundTrip(m, Measure.class).goals().get(0).target()).isEqualTo(expected);
    }
    Measure m = LOKBRA.readValue("{\"id\": \"m\", \"council\": \"c\", \"title\": \"t\", \"category\": \"OTHER\","
        + " \"goals\": [{\"indicator\": \"g\", \"target\": 8.00E1}]}", Measure.class);
    assertThat(m.goals().get(0).target()).isEqualTo(new BigDecimal("80"));
  }

  @Test
  void indicatorValuesAndAgreementTargetsAreExactPlainNumbers() throws IOException {
    for (String value : List.of("41.50", "0.1", "-3.5", "0.0000001", "1E+3", "12345678901234567890.1234567890",
        "0.000")) {
      Measurement measurement = new Measurement(LocalDate.of(2024, 5, 2), new BigDecimal(value), Optional.empty());
      String json = LOKBRA.writeValueAsString(measurement);
      assertThat(json).contains("\"value\": " + measurement.value().toPlainString() + "\n").doesNotContain("E");
      assertThat(roundTrip(measurement, Measurement.class)).isEqualTo(measurement);
      AgreementGoal goal = new AgreementGoal(IndicatorId.of("i"), new BigDecimal(value), LocalDate.of(2026, 12, 31));
      assertThat(LOKBRA.writeValueAsString(goal)).contains("\"target\": " + goal.target().toPlainString() + ",\n");
      assertThat(roundTrip(goal, AgreementGoal.class)).isEqualTo(goal);
    }
    assertThat(LOKBRA.readValue("{\"date\": \"2024-05-02\", \"value\": 4.150E1}", Measurement.class).value())
        .isEqualTo(new BigDecimal("41.5"));
  }

  @Test
  void theValuesOfTheCycleRoundTripThroughTheModuleOnTheirOwn() throws IOException {
    List<Object> values = List.of(
        new Source(SourceKind.POLICE_STATISTICS, "Anmälda brott 2023", Optional.of(LocalDate.of(2024, 1, 31))),
        Cause.of("morker", "Mörker."), new Decision(LocalDate.of(2024, 2, 12), "Kommunstyrelsen"),
        Target.cause(ProblemId.of("p"), "morker"), Target.problem(ProblemId.of("p")),
        new Signatory(PersonId.of("anna"), "Lokalpolisområdeschef", OrganisationId.of("polisen"), Optional.empty()),
        new CitizenPromise("Vi finns på plats.", OrganisationId.of("polisen"), Optional.of(DateSpan.ofYear(2024)),
            PromiseStatus.FULFILLED),
        SituationPictureId.of("s"), IndicatorId.of("i"), CooperationAgreementId.of("c"), ActionPlanId.of("a"));
    for (Object value : values) {
      assertThat(roundTrip(value, value.getClass())).isEqualTo(value);
    }
    assertThat(LOKBRA.writeValueAsString(Target.problem(ProblemId.of("p")))).isEqualTo("{\n  \"problem\": \"p\"\n}");
    Map<ProblemId, Integer> byProblem = LOKBRA.readValue("{\"p\": 1}", new TypeReference<>() {});
    assertThat(byProblem).containsEntry(ProblemId.of("p"), 1);
  }

  @Test
  void instantsHaveSixFractionalDigits() throws IOException {
    Tombstone t = new Tombstone(MeasureId.of("x"), 2, Instant.parse("2024-01-01T00:00:00Z"),
        Instant.parse("2024-01-01T00:00:00.1Z"));
    assertThat(LOKBRA.writeValueAsString(t)).contains("\"created\": \"2024-01-01T00:00:00.000000Z\"")
        .contains("\"deleted\": \"2024-01-01T00:00:00.100000Z\"");
  }

  /** What an integrator may do: lokbra types inside their own JSON, on their own mapper. */
  record Report(String title, List<Measure> measures, Map<MunicipalityCode, Integer> counts,
      Map<OrganisationId, PartialDate> since) {}

  @Test
  void integratorsCanUseTheModuleForTheirOwnJson() throws IOException {
    ObjectMapper theirs = new ObjectMapper().registerModule(new LokbraJacksonModule());
    Measure measure = Measure.builder().id("m").council(CouncilId.of("c")).title("Trygghet")
        .category(MeasureCategory.SOCIAL).period(DateSpan.ofYear(2024)).build();
    Report report = new Report("Rapport", List.of(measure), Map.of(MunicipalityCode.of("1883"), 4),
        Map.of(OrganisationId.of("polisen"), PartialDate.ofMonth(2020, 1)));
    String json = theirs.writeValueAsString(report);
    assertThat(json).contains("\"counts\":{\"1883\":4}").contains("\"id\":\"m\"");
    Report back = theirs.readValue(json, Report.class);
    assertThat(back.measures()).containsExactly(measure);
    assertThat(back.counts()).isEqualTo(report.counts());
    assertThat(back.since()).isEqualTo(report.since());
    List<MunicipalityCode> codes = theirs.readValue("[\"1883\", \"1862\"]", new TypeReference<>() {});
    assertThat(codes).containsExactly(MunicipalityCode.of("1883"), MunicipalityCode.of("1862"));
  }

  @Test
  void anInvalidValueInAnIntegratorsJsonIsAJacksonErrorWithTheRuleAndThePointer() {
    ObjectMapper theirs = new ObjectMapper().registerModule(new LokbraJacksonModule());
    assertThatThrownBy(() -> theirs.readValue("{\"title\": \"x\", \"measures\": [{\"id\": \"m\", \"council\": "
        + "\"c\", \"title\": \"t\", \"category\": \"OTHER\", \"municipalities\": [\"9999\"]}], \"counts\": {}, "
        + "\"since\": {}}", Report.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("measure 'm': invalid municipalityCode '9999': must start with a county code")
        .hasMessageContaining("/measures/0/municipalities/0")
        .hasRootCauseInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> theirs.readValue("{\"0000\": 1}", new TypeReference<Map<MunicipalityCode,
        Integer>>() {})).isInstanceOf(JsonMappingException.class).hasMessageContaining("must start with a county");
  }
}

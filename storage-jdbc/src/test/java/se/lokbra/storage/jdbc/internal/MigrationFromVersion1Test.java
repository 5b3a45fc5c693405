package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.repository.ChangeType;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.core.spi.Collation;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.storage.jdbc.internal.mapping.AggregateMapping;
import se.lokbra.storage.jdbc.internal.schema.Migrations;
import se.lokbra.storage.jdbc.internal.sql.Dialect;

/**
 * Opens databases that lokbra's previous version wrote (schema version 1) with this one: the V2 migration runs,
 * every row and entity of version 1 is still there, and the parts version 2 added are empty — and usable. The
 * fixtures under {@code fixtures/v1} were written by the previous version's own code (commit d265476: its
 * {@code lokbra demo} and {@code V1Extras.java}); fixtures/v1/README.md says how.
 */
class MigrationFromVersion1Test {
  private static final String FIXTURES = "/fixtures/v1/";
  /** The schema the PostgreSQL dump was taken from; its INSERTs name it. */
  private static final String DUMPED_SCHEMA = "lokbra_v1";

  @Test
  void aSqliteFileOfVersion1OpensMigratedWithEverythingInIt() throws Exception {
    Path file = TestDatabases.newSqliteFile();
    try (InputStream in = resource("lokbra-v1.db")) {
      Files.copy(in, file);
    }
    String url = "jdbc:sqlite:" + file;
    Map<String, Long> before;
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(schemaVersions(c)).as("the fixture is a version 1 database").containsExactly("1");
      before = rowCounts(c, Dialect.SQLITE);
    }

    try (LokbraStore store = LokbraStores.open(URI.create(url))) {
      checkVersion1Content(store);
      checkTheNewPartsWork(store);
    }

    try (Connection c = DriverManager.getConnection(url)) {
      checkTables(c, Dialect.SQLITE, before);
    }
  }

  @Test
  void aPostgresqlDumpOfVersion1LoadedIntoASchemaOfVersion1OpensMigratedWithEverythingInIt() throws Exception {
    URI uri = TestDatabases.newPostgresUri();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(uri.toString());
    Migrations.configure(dataSource, Dialect.POSTGRESQL).target("1").load().migrate();
    loadDump(dataSource, "lokbra-v1-postgresql.sql");
    Map<String, Long> before;
    try (Connection c = dataSource.getConnection()) {
      assertThat(schemaVersions(c)).containsExactly("1");
      before = rowCounts(c, Dialect.POSTGRESQL);
    }
    assertThat(before).containsEntry("organisation", 7L).containsEntry("tombstone", 1L);

    try (LokbraStore store = LokbraStores.open(uri)) {
      checkVersion1Content(store);
      checkTheNewPartsWork(store);
    }

    try (Connection c = dataSource.getConnection()) {
      checkTables(c, Dialect.POSTGRESQL, before);
    }
  }

  // ---------------------------------------------------------------- what version 1 wrote

  /** The sample data of version 1, the additions of V1Extras.java, and nothing of the knowledge-based cycle. */
  private static void checkVersion1Content(LokbraStore store) {
    for (Organisation o : KarlskogaDegerfors.organisations()) {
      Organisation stored = store.organisations().getById(o.id());
      assertThat(stored).isEqualTo(o.withRevision(stored.revision()));
      assertThat(stored.version()).isEqualTo(1);
    }
    for (Person p : KarlskogaDegerfors.people()) {
      Person stored = store.people().getById(p.id());
      assertThat(stored).isEqualTo(p.withRevision(stored.revision()));
    }
    Council council = store.councils().getById(KarlskogaDegerfors.COUNCIL);
    assertThat(council).isEqualTo(KarlskogaDegerfors.council().withRevision(council.revision()));
    Meeting meeting = store.meetings().getById(KarlskogaDegerfors.FIRST_MEETING_2019);
    assertThat(meeting).isEqualTo(KarlskogaDegerfors.firstMeeting2019().withRevision(meeting.revision()));
    Conference conference = store.conferences().getById(KarlskogaDegerfors.CONFERENCE);
    assertThat(conference).isEqualTo(KarlskogaDegerfors.conference().withRevision(conference.revision()));
    for (Measure m : KarlskogaDegerfors.measures()) {
      // Version 1 knew neither targets nor action plans: its measures come back without them.
      Measure expected = KarlskogaDegerfors.followedUp(m).toBuilder().targets(List.of())
          .actionPlan(Optional.empty()).build();
      Measure stored = store.measures().getById(m.id());
      assertThat(stored).isEqualTo(expected.withRevision(stored.revision()));
      assertThat(stored.version()).as("saved, then followed up").isEqualTo(2);
    }

    Organisation group = store.organisations().getById(OrganisationId.of("v1-fixture-group"));
    assertThat(group).isEqualTo(extraOrganisation().withRevision(group.revision()));
    assertThat(group.version()).isEqualTo(3);
    assertThat(group.revision().modified().orElseThrow()).isAfterOrEqualTo(group.revision().created().orElseThrow());
    Measure measure = store.measures().getById(MeasureId.of("v1-fixture-measure"));
    assertThat(measure).isEqualTo(extraMeasure().withRevision(measure.revision()));

    DataSet all = store.snapshot();
    assertThat(all.organisations()).hasSize(7);
    assertThat(all.people()).hasSize(KarlskogaDegerfors.people().size());
    assertThat(all.councils()).hasSize(1);
    assertThat(all.measures()).hasSize(5);
    assertThat(all.meetings()).hasSize(1);
    assertThat(all.conferences()).hasSize(1);
    for (AggregateKind kind : List.of(AggregateKind.SITUATION_PICTURE, AggregateKind.PROBLEM,
        AggregateKind.INDICATOR, AggregateKind.COOPERATION_AGREEMENT, AggregateKind.ACTION_PLAN)) {
      assertThat(all.entities(kind)).as("version 1 had no %s", kind.plural()).isEmpty();
    }
    assertThat(all.tombstones()).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo(OrganisationId.of("v1-fixture-deleted"));
      assertThat(t.version()).isEqualTo(2);
    });
    assertThat(store.organisations().changesSince(Instant.EPOCH, PageRequest.first(100)).content())
        .as("the tombstone of version 1 is a change of its kind").filteredOn(c -> c.type() == ChangeType.DELETED)
        .singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(OrganisationId.of("v1-fixture-deleted")));
    assertThat(store.measures().findWithoutProblem(PageRequest.first(10)).totalElements())
        .as("no measure of version 1 targets a problem").isEqualTo(5);
  }

  /** V1Extras.java's organisation: saved, then changed twice. */
  private static Organisation extraOrganisation() {
    return Organisation.builder().id("v1-fixture-group").name("Testgrupp (fixture) – “citat” & 'apostrof' 🚓")
        .kind(OrganisationKind.OTHER).municipality(MunicipalityCode.of("1883"))
        .parent(KarlskogaDegerfors.KARLSKOGA_KOMMUN).addIdentifier(Identifier.of("fixture", "v1"))
        .contact(ContactDetails.NONE.withPhone("+46 586 610 00").withWebsite("https://example.org/v1-fixture"))
        .build();
  }

  /** V1Extras.java's measure: every field of version 1 set. */
  private static Measure extraMeasure() {
    return Measure.builder().id("v1-fixture-measure").council(KarlskogaDegerfors.COUNCIL)
        .title("Testinsats (fixture)").description("Alla fält i version 1.\nTvå rader.")
        .category(MeasureCategory.SITUATIONAL).targetProblem("Fritextproblem (fixture)")
        .responsibleOrganisations(KarlskogaDegerfors.KARLSKOGA_KOMMUN, KarlskogaDegerfors.POLICE)
        .municipalities(MunicipalityCode.of("1883"))
        .period(DateSpan.of(PartialDate.ofMonth(2019, 3), PartialDate.of(LocalDate.of(2020, 6, 15))))
        .status(MeasureStatus.IN_PROGRESS)
        .goals(List.of(Goal.of("Andel (fixture)", "72.50", "%"), Goal.of("Antal (fixture)", "-3", null)))
        .addFollowUp(new FollowUp(LocalDate.of(2019, 3, 28), "Avstämd (fixture)", FollowUpOutcome.ON_TRACK,
            Optional.of(KarlskogaDegerfors.FIRST_MEETING_2019)))
        .build();
  }

  /** The migrated store takes the new parts, and links the measures of version 1 to them. */
  private static void checkTheNewPartsWork(LokbraStore store) {
    ActionPlan plan = store.actionPlans().save(KarlskogaDegerfors.actionPlan());
    Problem problem = store.problems().save(KarlskogaDegerfors.perceivedInsecurity().toBuilder()
        .addCause(Cause.of("morker", "Mörka gångstråk (fixture)")).build());
    Measure old = store.measures().getById(MeasureId.of("v1-fixture-measure"));
    Measure linked = store.measures().save(old.toBuilder().addTarget(Target.cause(problem.id(), "morker"))
        .actionPlan(plan.id()).build());
    assertThat(store.measures().getById(linked.id())).isEqualTo(linked);
    assertThat(store.measures().findByActionPlan(plan.id(), PageRequest.first(10)).content())
        .containsExactly(linked);
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.problems().save(problem.toBuilder().causes(List.of()).build()));
    assertThat(e).hasMessageContaining("cannot drop 'morker'");
  }

  // ---------------------------------------------------------------- the tables underneath

  /**
   * Every table of version 1 keeps its rows (the test only changed one measure); the tables of version 2 hold only
   * what the test wrote (version 3 adds the tallies of measures, see MeasureTallyTest).
   */
  private static void checkTables(Connection c, Dialect dialect, Map<String, Long> before) throws SQLException {
    assertThat(schemaVersions(c)).containsExactlyElementsOf(migrationVersions());
    Map<String, Long> after = rowCounts(c, dialect);
    assertThat(after).containsAllEntriesOf(before);
    assertThat(after.keySet()).containsAll(before.keySet()).contains("situation_picture", "problem", "problem_cause",
        "indicator", "indicator_value", "cooperation_agreement", "cooperation_agreement_promise", "action_plan",
        "measure_target");
    assertThat(after).containsEntry("action_plan", 1L).containsEntry("problem", 1L)
        .containsEntry("problem_cause", 1L).containsEntry("measure_target", 1L)
        .containsEntry("situation_picture", 0L).containsEntry("indicator", 0L)
        .containsEntry("cooperation_agreement", 0L);
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT COUNT(*) FROM measure WHERE action_plan_id IS NOT NULL")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(1);
    }
    checkSortKeys(c);
  }

  /**
   * Every row of version 1 has the Swedish sort key of each text it sorts by (V4 adds the columns empty; the store
   * keys the rows when it opens), and the collator version is recorded.
   */
  private static void checkSortKeys(Connection c) throws SQLException {
    int keyed = 0;
    try (Statement s = c.createStatement()) {
      for (AggregateMapping<?, ?> m : JdbcStore.mappings()) {
        for (AggregateMapping.SortKey key : m.sortKeys) {
          try (ResultSet rs = s.executeQuery("SELECT id, " + key.text() + ", " + key.key().name() + " FROM "
              + m.table)) {
            while (rs.next()) {
              assertThat(rs.getBytes(3)).as("%s.%s of %s", m.table, key.key().name(), rs.getString(1))
                  .isEqualTo(Collation.sortKey(rs.getString(2)));
              keyed++;
            }
          }
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT value FROM lokbra_metadata WHERE name = 'collation'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(Collation.VERSION);
      }
    }
    assertThat(keyed).as("the keyed rows of version 1 (organisations, people, councils, measures, …)")
        .isGreaterThan(20);
  }

  /**
   * The versions of the migrations this code ships ({@code V<n>__*.sql}), in order: what a database of version 1
   * has once opened, whatever the latest version is. The latest is {@link Migrations#LATEST}.
   */
  static List<String> migrationVersions() {
    List<String> versions = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(Path.of(URI.create(Migrations.class
        .getResource("/" + Migrations.LOCATION.substring("classpath:".length())).toString())))) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__"))).mapToInt(Integer::parseInt).sorted()
          .forEach(v -> versions.add(String.valueOf(v)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(versions).as("the migrations run from 1 without a gap, up to Migrations.LATEST").startsWith("1")
        .hasSize(Migrations.LATEST).last().isEqualTo(String.valueOf(Migrations.LATEST));
    return versions;
  }

  private static List<String> schemaVersions(Connection c) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM "
        + Migrations.HISTORY + " WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  /** The number of rows of every lokbra table (not Flyway's history). */
  private static Map<String, Long> rowCounts(Connection c, Dialect dialect) throws SQLException {
    List<String> tables = new ArrayList<>();
    String list = dialect == Dialect.SQLITE
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(list)) {
      while (rs.next()) {
        if (!rs.getString(1).equals(Migrations.HISTORY)) {
          tables.add(rs.getString(1));
        }
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    try (Statement s = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /**
   * Loads a {@code pg_dump --data-only --column-inserts} of schema {@value #DUMPED_SCHEMA} into the data source's
   * schema, in one transaction with the (deferrable) foreign keys deferred, whatever the order of its tables (and
   * organisations refer to each other). psql's meta-commands ({@code \restrict}) are left out.
   */
  private static void loadDump(DataSource dataSource, String name) throws SQLException, IOException {
    String script;
    try (InputStream in = resource(name)) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = dataSource.getConnection()) {
      String schema = c.getSchema();
      String sql = script.lines().filter(l -> !l.startsWith("\\"))
          .map(l -> l.replace("INSERT INTO " + DUMPED_SCHEMA + ".", "INSERT INTO " + schema + "."))
          .collect(Collectors.joining("\n"));
      assertThat(sql).contains("INSERT INTO " + schema + ".organisation").doesNotContain(DUMPED_SCHEMA + ".");
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET CONSTRAINTS ALL DEFERRED");
        s.execute(sql);
      }
      c.commit();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MigrationFromVersion1Test.class.getResourceAsStream(FIXTURES + name);
    assertThat(in).as("fixture %s", name).isNotNull();
    return in;
  }
}

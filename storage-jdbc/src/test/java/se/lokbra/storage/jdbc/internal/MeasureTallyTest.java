package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.storage.jdbc.internal.schema.Migrations;
import se.lokbra.storage.jdbc.internal.sql.Dialect;

/**
 * The tallies of measures (schema version 3) that page totals are read from: after any mix of inserts, updates,
 * deletes, failed transactions and restores they equal what counting the rows gives, inside a transaction they
 * include its own writes, and a database from before them gets them filled in by the migration.
 */
class MeasureTallyTest {
  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("sqlite", (Supplier<URI>) TestDatabases::newSqliteUri),
        Arguments.of("postgresql", (Supplier<URI>) TestDatabases::newPostgresUri));
  }

  private static Jdbi jdbi(LokbraStore store) {
    return ((JdbcStore) store).jdbis().get(0);
  }

  /** The tally table as it is, and as counting the measure table gives it. */
  private static void assertTalliesMatchCounts(LokbraStore store) {
    Map<String, Long> stored = new TreeMap<>();
    jdbi(store).useHandle(h -> h.createQuery("SELECT dimension, item, n FROM measure_tally").map((rs, ctx) ->
        stored.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3))).list());
    Map<String, Long> counted = new TreeMap<>();
    for (Measure m : store.snapshot().measures()) {
      counted.merge("all/", 1L, Long::sum);
      counted.merge("council/" + m.council().value(), 1L, Long::sum);
      counted.merge("status/" + m.status().name(), 1L, Long::sum);
      counted.merge("category/" + m.category().name(), 1L, Long::sum);
      m.period().ifPresent(p -> {
        counted.merge("start_year/" + p.firstDay().getYear(), 1L, Long::sum);
        p.lastDay().ifPresent(d -> counted.merge("end_year/" + d.getYear(), 1L, Long::sum));
      });
    }
    assertThat(stored).isEqualTo(counted);
  }

  /** Every single-criterion total (and a few others), as the store reports it and as filtering every measure gives. */
  private static void assertTotalsMatch(LokbraStore store, List<CouncilId> councils) {
    List<Measure> all = store.snapshot().measures();
    List<MeasureQuery> queries = new ArrayList<>(List.of(MeasureQuery.all()));
    councils.forEach(c -> queries.add(MeasureQuery.all().withCouncil(c)));
    for (MeasureStatus s : MeasureStatus.values()) {
      queries.add(MeasureQuery.all().withStatus(s));
    }
    for (MeasureCategory c : MeasureCategory.values()) {
      queries.add(MeasureQuery.all().withCategory(c));
    }
    for (int year = 2015; year <= 2031; year++) {
      queries.add(MeasureQuery.all().withYear(year));
    }
    // Criteria without a tally are counted; so are several criteria together.
    queries.add(MeasureQuery.all().withoutProblem());
    queries.add(MeasureQuery.all().withCouncil(councils.get(0)).withYear(2019));
    for (MeasureQuery q : queries) {
      long expected = all.stream().filter(q::matches).count();
      assertThat(store.measures().find(q, PageRequest.first(3)).totalElements()).as("%s", q).isEqualTo(expected);
      assertThat(store.measures().find(q, PageRequest.of(1000, 3)).totalElements()).as("%s", q)
          .isEqualTo(expected);
    }
    assertThat(store.measures().count()).isEqualTo(all.size());
  }

  private static Measure randomMeasure(SplittableRandom random, List<CouncilId> councils, Measure.Builder b) {
    int start = 2016 + random.nextInt(10);
    Optional<DateSpan> period = switch (random.nextInt(4)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(DateSpan.from(PartialDate.ofYear(start)));
      default -> Optional.of(DateSpan.of(PartialDate.ofMonth(start, 1 + random.nextInt(12)),
          PartialDate.ofYear(start + random.nextInt(4))));
    };
    return b.council(councils.get(random.nextInt(councils.size())))
        .category(MeasureCategory.values()[random.nextInt(MeasureCategory.values().length)])
        .status(MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)])
        .period(period).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void talliesFollowEveryWriteAndOnlyCommittedOnes(String database, Supplier<URI> newUri) {
    SplittableRandom random = new SplittableRandom(3);
    try (LokbraStore store = LokbraStores.open(newUri.get())) {
      List<CouncilId> councils = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        councils.add(store.councils().save(Council.builder().name("Rådet " + i)
            .municipalities(MunicipalityCode.of("1883")).build()).id());
      }
      List<Measure> measures = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        measures.add(randomMeasure(random, councils, Measure.builder().title("Insats " + i)));
      }
      measures = new ArrayList<>(store.measures().saveAll(measures));
      for (int round = 0; round < 40; round++) {
        int i = random.nextInt(measures.size());
        switch (random.nextInt(5)) {
          case 0 -> measures.set(i, store.measures().save(randomMeasure(random, councils,
              measures.get(i).toBuilder())));
          case 1 -> {
            store.measures().deleteById(measures.get(i).id());
            measures.set(i, store.measures().save(randomMeasure(random, councils, Measure.builder()
                .title("Ny " + round))));
          }
          case 2 -> {
            // A transaction that fails after its writes leaves the tallies as they were.
            Measure before = measures.get(i);
            assertThatThrownBy(() -> store.useTransaction(tx -> {
              tx.measures().save(randomMeasure(random, councils, before.toBuilder()));
              tx.measures().save(randomMeasure(random, councils, Measure.builder().title("Ångrad")));
              throw new IllegalStateException("undo");
            })).hasMessage("undo");
          }
          case 3 -> {
            // Inside a transaction, totals include its own writes, which are not written to the tallies yet.
            Measure updated = randomMeasure(random, councils, measures.get(i).toBuilder());
            measures.set(i, store.inTransaction(tx -> {
              Measure saved = tx.measures().save(updated);
              Measure again = tx.measures().save(saved.withStatus(saved.status()));
              for (MeasureQuery q : List.of(MeasureQuery.all().withCouncil(updated.council()),
                  MeasureQuery.all().withStatus(updated.status()), MeasureQuery.all().withYear(2019))) {
                long expected = tx.measures().find(MeasureQuery.all(), PageRequest.first(10_000)).content()
                    .stream().filter(q::matches).count();
                assertThat(tx.measures().find(q, PageRequest.first(1)).totalElements()).isEqualTo(expected);
              }
              return again;
            }));
          }
          default -> {
            // Saved twice in a row: the second save moves it on from the tallies the first one gave it.
            Measure first = randomMeasure(random, councils, measures.get(i).toBuilder());
            List<Measure> saved = store.measures().saveAll(List.of(first));
            measures.set(i, store.measures().saveAll(List.of(randomMeasure(random, councils,
                saved.get(0).toBuilder()))).get(0));
          }
        }
      }
      assertTalliesMatchCounts(store);
      assertTotalsMatch(store, councils);

      DataSet data = store.snapshot();
      try (LokbraStore copy = LokbraStores.open(newUri.get())) {
        copy.restore(data);
        assertTalliesMatchCounts(copy);
        assertTotalsMatch(copy, councils);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theMigrationFillsInTheTalliesOfExistingMeasures(String database, Supplier<URI> newUri) throws SQLException {
    SplittableRandom random = new SplittableRandom(5);
    URI written = newUri.get();
    List<CouncilId> councils = new ArrayList<>();
    try (LokbraStore store = LokbraStores.open(written)) {
      for (int i = 0; i < 2; i++) {
        councils.add(store.councils().save(Council.builder().name("Rådet " + i)
            .municipalities(MunicipalityCode.of("1883")).build()).id());
      }
      List<Measure> measures = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        measures.add(randomMeasure(random, councils, Measure.builder().title("Insats " + i)));
      }
      store.measures().saveAll(measures);
    }
    // A database of the schema version before the tallies, holding the same rows: whatever later versions add, the
    // migrations from there on must leave it with tallies that match.
    URI old = newUri.get();
    Dialect dialect = database.equals("sqlite") ? Dialect.SQLITE : Dialect.POSTGRESQL;
    Migrations.configure(dataSource(old), dialect).target(String.valueOf(TALLIES_VERSION - 1)).load().migrate();
    try (Connection from = dataSource(written).getConnection(); Connection to = dataSource(old).getConnection()) {
      for (String table : List.of("council", "council_municipality", "measure", "measure_responsible_organisation",
          "measure_municipality")) {
        copyRows(from, to, table);
      }
    }
    try (LokbraStore store = LokbraStores.open(old)) {
      assertTalliesMatchCounts(store);
      assertTotalsMatch(store, councils);
    }
  }

  /** The schema version that brought the tallies of measures ({@code V3__measure_tallies.sql}). */
  private static final int TALLIES_VERSION = 3;

  private static DataSource dataSource(URI uri) {
    if (uri.toString().startsWith("jdbc:sqlite:")) {
      return Stores.sqliteDataSource(Path.of(uri.getSchemeSpecificPart().substring("sqlite:".length())),
          StoreOptions.defaults());
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(uri.toString());
    return ds;
  }

  /** Copies every row of {@code table}, in the columns the target's (older) table has. */
  private static void copyRows(Connection from, Connection to, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        columns.add(rs.getMetaData().getColumnName(i));
      }
    }
    String names = String.join(", ", columns);
    try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT " + names + " FROM " + table);
        PreparedStatement insert = to.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (?"
            + ", ?".repeat(columns.size() - 1) + ")")) {
      while (rs.next()) {
        for (int i = 1; i <= columns.size(); i++) {
          insert.setObject(i, rs.getObject(i));
        }
        insert.executeUpdate();
      }
    }
  }
}

package se.lokbra.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;

/**
 * The baseline: measures written and read with plain JDBC, by hand, in lokbra's schema and with the store's own
 * SQL (the same selects, the same one-statement children query, the same batches), so that a ratio shows what
 * lokbra adds and nothing else. One connection (what a pool would hand out), a statement prepared per call, every
 * call in one transaction, and the rows mapped into the very same {@link Measure} objects the store returns (setup
 * checks that they are equal). It does none of the store's checks (versions, references, tombstones) and keeps no
 * tallies: a page's total is a {@code COUNT(*)}, as an application without lokbra would count.
 */
public final class RawJdbc implements AutoCloseable {
  private static final DateTimeFormatter INSTANT_TEXT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String COLUMNS = "id, version, created, modified, council_id, title, description, category, "
      + "target_problem, period_start, period_start_precision, period_end, period_end_precision, period_last_day, "
      + "status, action_plan_id";

  /**
   * The collator whose keys lokbra stores beside each sorted text (ICU4J, {@code sv}, tertiary strength, numeric
   * collation), set up as a user writing their own SQL would, with ICU4J itself: lokbra's own is not public API.
   */
  private static final Collator SWEDISH = swedish();

  private static Collator swedish() {
    RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(new ULocale("sv"));
    collator.setStrength(Collator.TERTIARY);
    collator.setNumericCollation(true);
    return collator.freeze();
  }

  private final Connection connection;
  private final boolean postgres;

  private RawJdbc(Connection connection, boolean postgres) {
    this.connection = connection;
    this.postgres = postgres;
  }

  /**
   * A connection to a SQLite file with the settings lokbra uses (WAL, foreign keys, synchronous FULL, busy
   * timeout); {@code writer}: IMMEDIATE transactions as lokbra's writer, else DEFERRED ones as its readers.
   */
  public static RawJdbc sqlite(Path file, boolean writer) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setTransactionMode(writer ? SQLiteConfig.TransactionMode.IMMEDIATE
        : SQLiteConfig.TransactionMode.DEFERRED);
    return new RawJdbc(config.createConnection("jdbc:sqlite:" + file), false);
  }

  /** A connection to PostgreSQL ({@code url} with user and {@code currentSchema}). */
  public static RawJdbc postgres(String url) throws SQLException {
    return new RawJdbc(DriverManager.getConnection(url), true);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private interface Work<R> {
    R run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction. It is begun by leaving auto-commit and committed by returning to it: the
   * SQLite driver's {@code commit()} would at once begin the next transaction and, for a writer, hold the database's
   * write lock while idle.
   */
  private <R> R inTransaction(Work<R> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      R result = work.run();
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- writing

  /** Inserts new measures (version 1, created and modified {@code now}) with all their child rows, and commits. */
  public void insert(List<Measure> measures, Instant now) throws SQLException {
    inTransaction(() -> {
      try (PreparedStatement s = connection.prepareStatement("INSERT INTO measure (" + COLUMNS
          + ", title_sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Measure m : measures) {
          Optional<DateSpan> period = m.period();
          Optional<PartialDate> end = period.flatMap(DateSpan::end);
          s.setString(1, m.id().value());
          s.setLong(2, 1);
          setInstant(s, 3, now);
          setInstant(s, 4, now);
          s.setString(5, m.council().value());
          s.setString(6, m.title());
          s.setString(7, m.description());
          s.setString(8, m.category().name());
          s.setString(9, m.targetProblem().orElse(null));
          setDate(s, 10, period.map(p -> p.start().earliest()).orElse(null));
          s.setString(11, period.map(p -> p.start().precision().name()).orElse(null));
          setDate(s, 12, end.map(PartialDate::earliest).orElse(null));
          s.setString(13, end.map(e -> e.precision().name()).orElse(null));
          setDate(s, 14, period.flatMap(DateSpan::lastDay).orElse(null));
          s.setString(15, m.status().name());
          s.setString(16, m.actionPlan().map(ActionPlanId::value).orElse(null));
          s.setBytes(17, SWEDISH.getCollationKey(m.title()).toByteArray());
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO measure_responsible_organisation (measure_id, position, organisation_id) VALUES (?, ?, ?)")) {
        for (Measure m : measures) {
          int i = 0;
          for (OrganisationId o : m.responsibleOrganisations()) {
            s.setString(1, m.id().value());
            s.setInt(2, i++);
            s.setString(3, o.value());
            s.addBatch();
          }
        }
        s.executeBatch();
      }
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO measure_municipality (measure_id, position, municipality) VALUES (?, ?, ?)")) {
        for (Measure m : measures) {
          int i = 0;
          for (MunicipalityCode c : m.municipalities()) {
            s.setString(1, m.id().value());
            s.setInt(2, i++);
            s.setString(3, c.value());
            s.addBatch();
          }
        }
        s.executeBatch();
      }
      try (PreparedStatement s = connection.prepareStatement("INSERT INTO measure_follow_up (measure_id, position, "
          + "follow_up_date, note, outcome, meeting_id) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (Measure m : measures) {
          int i = 0;
          for (FollowUp f : m.followUps()) {
            s.setString(1, m.id().value());
            s.setInt(2, i++);
            setDate(s, 3, f.date());
            s.setString(4, f.note());
            s.setString(5, f.outcome().name());
            s.setString(6, f.meeting().map(MeetingId::value).orElse(null));
            s.addBatch();
          }
        }
        s.executeBatch();
      }
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO measure_goal (measure_id, position, indicator, target, unit) VALUES (?, ?, ?, ?, ?)")) {
        for (Measure m : measures) {
          int i = 0;
          for (Goal g : m.goals()) {
            s.setString(1, m.id().value());
            s.setInt(2, i++);
            s.setString(3, g.indicator());
            if (postgres) {
              s.setBigDecimal(4, g.target());
            } else {
              s.setString(4, g.target().toPlainString());
            }
            s.setString(5, g.unit().orElse(null));
            s.addBatch();
          }
        }
        s.executeBatch();
      }
      try (PreparedStatement s = connection.prepareStatement(
          "INSERT INTO measure_target (measure_id, position, problem_id, cause_key) VALUES (?, ?, ?, ?)")) {
        for (Measure m : measures) {
          int i = 0;
          for (Target t : m.targets()) {
            s.setString(1, m.id().value());
            s.setInt(2, i++);
            s.setString(3, t.problem().value());
            s.setString(4, t.cause().orElse(null));
            s.addBatch();
          }
        }
        s.executeBatch();
      }
      return null;
    });
  }

  /**
   * Deletes every measure (child rows go with them) and the store's tallies of them, so that the store finds the
   * database as if they had never been saved; commits.
   */
  public void deleteAllMeasures() throws SQLException {
    inTransaction(() -> {
      try (PreparedStatement s = connection.prepareStatement("DELETE FROM measure");
          PreparedStatement t = connection.prepareStatement("DELETE FROM measure_tally")) {
        t.executeUpdate();
        return s.executeUpdate();
      }
    });
  }

  // ---------------------------------------------------------------- reading

  /** The measure with this id, with its children; empty if there is none. */
  public Optional<Measure> findById(String id) throws SQLException {
    return inTransaction(() -> {
      List<Row> rows = new ArrayList<>(1);
      try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM measure WHERE id = ?")) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
      }
      return withChildren(rows).stream().findFirst();
    });
  }

  /** The first page of measures of a council, in title order (Swedish, by the stored sort key). */
  public Page<Measure> byCouncil(String council, int size) throws SQLException {
    return page("council_id = ?", List.of(council), size);
  }

  public Page<Measure> byStatus(MeasureStatus status, int size) throws SQLException {
    return page("status = ?", List.of(status.name()), size);
  }

  /** Measures whose period shares a day with the year (open periods run on; no period, no year). */
  public Page<Measure> byYear(int year, int size) throws SQLException {
    return page("period_start <= ? AND (period_last_day IS NULL OR period_last_day >= ?)",
        List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)), size);
  }

  /**
   * The first page of the measures that meet {@code where}, in title order (id breaking ties), with the total:
   * counted unless the page itself shows it.
   */
  private Page<Measure> page(String where, List<Object> params, int size) throws SQLException {
    return inTransaction(() -> {
      List<Row> rows = new ArrayList<>(size);
      try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM measure WHERE " + where
          + " ORDER BY title_sort_key, title, id LIMIT ? OFFSET 0")) {
        int i = bind(s, params);
        s.setInt(i, size);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
      }
      List<Measure> content = withChildren(rows);
      long total = content.size();
      if (content.size() == size) {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM measure WHERE " + where)) {
          bind(s, params);
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
          }
        }
      }
      return new Page<>(ImmutableList.copyOf(content), PageRequest.first(size), total);
    });
  }

  private int bind(PreparedStatement s, List<Object> params) throws SQLException {
    int i = 1;
    for (Object p : params) {
      if (p instanceof LocalDate d) {
        setDate(s, i++, d);
      } else {
        s.setString(i++, (String) p);
      }
    }
    return i;
  }

  /** The main row of a measure. */
  private record Row(String id, long version, Instant created, Instant modified, String council, String title,
      String description, String category, String targetProblem, LocalDate start, String startPrecision,
      LocalDate end, String endPrecision, String status, String actionPlan) {}

  private Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString(1), rs.getLong(2), getInstant(rs, 3), getInstant(rs, 4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), getDate(rs, 10), rs.getString(11),
        getDate(rs, 12), rs.getString(13), rs.getString(15), rs.getString(16));
  }

  /** The children of one measure, as read from its child tables. */
  private static final class Children {
    final List<OrganisationId> responsible = new ArrayList<>(2);
    final List<MunicipalityCode> municipalities = new ArrayList<>(2);
    final List<FollowUp> followUps = new ArrayList<>(2);
    final List<Goal> goals = new ArrayList<>(2);
    final List<Target> targets = new ArrayList<>(1);
  }

  /**
   * The children query as the store runs it, written out by hand: one UNION ALL branch per child table giving
   * (branch, measure id, position) and then the table's columns. On SQLite the branches share their columns (its
   * values carry their own types); on PostgreSQL each table has its own columns, the other branches filling them
   * with typed NULLs. Each branch ends with {@code WHERE } and gets the parent condition appended.
   */
  private static final List<String> SQLITE_BRANCHES = List.of(
      "SELECT 0, measure_id, position, organisation_id, NULL, NULL, NULL FROM measure_responsible_organisation WHERE ",
      "SELECT 1, measure_id, position, municipality, NULL, NULL, NULL FROM measure_municipality WHERE ",
      "SELECT 2, measure_id, position, follow_up_date, note, outcome, meeting_id FROM measure_follow_up WHERE ",
      "SELECT 3, measure_id, position, indicator, target, unit, NULL FROM measure_goal WHERE ",
      "SELECT 4, measure_id, position, problem_id, cause_key, NULL, NULL FROM measure_target WHERE ");
  private static final String T = "NULL::text";
  private static final List<String> POSTGRES_BRANCHES = List.of(
      "SELECT 0, measure_id, position, organisation_id, " + T + ", NULL::date, " + T + ", " + T + ", " + T + ", " + T
          + ", NULL::numeric, " + T + ", " + T + ", " + T + " FROM measure_responsible_organisation WHERE ",
      "SELECT 1, measure_id, position, " + T + ", municipality, NULL::date, " + T + ", " + T + ", " + T + ", " + T
          + ", NULL::numeric, " + T + ", " + T + ", " + T + " FROM measure_municipality WHERE ",
      "SELECT 2, measure_id, position, " + T + ", " + T + ", follow_up_date, note, outcome, meeting_id, " + T
          + ", NULL::numeric, " + T + ", " + T + ", " + T + " FROM measure_follow_up WHERE ",
      "SELECT 3, measure_id, position, " + T + ", " + T + ", NULL::date, " + T + ", " + T + ", " + T
          + ", indicator, target, unit, " + T + ", " + T + " FROM measure_goal WHERE ",
      "SELECT 4, measure_id, position, " + T + ", " + T + ", NULL::date, " + T + ", " + T + ", " + T + ", " + T
          + ", NULL::numeric, " + T + ", problem_id, cause_key FROM measure_target WHERE ");
  /** Per branch, the result column where its table's own columns begin. */
  private static final int[] SQLITE_OFFSETS = {4, 4, 4, 4, 4};
  private static final int[] POSTGRES_OFFSETS = {4, 5, 6, 10, 13};

  /** One child row: its branch, its measure, its position and the element read from it. */
  private record ChildRow(int branch, String measure, int position, Object element) {}

  /** Reads the children of {@code rows} (one query for all child tables) and builds the measures, in row order. */
  private List<Measure> withChildren(List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Children> children = new HashMap<>();
    List<String> ids = new ArrayList<>(rows.size());
    for (Row r : rows) {
      ids.add(r.id());
      children.put(r.id(), new Children());
    }
    String condition = ids.size() == 1 ? "measure_id = ?"
        : postgres ? "measure_id = ANY(?)" : "measure_id IN (SELECT value FROM json_each(?))";
    List<String> branches = postgres ? POSTGRES_BRANCHES : SQLITE_BRANCHES;
    int[] offsets = postgres ? POSTGRES_OFFSETS : SQLITE_OFFSETS;
    StringBuilder sql = new StringBuilder();
    for (String branch : branches) {
      sql.append(sql.length() == 0 ? "" : " UNION ALL ").append(branch).append(condition);
    }
    List<ChildRow> childRows = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
      for (int i = 1; i <= branches.size(); i++) {
        if (ids.size() == 1) {
          s.setString(i, ids.get(0));
        } else if (postgres) {
          Array array = connection.createArrayOf("text", ids.toArray(new String[0]));
          s.setArray(i, array);
        } else {
          s.setString(i, "[\"" + String.join("\",\"", ids) + "\"]");
        }
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int branch = rs.getInt(1);
          childRows.add(new ChildRow(branch, rs.getString(2), rs.getInt(3), child(branch, rs, offsets[branch])));
        }
      }
    }
    // Rows come unordered, as from the store's query: sorted here, as the store sorts them.
    childRows.sort(Comparator.comparingInt(ChildRow::branch).thenComparing(ChildRow::measure)
        .thenComparingInt(ChildRow::position));
    for (ChildRow row : childRows) {
      Children c = children.get(row.measure());
      switch (row.branch()) {
        case 0 -> c.responsible.add((OrganisationId) row.element());
        case 1 -> c.municipalities.add((MunicipalityCode) row.element());
        case 2 -> c.followUps.add((FollowUp) row.element());
        case 3 -> c.goals.add((Goal) row.element());
        default -> c.targets.add((Target) row.element());
      }
    }
    List<Measure> result = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Children c = children.get(r.id());
      Optional<DateSpan> period = r.start() == null ? Optional.empty() : Optional.of(new DateSpan(
          new PartialDate(r.start(), PartialDate.Precision.valueOf(r.startPrecision())),
          r.end() == null ? Optional.empty() : Optional.of(new PartialDate(r.end(),
              PartialDate.Precision.valueOf(r.endPrecision())))));
      result.add(new Measure(MeasureId.of(r.id()), Revision.of(r.version(), r.created(), r.modified()),
          CouncilId.of(r.council()), r.title(), r.description(), MeasureCategory.valueOf(r.category()),
          Optional.ofNullable(r.targetProblem()), ImmutableSet.copyOf(c.responsible),
          ImmutableSet.copyOf(c.municipalities), period, MeasureStatus.valueOf(r.status()),
          ImmutableList.copyOf(c.followUps), ImmutableList.copyOf(c.goals), ImmutableList.copyOf(c.targets),
          Optional.ofNullable(r.actionPlan()).map(ActionPlanId::of)));
    }
    return result;
  }

  /** The element of child table {@code branch} whose columns start at result column {@code at}. */
  private Object child(int branch, ResultSet rs, int at) throws SQLException {
    return switch (branch) {
      case 0 -> OrganisationId.of(rs.getString(at));
      case 1 -> MunicipalityCode.of(rs.getString(at));
      case 2 -> {
        String meeting = rs.getString(at + 3);
        yield new FollowUp(getDate(rs, at), rs.getString(at + 1), FollowUpOutcome.valueOf(rs.getString(at + 2)),
            meeting == null ? Optional.empty() : Optional.of(MeetingId.of(meeting)));
      }
      case 3 -> new Goal(rs.getString(at), postgres ? rs.getBigDecimal(at + 1) : new BigDecimal(rs.getString(at + 1)),
          Optional.ofNullable(rs.getString(at + 2)));
      default -> new Target(ProblemId.of(rs.getString(at)), Optional.ofNullable(rs.getString(at + 1)));
    };
  }

  // ---------------------------------------------------------------- values

  private void setInstant(PreparedStatement s, int i, Instant v) throws SQLException {
    if (postgres) {
      s.setObject(i, v.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setString(i, INSTANT_TEXT.format(v));
    }
  }

  private Instant getInstant(ResultSet rs, int i) throws SQLException {
    if (postgres) {
      OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
      return t == null ? null : t.toInstant();
    }
    String text = rs.getString(i);
    return text == null ? null : Instant.parse(text);
  }

  private void setDate(PreparedStatement s, int i, LocalDate v) throws SQLException {
    if (v == null) {
      s.setNull(i, postgres ? Types.DATE : Types.VARCHAR);
    } else if (postgres) {
      s.setObject(i, v, Types.DATE);
    } else {
      s.setString(i, v.toString());
    }
  }

  private LocalDate getDate(ResultSet rs, int i) throws SQLException {
    if (postgres) {
      return rs.getObject(i, LocalDate.class);
    }
    String text = rs.getString(i);
    return text == null ? null : LocalDate.parse(text);
  }
}

package se.lokbra.storage.jdbc.internal.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.mapping.Layouts;
import se.lokbra.storage.jdbc.internal.mapping.PeriodColumns;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The measure repository. */
public final class JdbcMeasures extends JdbcRepository<Measure, MeasureId> implements MeasureRepository {
  /** The columns of {@link Measure#period}. */
  private static final PeriodColumns PERIOD = new PeriodColumns("period");

  public JdbcMeasures(JdbcStore store, AggregateDao<Measure, MeasureId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Measure> find(MeasureQuery q, PageRequest page) {
    Arguments.notNull(q, "query");
    return query(p -> {
      List<String> where = new ArrayList<>();
      q.council().ifPresent(c -> {
        where.add("council_id = ?");
        p.text(c.value());
      });
      q.status().ifPresent(s -> {
        where.add("status = ?");
        p.text(s.name());
      });
      q.category().ifPresent(c -> {
        where.add("category = ?");
        p.text(c.name());
      });
      if (q.year().isPresent()) {
        // The period shares a day with the year; an open end runs on, a measure without a period is in no year.
        int year = q.year().getAsInt();
        where.add(PERIOD.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), p));
      }
      q.actionPlan().ifPresent(a -> {
        where.add("action_plan_id = ?");
        p.text(a.value());
      });
      q.problem().ifPresent(problem -> {
        where.add("id IN (SELECT measure_id FROM measure_target WHERE problem_id = ?)");
        p.text(problem.value());
      });
      if (q.noProblem()) {
        where.add("NOT EXISTS (SELECT 1 FROM measure_target t WHERE t.measure_id = measure.id)");
      }
      return where.isEmpty() ? null : String.join(" AND ", where);
    }, total(q), page);
  }

  /**
   * The total of a query on no criterion or on one that is tallied (council, status, category, year), from the
   * tallies; null for any other query, whose matches are counted.
   */
  private Total total(MeasureQuery q) {
    if (q.criteria() > 1) {
      return null;
    } else if (q.criteria() == 0) {
      return tx -> dao.tally(tx, "all", "");
    } else if (q.council().isPresent()) {
      return tx -> dao.tally(tx, "council", q.council().get().value());
    } else if (q.status().isPresent()) {
      return tx -> dao.tally(tx, "status", q.status().get().name());
    } else if (q.category().isPresent()) {
      return tx -> dao.tally(tx, "category", q.category().get().name());
    } else if (q.year().isPresent()) {
      return tx -> inYear(tx, q.year().getAsInt());
    }
    return null;
  }

  /**
   * The number of measures whose period shares a day with {@code year}: those that start in it or before, less
   * those whose last day lies before it (a period that ended before the year also started before it). That reads
   * one tally row per year that measures start or end in, however many measures there are.
   */
  private long inYear(Tx tx, int year) {
    String y = Layouts.MeasureTallies.year(year);
    long stored = tx.query("SELECT COALESCE(SUM(CASE WHEN dimension = 'start_year' THEN n ELSE -n END), 0) FROM "
        + dao.table() + "_tally WHERE dimension = 'start_year' AND item <= ? OR dimension = 'end_year' AND item < ?",
        new Params().text(y).text(y), rs -> rs.getLong(1)).get(0);
    return stored + tx.pendingTallies(
        t -> t.table().equals(dao.table()) && (t.dimension().equals("start_year") && t.item().compareTo(y) <= 0
            || t.dimension().equals("end_year") && t.item().compareTo(y) < 0),
        t -> t.dimension().equals("start_year") ? 1 : -1);
  }
}

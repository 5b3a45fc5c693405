package se.lokbra.storage.jdbc.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;

/** The measure repository. */
final class JdbcMeasures extends JdbcRepository<Measure, MeasureId> implements MeasureRepository {
  JdbcMeasures(JdbcStore store, AggregateDao<Measure, MeasureId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Measure> find(MeasureQuery q, PageRequest page) {
    Checks.notNull(q, "query");
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
        where.add(MeasureMapping.PERIOD.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), p));
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
    }, page);
  }
}

package se.lokbra.storage.jdbc.internal.repository;

import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.IndicatorRepository;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The indicator repository. */
public final class JdbcIndicators extends JdbcRepository<Indicator, IndicatorId> implements IndicatorRepository {
  public JdbcIndicators(JdbcStore store, AggregateDao<Indicator, IndicatorId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Indicator> findByProblem(ProblemId problem, PageRequest page) {
    Arguments.notNull(problem, "problem");
    return query(p -> {
      p.text(problem.value());
      return "problem_id = ?";
    }, page);
  }
}

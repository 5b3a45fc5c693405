package se.lokbra.core.indicator;

import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link Indicator}s. Sort properties: {@code name}, {@code id}, {@code created}, {@code modified}; default
 * order: name, then id.
 */
public interface IndicatorRepository extends Repository<Indicator, IndicatorId> {
  /** The indicators that measure a problem. */
  Page<Indicator> findByProblem(ProblemId problem, PageRequest page);
}

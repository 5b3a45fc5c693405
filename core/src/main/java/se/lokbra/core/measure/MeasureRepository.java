package se.lokbra.core.measure;

import se.lokbra.core.council.CouncilId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link Measure}s. A measure must refer to an existing council, responsible organisations, follow-up
 * meetings, action plan, and targeted problems and causes. Sort properties: {@code title}, {@code status}, {@code category}, {@code start} (first day of the
 * period; measures without one first), {@code id}, {@code created}, {@code modified}; default order: title, then id.
 */
public interface MeasureRepository extends Repository<Measure, MeasureId> {
  /** Measures that meet every criterion of {@code query}. */
  Page<Measure> find(MeasureQuery query, PageRequest page);

  default Page<Measure> findByCouncil(CouncilId council, PageRequest page) {
    return find(MeasureQuery.all().withCouncil(council), page);
  }

  default Page<Measure> findByStatus(MeasureStatus status, PageRequest page) {
    return find(MeasureQuery.all().withStatus(status), page);
  }

  default Page<Measure> findByCategory(MeasureCategory category, PageRequest page) {
    return find(MeasureQuery.all().withCategory(category), page);
  }

  /** Measures whose period shares at least one day with the calendar year; measures without a period never match. */
  default Page<Measure> findByYear(int year, PageRequest page) {
    return find(MeasureQuery.all().withYear(year), page);
  }

  /** The measures of an action plan. */
  default Page<Measure> findByActionPlan(se.lokbra.core.plan.ActionPlanId actionPlan, PageRequest page) {
    return find(MeasureQuery.all().withActionPlan(actionPlan), page);
  }

  /** Measures that target the problem or one of its causes. */
  default Page<Measure> findByProblem(se.lokbra.core.problem.ProblemId problem, PageRequest page) {
    return find(MeasureQuery.all().withProblem(problem), page);
  }

  /** Measures that target no problem: the ones the knowledge-based method cannot justify. */
  default Page<Measure> findWithoutProblem(PageRequest page) {
    return find(MeasureQuery.all().withoutProblem(), page);
  }
}

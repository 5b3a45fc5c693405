package se.lokbra.core.measure;

import java.util.Optional;
import java.util.OptionalInt;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.ProblemId;

/**
 * Criteria for {@link MeasureRepository#find}: each one given narrows the result (they combine with AND); none
 * given matches every measure. {@code year} matches measures whose period shares a day with that calendar year;
 * {@code problem} matches measures that target the problem (or one of its causes); {@code noProblem} (set by
 * {@link #withoutProblem()}) matches measures that target no problem at all — the ones the knowledge-based method
 * cannot justify.
 */
public record MeasureQuery(Optional<CouncilId> council, Optional<MeasureStatus> status,
    Optional<MeasureCategory> category, OptionalInt year, Optional<ActionPlanId> actionPlan,
    Optional<ProblemId> problem, boolean noProblem) {
  public MeasureQuery {
    Checks.notNull(council, "council");
    Checks.notNull(status, "status");
    Checks.notNull(category, "category");
    Checks.notNull(year, "year");
    year.ifPresent(y -> Checks.check(y >= 1000 && y <= 9999, "year", y, "must be a four-digit year"));
    Checks.notNull(actionPlan, "actionPlan");
    Checks.notNull(problem, "problem");
    Checks.check(!(noProblem && problem.isPresent()), "noProblem", noProblem, "cannot be combined with a problem");
  }

  /** The criteria of earlier versions: council, status, category and year. */
  public MeasureQuery(Optional<CouncilId> council, Optional<MeasureStatus> status,
      Optional<MeasureCategory> category, OptionalInt year) {
    this(council, status, category, year, Optional.empty(), Optional.empty(), false);
  }

  /** Matches every measure; narrow it with the {@code with…} methods. */
  public static MeasureQuery all() {
    return new MeasureQuery(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  public MeasureQuery withCouncil(CouncilId council) {
    return new MeasureQuery(Optional.of(Checks.notNull(council, "council")), status, category, year, actionPlan,
        problem, noProblem);
  }

  public MeasureQuery withStatus(MeasureStatus status) {
    return new MeasureQuery(council, Optional.of(Checks.notNull(status, "status")), category, year, actionPlan,
        problem, noProblem);
  }

  public MeasureQuery withCategory(MeasureCategory category) {
    return new MeasureQuery(council, status, Optional.of(Checks.notNull(category, "category")), year, actionPlan,
        problem, noProblem);
  }

  public MeasureQuery withYear(int year) {
    return new MeasureQuery(council, status, category, OptionalInt.of(year), actionPlan, problem, noProblem);
  }

  public MeasureQuery withActionPlan(ActionPlanId actionPlan) {
    return new MeasureQuery(council, status, category, year, Optional.of(Checks.notNull(actionPlan, "actionPlan")),
        problem, noProblem);
  }

  /** Measures that target {@code problem} (the problem itself or one of its causes). */
  public MeasureQuery withProblem(ProblemId problem) {
    return new MeasureQuery(council, status, category, year, actionPlan,
        Optional.of(Checks.notNull(problem, "problem")), noProblem);
  }

  /** Measures that target no problem. */
  public MeasureQuery withoutProblem() {
    return new MeasureQuery(council, status, category, year, actionPlan, problem, true);
  }

  /** How many criteria are given. */
  public int criteria() {
    return (council.isPresent() ? 1 : 0) + (status.isPresent() ? 1 : 0) + (category.isPresent() ? 1 : 0)
        + (year.isPresent() ? 1 : 0) + (actionPlan.isPresent() ? 1 : 0) + (problem.isPresent() ? 1 : 0)
        + (noProblem ? 1 : 0);
  }

  /** True if {@code measure} meets every criterion. */
  public boolean matches(Measure measure) {
    return council.map(c -> c.equals(measure.council())).orElse(true)
        && status.map(s -> s == measure.status()).orElse(true)
        && category.map(c -> c == measure.category()).orElse(true)
        && (year.isEmpty() || measure.isInYear(year.getAsInt()))
        && actionPlan.map(a -> measure.actionPlan().equals(Optional.of(a))).orElse(true)
        && problem.map(p -> measure.targets().stream().anyMatch(t -> t.problem().equals(p))).orElse(true)
        && (!noProblem || measure.targets().isEmpty());
  }
}

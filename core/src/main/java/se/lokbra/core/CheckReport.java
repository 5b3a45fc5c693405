package se.lokbra.core;

import com.google.common.collect.ImmutableList;
import se.lokbra.core.internal.Checks;

/**
 * What {@link LokbraStore#check()} (and {@link LokbraStores#check}) found wrong in a store: nothing, for a healthy
 * store, or a list of problems, each naming where it is, what is wrong and the rule it breaks. A check changes
 * nothing in the store.
 *
 * @param problems every problem found, in the order the check found them (empty for a healthy store)
 */
public record CheckReport(ImmutableList<Problem> problems) {
  public CheckReport {
    Checks.notNull(problems, "problems");
  }

  /** A report of no problems. */
  public static CheckReport healthy() {
    return new CheckReport(ImmutableList.of());
  }

  /** A report of these problems. */
  public static CheckReport of(Iterable<Problem> problems) {
    Checks.notNull(problems, "problems");
    return new CheckReport(ImmutableList.copyOf(problems));
  }

  /** True if the check found nothing wrong. */
  public boolean isHealthy() {
    return problems.isEmpty();
  }

  /** This report's problems followed by {@code other}'s. */
  public CheckReport and(CheckReport other) {
    Checks.notNull(other, "other");
    return other.isHealthy() ? this : isHealthy() ? other
        : new CheckReport(ImmutableList.<Problem>builder().addAll(problems).addAll(other.problems).build());
  }

  /**
   * One thing wrong in a store.
   *
   * @param where the entity, file, table or database: {@code measure 'x'}, {@code /srv/lokbra/measures/x.json}
   * @param what what is wrong there: {@code its council refers to council 'y', which does not exist}
   * @param rule the rule it breaks: {@code every reference must resolve to a live entity}
   */
  public record Problem(String where, String what, String rule) {
    public Problem {
      Checks.check(where != null && !where.isBlank(), "where", where, "must not be blank");
      Checks.check(what != null && !what.isBlank(), "what", what, "must not be blank");
      Checks.check(rule != null && !rule.isBlank(), "rule", rule, "must not be blank");
    }

    /** {@code where: what (rule)}, on one line as {@code lokbra check} prints it. */
    @Override
    public String toString() {
      return where + ": " + what + " (" + rule + ")";
    }
  }
}

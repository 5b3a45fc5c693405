package se.lokbra.core.compliance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;

/**
 * Where a municipality stands against the law (2023:196) in a mandate period: one {@link Finding} per
 * {@link Requirement}, in the order of the requirements.
 *
 * @param asOf the day asked about
 * @param evaluatedOn the day the findings describe: {@code asOf}, or the period's last day if the period ended
 *     before it (a past period is judged as it stood when it ended)
 */
public record Ledger(MunicipalityCode municipality, MandatePeriod period, LocalDate asOf, LocalDate evaluatedOn,
    ImmutableList<Finding> findings) {
  public Ledger {
    Checks.notNull(municipality, "municipality");
    Checks.notNull(period, "period");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(evaluatedOn, "evaluatedOn");
    Checks.notNull(findings, "findings");
    Checks.check(findings.stream().map(Finding::requirement).toList()
        .equals(java.util.List.of(Requirement.values())), "findings", findings.size(),
        "must hold one finding per requirement, in the requirements' order");
  }

  /** The finding of the requirement. */
  public Finding finding(Requirement requirement) {
    return findings.get(Checks.notNull(requirement, "requirement").ordinal());
  }

  /** The status of the requirement. */
  public Status status(Requirement requirement) {
    return finding(requirement).status();
  }

  /** True if every requirement is {@link Status#MET}. */
  public boolean allMet() {
    return findings.stream().allMatch(Finding::isMet);
  }
}

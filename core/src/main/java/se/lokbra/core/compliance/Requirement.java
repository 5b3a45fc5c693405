package se.lokbra.core.compliance;

/**
 * What the law on municipalities' responsibility for crime prevention (2023:196) asks of every municipality, as
 * the {@link Compliance} ledger checks it. Each constant says which {@link Status}es it can have.
 */
public enum Requirement {
  /**
   * A situation picture ("lägesbild", 3 §) of the municipality dated within the period, on or before the day the
   * ledger is evaluated, and not older than {@link ComplianceOptions#maximumAge()}: MET, DUE_SOON (it grows too old
   * within the warning window), OUT_OF_DATE (the newest is too old), MISSING (none dated within the period).
   */
  SITUATION_PICTURE,
  /**
   * An action plan ("åtgärdsplan", 4 §) of the municipality that is decided, in force and rests on at least one
   * situation picture in the store: MET, DUE_SOON (its period ends within the warning window), OUT_OF_DATE (the
   * decided plans have all ended), MISSING (no plan, none decided, not yet in force, or resting on no situation
   * picture).
   */
  ACTION_PLAN,
  /**
   * A coordination function ("samordningsfunktion", 5 §) of the municipality in force: MET, DUE_SOON (every one in
   * force ends within the warning window), OUT_OF_DATE (they have all ended), MISSING (none, or none in force yet).
   */
  COORDINATION_FUNCTION,
  /**
   * The follow-ups of the action plan in force held by their dates (see {@link Compliance} for what "held" means):
   * MET, DUE_SOON (a date within the warning window is not held yet), MISSING (a date has passed unheld, the plan
   * has no follow-up dates, or no decided plan is in force).
   */
  FOLLOW_UPS
}

package se.lokbra.core.compliance;

/** How a municipality stands against one {@link Requirement}. */
public enum Status {
  /** The requirement is met as of the day, and will be for at least the warning window. */
  MET,
  /** The requirement is met as of the day but stops being met within the warning window. */
  DUE_SOON,
  /** The requirement was met once, but what met it has ended or grown too old. */
  OUT_OF_DATE,
  /** Nothing in the store meets the requirement. */
  MISSING
}

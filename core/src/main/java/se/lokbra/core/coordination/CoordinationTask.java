package se.lokbra.core.coordination;

/**
 * The tasks the law gives a coordination function (law 2023:196, 5 §); tasks beyond them are kept as text
 * ({@link CoordinationFunction#otherTasks()}).
 */
public enum CoordinationTask {
  /** To coordinate and support the municipality's crime-prevention work. */
  COORDINATE_AND_SUPPORT,
  /** To be the municipality's contact in crime prevention towards other actors (the police, the region, …). */
  CONTACT_FOR_OTHER_ACTORS,
  /** To help inform residents about the work. */
  INFORM_RESIDENTS
}

package se.lokbra.core.repository;

/** What a {@link Change} reports. */
public enum ChangeType {
  /** The entity was created and not changed since (version 1). */
  CREATED,
  /** The entity was changed after it was created. */
  UPDATED,
  /** The entity was deleted; only its tombstone remains. */
  DELETED
}

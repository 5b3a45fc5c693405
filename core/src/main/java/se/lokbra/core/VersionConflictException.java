package se.lokbra.core;

import java.util.OptionalLong;
import se.lokbra.core.model.EntityId;

/**
 * Optimistic locking refused a write: the entity was changed (or created, or deleted) by someone else since the
 * caller read it. Reload, re-apply the change and save again.
 */
public class VersionConflictException extends LokbraException {
  private static final long serialVersionUID = 1L;

  private final EntityId id;
  private final long givenVersion;
  private final long storedVersion;

  /**
   * @param givenVersion the version the caller's copy carries (0 for a new entity)
   * @param storedVersion the version stored now, or -1 if no live entity has the id
   */
  public VersionConflictException(EntityId id, long givenVersion, long storedVersion) {
    super(id.kind().singular() + " '" + id.value() + "' was changed concurrently: the given version is "
        + givenVersion + (storedVersion < 0 ? " but no live entity has this id (it was deleted or never saved)"
            : " but the stored version is " + storedVersion));
    this.id = id;
    this.givenVersion = givenVersion;
    this.storedVersion = storedVersion;
  }

  public EntityId id() {
    return id;
  }

  /** The version the rejected copy carried; 0 for a new entity. */
  public long givenVersion() {
    return givenVersion;
  }

  /** The version in the store, empty if no live entity has the id. */
  public OptionalLong storedVersion() {
    return storedVersion < 0 ? OptionalLong.empty() : OptionalLong.of(storedVersion);
  }
}

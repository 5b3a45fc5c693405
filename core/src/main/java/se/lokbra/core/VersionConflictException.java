package se.lokbra.core;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
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
    this(givenVersion > 0 && givenVersion == storedVersion
            ? id.kind().singular() + " '" + id.value() + "' has the same version (" + givenVersion + ") as the "
                + "stored one but different content: they are two different edits of version " + givenVersion
                + " (one was changed elsewhere, e.g. in another store or by hand)"
            : id.kind().singular() + " '" + id.value() + "' was changed concurrently: the given version is "
                + givenVersion + stored(storedVersion), id, givenVersion, storedVersion, null);
  }

  private VersionConflictException(String message, EntityId id, long givenVersion, long storedVersion,
      @Nullable Throwable cause) {
    super(message, cause);
    this.id = id;
    this.givenVersion = givenVersion;
    this.storedVersion = storedVersion;
  }

  private static String stored(long storedVersion) {
    return storedVersion < 0 ? " but no live entity has this id (it was deleted or never saved)"
        : " but the stored version is " + storedVersion;
  }

  /**
   * A write that lost a race: another transaction wrote the same entity at the same moment, and the database rolled
   * this transaction back to settle it (a deadlock, a serialization failure). Reload and retry as for any conflict.
   *
   * @param givenVersion the version the caller's copy carried, or -1 if the call gave none (a delete by id)
   * @param storedVersion the version stored once the other transaction had ended, or -1 if no live entity has the
   *     id
   * @param cause the database's error
   */
  public static VersionConflictException lostRace(EntityId id, long givenVersion, long storedVersion,
      Throwable cause) {
    return new VersionConflictException(id.kind().singular() + " '" + id.value() + "' was changed concurrently: "
        + "another transaction wrote it at the same moment and this one was rolled back"
        + (givenVersion < 0 ? "" : "; the given version is " + givenVersion + stored(storedVersion)
            .replace(" but ", ", ")), id, Math.max(givenVersion, 0), storedVersion, cause);
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

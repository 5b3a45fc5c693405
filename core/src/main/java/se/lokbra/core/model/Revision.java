package se.lokbra.core.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;

/**
 * What a store records about each write of an entity: its version (1 after the first save, one more after each
 * save) and when it was created and last modified. Timestamps have microsecond precision, the finest every backend
 * keeps, in the range every backend stores ({@link DateLimits}: a store whose clock lies outside refuses to save).
 * A new, never saved entity has {@link #NEW}: version 0, no timestamps.
 */
public final class Revision {
  /** The revision of an entity that has not been saved. */
  public static final Revision NEW = new Revision(0, null, null);

  private final long version;
  private final @Nullable Instant created;
  private final @Nullable Instant modified;

  private Revision(long version, @Nullable Instant created, @Nullable Instant modified) {
    this.version = version;
    this.created = created;
    this.modified = modified;
  }

  /** A stored revision: version ≥ 1, timestamps in whole microseconds, modified not before created. */
  public static Revision of(long version, Instant created, Instant modified) {
    Checks.check(version >= 1, "version", version, "must be at least 1 for a stored entity");
    Checks.instant(created, "created");
    Checks.instant(modified, "modified");
    Checks.check(created.getNano() % 1000 == 0, "created", created, "must have at most microsecond precision");
    Checks.check(modified.getNano() % 1000 == 0, "modified", modified, "must have at most microsecond precision");
    Checks.check(!modified.isBefore(created), "modified", modified, "must not be before created (%s)", created);
    return new Revision(version, created, modified);
  }

  /** The revision after one more save at {@code now}. */
  public Revision next(Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    return of(version + 1, created == null ? at : created, at);
  }

  public boolean isNew() {
    return version == 0;
  }

  public long version() {
    return version;
  }

  public Optional<Instant> created() {
    return Optional.ofNullable(created);
  }

  public Optional<Instant> modified() {
    return Optional.ofNullable(modified);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Revision r && r.version == version && Objects.equals(r.created, created)
        && Objects.equals(r.modified, modified);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, created, modified);
  }

  @Override
  public String toString() {
    return isNew() ? "Revision[new]" : "Revision[v" + version + ", created " + created + ", modified " + modified + "]";
  }
}

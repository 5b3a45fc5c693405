package se.lokbra.core.model;

import java.time.Instant;
import se.lokbra.core.internal.Checks;

/**
 * What a store keeps of a deleted entity: its id, the version the deletion gave it (one more than the last saved
 * version), when it was created and when it was deleted. Sync clients learn of deletions from tombstones
 * ({@code changesSince}); exports to OParl show them as {@code deleted: true}.
 */
public record Tombstone(EntityId id, long version, Instant created, Instant deleted) {
  public Tombstone {
    Checks.notNull(id, "id");
    Revision.of(version, created, deleted); // the same rules as a stored revision
  }

  public Revision revision() {
    return Revision.of(version, created, deleted);
  }
}

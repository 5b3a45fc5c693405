package se.lokbra.core.repository;

import java.time.Instant;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;

/**
 * The latest state of one entity, as {@code changesSince} reports it to a sync client: created or updated (with the
 * entity), or deleted (with nothing but the id, version and time of deletion).
 */
public record Change<T extends Aggregate<I, T>, I extends EntityId>(I id, ChangeType type, long version,
    Instant modified, Optional<T> entity) {
  public Change {
    Checks.notNull(id, "id");
    Checks.notNull(type, "type");
    Checks.notNull(modified, "modified");
    Checks.notNull(entity, "entity");
    Checks.check(entity.isPresent() == (type != ChangeType.DELETED), "entity", entity,
        "must be present exactly when the change is not a deletion");
  }

  public static <T extends Aggregate<I, T>, I extends EntityId> Change<T, I> of(T entity) {
    return new Change<>(entity.id(), entity.version() == 1 ? ChangeType.CREATED : ChangeType.UPDATED,
        entity.version(), entity.revision().modified().orElseThrow(), Optional.of(entity));
  }

  @SuppressWarnings("unchecked")
  public static <T extends Aggregate<I, T>, I extends EntityId> Change<T, I> deleted(Tombstone tombstone) {
    I id = (I) tombstone.id();
    return new Change<T, I>(id, ChangeType.DELETED, tombstone.version(), tombstone.deleted(), Optional.<T>empty());
  }
}

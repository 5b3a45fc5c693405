package se.lokbra.core.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;

/**
 * What one committed transaction of an {@link se.lokbra.core.memory.InMemoryStore} changed: the final state of each
 * entity it touched, either saved (live, with its new revision) or deleted (a tombstone). An id appears at most once.
 * A saved entity replaces any tombstone of the same id; a tombstone replaces the live entity.
 *
 * @param previous for each saved or deleted entity that was live before the transaction, that live state: what a
 *     persistence writes back if it has to undo a write it could not finish
 */
public record ChangeSet(ImmutableList<Aggregate<?, ?>> saved, ImmutableList<Tombstone> deleted,
    ImmutableMap<EntityId, Aggregate<?, ?>> previous) {
  public ChangeSet {
    Checks.notNull(saved, "saved");
    Checks.notNull(deleted, "deleted");
    Checks.notNull(previous, "previous");
  }

  /** A change set that does not know the previous states. */
  public ChangeSet(ImmutableList<Aggregate<?, ?>> saved, ImmutableList<Tombstone> deleted) {
    this(saved, deleted, ImmutableMap.of());
  }

  public boolean isEmpty() {
    return saved.isEmpty() && deleted.isEmpty();
  }

  public int size() {
    return saved.size() + deleted.size();
  }

  /** The live state of {@code id} before the transaction, if it was live and this change set knows it. */
  public Optional<Aggregate<?, ?>> previous(EntityId id) {
    return Optional.ofNullable(previous.get(id));
  }
}

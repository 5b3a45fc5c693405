package se.lokbra.core.spi;

import com.google.common.collect.ImmutableList;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Tombstone;

/**
 * What one committed transaction of an {@link InMemoryStore} changed: the final state of each entity it touched,
 * either saved (live, with its new revision) or deleted (a tombstone). An id appears at most once. A saved entity
 * replaces any tombstone of the same id; a tombstone replaces the live entity.
 */
public record ChangeSet(ImmutableList<Aggregate<?, ?>> saved, ImmutableList<Tombstone> deleted) {
  public ChangeSet {
    Checks.notNull(saved, "saved");
    Checks.notNull(deleted, "deleted");
  }

  public boolean isEmpty() {
    return saved.isEmpty() && deleted.isEmpty();
  }

  public int size() {
    return saved.size() + deleted.size();
  }
}

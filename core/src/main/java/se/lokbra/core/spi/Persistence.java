package se.lokbra.core.spi;

/**
 * Where an {@link se.lokbra.core.memory.InMemoryStore} writes what its transactions commit. The store calls it
 * under its write lock, once per committed transaction, before the changes become visible to other threads.
 */
public interface Persistence {
  /** Keeps nothing: the {@code memory:} store. */
  Persistence NONE = changes -> {};

  /**
   * Makes {@code changes} durable, all or nothing. When it returns the changes must survive a crash; when it throws
   * (a {@link se.lokbra.core.StorageException} naming the operation and the file or table), nothing of them may
   * remain, and the store rolls the transaction back.
   */
  void persist(ChangeSet changes);

  /**
   * What {@link se.lokbra.core.LokbraStore#check()} finds wrong where the data is kept (files that no longer read
   * back, say), beyond the reference check the store makes of its data in memory; changes nothing. By default
   * nothing.
   */
  default se.lokbra.core.CheckReport check() {
    return se.lokbra.core.CheckReport.healthy();
  }

  /** Releases what the persistence holds (files, locks). Called once, when the store closes. */
  default void close() {}
}

package se.lokbra.core;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A store: the repositories of one lokbra database (an in-memory map, a directory of JSON files, a SQLite file, a
 * PostgreSQL database) and the transactions across them. Open one with {@link LokbraStores#open}; close it when
 * done. A store is safe for use by many threads.
 */
public interface LokbraStore extends Repositories, AutoCloseable {

  /**
   * Runs {@code work} in one transaction: everything it does through the {@link Repositories} it is given commits
   * together when it returns, or not at all if it throws (the exception is rethrown). Use only the given
   * repositories inside: the store's own ones are not part of the transaction. A transaction inside a transaction
   * joins it.
   */
  <R extends @Nullable Object> R inTransaction(Function<Repositories, R> work);

  /** {@link #inTransaction} for work that returns nothing. */
  default void useTransaction(Consumer<Repositories> work) {
    inTransaction(tx -> {
      work.accept(tx);
      return null;
    });
  }

  /** Everything in the store, read consistently in one transaction. */
  DataSet snapshot();

  /**
   * Writes a data set into the store in one transaction, keeping ids, versions and timestamps (used to copy stores
   * and to import). An entity (or tombstone) whose id the store lacks is written as given; one the store already
   * holds with the same revision and content is left alone; any other clash is a
   * {@link VersionConflictException}. References are checked against the store and the data set together.
   */
  void restore(DataSet data);

  /**
   * Checks the store and reports what is wrong, changing nothing. Every backend checks that every reference (to an
   * entity, and to a part of one) resolves, over {@link #snapshot()}; a backend adds what it can check of where it
   * keeps the data: the JSON store reads every file again, SQLite runs {@code PRAGMA integrity_check} and
   * {@code foreign_key_check}, PostgreSQL reads every table (see each backend). A problem found is reported, not
   * thrown. To check a store without opening it for work (for the JSON store, without finishing an interrupted
   * transaction), use {@link LokbraStores#check}.
   */
  default CheckReport check() {
    return CheckReport.of(se.lokbra.core.spi.StoreRules.referenceProblems(snapshot()));
  }

  /** What this backend can do beyond the contract. */
  ImmutableSet<StoreCapability> capabilities();

  /** The URI that opens this store again with {@link LokbraStores#open} (passwords left out). */
  URI uri();

  /** Releases the store's files, connections and locks. Closing twice does nothing; a closed store refuses work. */
  @Override
  void close();
}

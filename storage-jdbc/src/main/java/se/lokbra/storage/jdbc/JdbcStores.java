package se.lokbra.storage.jdbc;

import java.net.URI;
import java.nio.file.Path;
import javax.sql.DataSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.jdbc.internal.schema.Migrations;
import se.lokbra.core.spi.Arguments;
import se.lokbra.storage.jdbc.internal.Stores;

/**
 * Opens lokbra stores on SQLite or PostgreSQL. Most code uses {@link se.lokbra.core.LokbraStores#open} with a
 * {@code jdbc:sqlite:/path/lokbra.db} or {@code jdbc:postgresql://host:5432/db?user=…} URI; an application that
 * owns its connection pool hands its {@link DataSource} to {@link #open(DataSource, StoreOptions)}.
 *
 * <p>Options ({@link StoreOptions#withProperty}):
 * <ul>
 *   <li>{@value #MIGRATE} — {@code false} to refuse a database whose schema is not current instead of migrating
 *       it (run {@link #migrate} yourself); a schema newer than this library is always refused;</li>
 *   <li>{@value #BUSY_TIMEOUT} — SQLite: milliseconds to wait for another connection's lock (default 10000);</li>
 *   <li>{@value #SYNCHRONOUS} — SQLite: {@code FULL} (default) or {@code NORMAL}, see the README;</li>
 *   <li>{@value #POOL_SIZE} — connections per pool (PostgreSQL default 10; SQLite readers, default 4);</li>
 *   <li>{@value #USER}, {@value #PASSWORD} — PostgreSQL credentials, so that the URI need not carry them.</li>
 * </ul>
 */
public final class JdbcStores {
  public static final String MIGRATE = Stores.MIGRATE;
  public static final String BUSY_TIMEOUT = Stores.BUSY_TIMEOUT;
  public static final String SYNCHRONOUS = Stores.SYNCHRONOUS;
  public static final String POOL_SIZE = Stores.POOL_SIZE;
  public static final String CONNECT_TIMEOUT = Stores.CONNECT_TIMEOUT;
  public static final String USER = Stores.USER;
  public static final String PASSWORD = Stores.PASSWORD;

  private JdbcStores() {}

  /** Opens (creating if needed) the store at a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URI. */
  public static LokbraStore open(URI uri, StoreOptions options) {
    return Stores.open(Arguments.notNull(uri, "uri"), Arguments.notNull(options, "options"));
  }

  /**
   * Checks the existing store at a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URI, changing nothing, and
   * reports what is wrong (see {@link se.lokbra.core.LokbraStore#check()}). SQLite: {@code PRAGMA integrity_check}
   * (through a read-only connection, before the store is opened: a damaged file is never opened for work) and
   * {@code PRAGMA foreign_key_check}. PostgreSQL, which offers no consistency check without extensions: every table
   * of the store is read whole, every row and column, and if the {@code amcheck} extension happens to be installed
   * every b-tree index is verified with {@code bt_index_check}. Then, on both, every reference is checked.
   *
   * @throws se.lokbra.core.StoreNotFoundException if there is no store there
   */
  public static se.lokbra.core.CheckReport check(URI uri, StoreOptions options) {
    return Stores.check(Arguments.notNull(uri, "uri"), Arguments.notNull(options, "options"));
  }

  /**
   * Opens a store on an application's data source; SQLite or PostgreSQL is told from the database. The store
   * does not close the data source. A SQLite data source must enforce foreign keys; {@link #sqliteDataSource}
   * makes one with lokbra's settings.
   */
  public static LokbraStore open(DataSource dataSource, StoreOptions options) {
    return Stores.open(Arguments.notNull(dataSource, "dataSource"), Arguments.notNull(options, "options"));
  }

  public static LokbraStore open(DataSource dataSource) {
    return open(dataSource, StoreOptions.defaults());
  }

  /**
   * Opens a store on an application's data source that joins the application's transactions: while
   * {@code transactions} says one is {@linkplain ExternalTransactions#active() active} on the calling thread, every
   * read and write of the store runs on that transaction's connection and commits or rolls back with it (a failed
   * store operation marks it {@linkplain ExternalTransactions#setRollbackOnly() rollback-only}); otherwise each
   * operation runs in a transaction of its own, as with {@link #open(DataSource, StoreOptions)}. {@code dataSource}
   * must hand out the transaction's connection while one is active (Spring: a
   * {@code TransactionAwareDataSourceProxy}); the store's {@link se.lokbra.core.LokbraStore#inTransaction} joins an
   * active application transaction as well.
   *
   * @param dataSource the application's data source, transaction-aware
   * @param options the store's options
   * @param transactions tells whether an application transaction is active
   * @return the store (closing it does not close the data source)
   */
  public static LokbraStore open(DataSource dataSource, StoreOptions options, ExternalTransactions transactions) {
    return Stores.open(Arguments.notNull(dataSource, "dataSource"), Arguments.notNull(options, "options"),
        Arguments.notNull(transactions, "transactions"));
  }

  /**
   * An unpooled SQLite data source for {@code file} with lokbra's per-connection settings (WAL journal, foreign
   * keys, busy timeout, synchronous, IMMEDIATE transactions), for an application to wrap in its own pool.
   */
  public static DataSource sqliteDataSource(Path file, StoreOptions options) {
    return Stores.sqliteDataSource(Arguments.notNull(file, "file").toAbsolutePath(),
        Arguments.notNull(options, "options"));
  }

  /** Migrates the database behind {@code dataSource} to the schema this library needs. */
  public static void migrate(DataSource dataSource) {
    Stores.migrate(Arguments.notNull(dataSource, "dataSource"));
  }

  /** The schema version this library writes and reads. */
  public static int schemaVersion() {
    return Migrations.LATEST;
  }
}

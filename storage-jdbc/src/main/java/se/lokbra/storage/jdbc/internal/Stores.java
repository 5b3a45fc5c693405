package se.lokbra.storage.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraException;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreNotFoundException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.spi.StoreLocations;
import se.lokbra.storage.jdbc.internal.schema.Migrations;
import se.lokbra.storage.jdbc.internal.schema.SortKeys;
import se.lokbra.storage.jdbc.internal.sql.Errors;
import se.lokbra.storage.jdbc.internal.sql.Integrity;
import se.lokbra.storage.jdbc.internal.sql.Dialect;
import se.lokbra.storage.jdbc.internal.sql.Pools;
import se.lokbra.storage.jdbc.ExternalTransactions;

/** Opens {@link JdbcStore}s: connection settings, pools, schema check. The public face is {@code JdbcStores}. */
public final class Stores {
  public static final String MIGRATE = "jdbc.migrate";
  public static final String BUSY_TIMEOUT = "jdbc.busyTimeout";
  public static final String SYNCHRONOUS = "jdbc.synchronous";
  public static final String POOL_SIZE = "jdbc.poolSize";
  /** PostgreSQL: how many seconds to wait for the server to accept a connection and answer (default 30). */
  public static final String CONNECT_TIMEOUT = "jdbc.connectTimeout";
  static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 30;
  public static final String USER = "jdbc.user";
  public static final String PASSWORD = "jdbc.password";

  private Stores() {}

  /** Opens {@code jdbc:sqlite:<path>} or {@code jdbc:postgresql://…}. */
  public static LokbraStore open(URI uri, StoreOptions options) {
    String text = uri.toString();
    if (text.startsWith("jdbc:sqlite:")) {
      return openSqlite(sqlitePath(uri), options);
    } else if (text.startsWith("jdbc:postgresql:")) {
      return openPostgres(text, options);
    }
    throw new ValidationException("uri", text, "must start with jdbc:sqlite: or jdbc:postgresql:");
  }

  /**
   * Checks the store at {@code uri} ({@link se.lokbra.core.LokbraStore#check()}). A SQLite file is first checked
   * through a read-only connection of its own, before the store is opened: a file whose pages do not pass
   * {@code integrity_check} is reported as it is, and never opened for work. A file that passes, and a PostgreSQL
   * database, are opened (a store of the current schema opens without writing) and checked.
   */
  public static CheckReport check(URI uri, StoreOptions options) {
    if (uri.toString().startsWith("jdbc:sqlite:")) {
      Path file = sqlitePath(uri);
      if (!Files.isRegularFile(file)) {
        throw new StoreNotFoundException("jdbc:sqlite:" + file, Files.exists(file) ? "it is not a file"
            : "the file does not exist");
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      config.setBusyTimeout(intProperty(options, BUSY_TIMEOUT, 10_000, 0));
      String where = "jdbc:sqlite:" + file;
      try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
        CheckReport pages = CheckReport.of(Integrity.check(connection, Dialect.SQLITE, where));
        if (!pages.isHealthy()) {
          return pages;
        }
      } catch (SQLException e) {
        return CheckReport.of(List.of(new CheckReport.Problem(where, "cannot be read: " + e.getMessage(),
            "a store must be readable")));
      }
    }
    return new se.lokbra.storage.jdbc.JdbcStoreProvider().checkByOpening(uri, options);
  }

  private static Path sqlitePath(URI uri) {
    String path = StoreLocations.path(uri, "jdbc:sqlite:");
    if (path.isEmpty() || path.startsWith(":memory:") || path.contains("?") || path.startsWith("file:")) {
      throw new ValidationException("uri", uri, "must name a SQLite database file, as in jdbc:sqlite:/path/lokbra.db "
          + "(no in-memory databases, no URI parameters: settings go in StoreOptions properties; use memory: "
          + "for a store in memory)");
    }
    return StoreLocations.localPath(uri, "jdbc:sqlite:").toAbsolutePath().normalize();
  }

  static URI sqliteUri(Path file) {
    try {
      return new URI("jdbc", "sqlite:" + file, null);
    } catch (URISyntaxException e) {
      throw new ValidationException("path", file, "cannot be written as a URI: " + e.getMessage());
    }
  }

  /** Lokbra's per-connection SQLite settings: WAL, foreign keys, busy timeout, synchronous, transaction mode. */
  public static SQLiteConfig sqliteConfig(StoreOptions options, SQLiteConfig.TransactionMode mode) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(intProperty(options, BUSY_TIMEOUT, 10_000, 0));
    String sync = options.property(SYNCHRONOUS).orElse("FULL").toUpperCase(Locale.ROOT);
    if (!sync.equals("FULL") && !sync.equals("NORMAL")) {
      throw new ValidationException(SYNCHRONOUS, sync, "must be FULL or NORMAL");
    }
    config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(sync));
    config.setTransactionMode(mode);
    config.setGetGeneratedKeys(false);
    return config;
  }

  /** A SQLite data source for {@code file} with lokbra's settings and IMMEDIATE transactions. */
  public static DataSource sqliteDataSource(Path file, StoreOptions options) {
    return sqliteDataSource(file, options, SQLiteConfig.TransactionMode.IMMEDIATE);
  }

  private static SQLiteDataSource sqliteDataSource(Path file, StoreOptions options,
      SQLiteConfig.TransactionMode mode) {
    SQLiteDataSource ds = new SQLiteDataSource(sqliteConfig(options, mode));
    ds.setUrl("jdbc:sqlite:" + file);
    return ds;
  }

  private static int intProperty(StoreOptions options, String name, int defaultValue, int min) {
    return options.property(name).map(v -> {
      try {
        int n = Integer.parseInt(v);
        if (n >= min) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new ValidationException(name, v, "must be a whole number of at least " + min);
    }).orElse(defaultValue);
  }

  private static LokbraStore openSqlite(Path file, StoreOptions options) {
    if (!options.createIfMissing() && !Files.isRegularFile(file)) {
      throw new StoreNotFoundException("jdbc:sqlite:" + file, Files.exists(file) ? "it is not a file"
          : "the file does not exist");
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (java.io.IOException e) {
      throw new StorageException("cannot create the directory of " + file + ": " + e.getMessage(), e);
    }
    List<HikariDataSource> owned = new ArrayList<>();
    try {
      // One writer per process (IMMEDIATE transactions serialise writers anyway); readers run DEFERRED
      // transactions, which in WAL mode read a snapshot without blocking the writer.
      HikariDataSource write = pool("lokbra-sqlite-write", sqliteDataSource(file, options,
          SQLiteConfig.TransactionMode.IMMEDIATE), 1, owned);
      HikariDataSource read = pool("lokbra-sqlite-read", sqliteDataSource(file, options,
          SQLiteConfig.TransactionMode.DEFERRED), intProperty(options, POOL_SIZE, 4, 1), owned);
      Pools pools = new Pools(read, write, true, sqliteDataSource(file, options,
          SQLiteConfig.TransactionMode.IMMEDIATE), owned);
      return open(sqliteUri(file), Dialect.SQLITE, pools, options, "jdbc:sqlite:" + file);
    } catch (RuntimeException e) {
      owned.forEach(HikariDataSource::close);
      throw wrapOpen(e, "jdbc:sqlite:" + file);
    }
  }

  /**
   * The default size of each of a PostgreSQL store's two pools (reads, writes). Idle connections are closed after
   * {@link #IDLE_TIMEOUT_MS}, none is kept open while a store is idle, and the schema check on open uses a
   * connection of its own: a store opened and forgotten holds no connection of the server's.
   */
  static final int POSTGRES_POOL_SIZE = 4;
  static final long IDLE_TIMEOUT_MS = 30_000;

  private static LokbraStore openPostgres(String url, StoreOptions options) {
    URI shown = URI.create(withoutPassword(url));
    checkPorts(url, shown);
    int timeout = intProperty(options, CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT_SECONDS, 1);
    List<HikariDataSource> owned = new ArrayList<>();
    try {
      int size = intProperty(options, POOL_SIZE, POSTGRES_POOL_SIZE, 1);
      HikariDataSource write = pool("lokbra-postgresql-write", postgres(url, options, timeout), size, owned);
      HikariConfig readConfig = postgres(url, options, timeout);
      readConfig.setReadOnly(true);
      readConfig.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
      HikariDataSource read = pool("lokbra-postgresql-read", readConfig, size, owned);
      return open(shown, Dialect.POSTGRESQL, new Pools(read, write, true, unpooled(url, options, timeout), owned),
          options, shown.toString());
    } catch (RuntimeException e) {
      owned.forEach(HikariDataSource::close);
      SQLException sql = Errors.sqlCause(e);
      // The driver's message is translated into the JVM's language: compare it with its own translation.
      if (sql != null && "08001".equals(sql.getSQLState())
          && org.postgresql.util.GT.tr("Connection attempt timed out.").equals(sql.getMessage())) {
        throw new StorageException("cannot open the store " + shown + ": the server did not answer within " + timeout
            + " s (" + CONNECT_TIMEOUT + ")", e);
      }
      throw wrapOpen(e, shown.toString());
    }
  }

  private static HikariConfig postgres(String url, StoreOptions options, int timeoutSeconds) {
    HikariConfig c = new HikariConfig();
    c.setConnectionTimeout(timeoutSeconds * 1000L);
    c.setJdbcUrl(url);
    options.property(USER).ifPresent(c::setUsername);
    options.property(PASSWORD).ifPresent(c::setPassword);
    c.addDataSourceProperty("ApplicationName", "lokbra"); // a parameter of the URL wins
    c.setMinimumIdle(0);
    c.setIdleTimeout(IDLE_TIMEOUT_MS);
    c.setInitializationFailTimeout(-1); // no connection at start: the schema check on open connects first
    return c;
  }

  /** Connections of their own, closed after use (the schema check on open), through the driver's data source. */
  private static DataSource unpooled(String url, StoreOptions options, int timeoutSeconds) {
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setURL(url);
    ds.setConnectTimeout(timeoutSeconds);
    ds.setLoginTimeout(timeoutSeconds); // a server that accepts the connection but never answers
    options.property(USER).ifPresent(ds::setUser);
    options.property(PASSWORD).ifPresent(ds::setPassword);
    ds.setApplicationName("lokbra");
    return ds;
  }

  /**
   * Refuses a PostgreSQL URL whose host list has a port that is not a number from 1 to 65535 (the driver would
   * log warnings and then claim not to accept the URL).
   */
  private static void checkPorts(String url, URI shown) {
    String rest = url.substring("jdbc:postgresql:".length());
    if (!rest.startsWith("//")) {
      return; // jdbc:postgresql:database: the default host and port
    }
    int end = rest.length();
    for (char stop : new char[] {'/', '?'}) {
      int i = rest.indexOf(stop, 2);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    for (String host : rest.substring(2, end).split(",", -1)) {
      int colon = host.lastIndexOf(':');
      if (colon < 0 || host.lastIndexOf(']') > colon) {
        continue; // no port, or an IPv6 address without one
      }
      String port = host.substring(colon + 1);
      boolean valid = !port.isEmpty() && port.length() <= 5 && port.chars().allMatch(ch -> ch >= '0' && ch <= '9')
          && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
      if (!valid) {
        throw new ValidationException("uri", shown, "has the port '" + port + "', which must be a number from 1 to "
            + "65535");
      }
    }
  }

  private static HikariDataSource pool(String name, DataSource dataSource, int size, List<HikariDataSource> owned) {
    HikariConfig c = new HikariConfig();
    c.setDataSource(dataSource);
    return pool(name, c, size, owned);
  }

  private static HikariDataSource pool(String name, HikariConfig c, int size, List<HikariDataSource> owned) {
    c.setPoolName(name);
    c.setMaximumPoolSize(size);
    if (c.getMinimumIdle() < 0) {
      c.setMinimumIdle(1);
    }
    c.setAutoCommit(true);
    HikariDataSource ds = new HikariDataSource(c);
    owned.add(ds);
    return ds;
  }

  private static RuntimeException wrapOpen(RuntimeException e, String where) {
    if (e instanceof LokbraException) {
      return e;
    }
    return new StorageException("cannot open the store " + where + ": " + e.getMessage(), e);
  }

  /** Opens a store on an application's data source (the dialect found from the database). */
  public static LokbraStore open(DataSource dataSource, StoreOptions options) {
    return open(dataSource, options, ExternalTransactions.NONE);
  }

  /** Opens a store on an application's data source that joins the application's transactions. */
  public static LokbraStore open(DataSource dataSource, StoreOptions options, ExternalTransactions transactions) {
    Dialect dialect;
    URI uri;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.ofProduct(c.getMetaData().getDatabaseProductName());
      uri = URI.create(reopenUrl(c, dialect));
      if (dialect == Dialect.SQLITE) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
          if (!rs.next() || rs.getInt(1) != 1) {
            throw new ValidationException("dataSource", uri, "must enforce foreign keys (SQLiteConfig."
                + "enforceForeignKeys(true)); JdbcStores.sqliteDataSource gives one with lokbra's settings");
          }
        }
      }
    } catch (SQLException e) {
      throw new StorageException("cannot connect through the data source: " + e.getMessage(), e);
    }
    // The application hands lokbra its own database: lokbra's tables go beside the application's.
    return open(uri, dialect, new Pools(dataSource, dataSource, false, dataSource, List.of()), options,
        uri.toString(), transactions, true);
  }

  /** A store opened by URI: a database that holds other applications' tables is refused, never written into. */
  private static LokbraStore open(URI uri, Dialect dialect, Pools pools, StoreOptions options, String where) {
    return open(uri, dialect, pools, options, where, ExternalTransactions.NONE, false);
  }

  private static LokbraStore open(URI uri, Dialect dialect, Pools pools, StoreOptions options, String where,
      ExternalTransactions transactions, boolean shared) {
    Migrations.prepare(pools.migrations(), dialect, options.booleanProperty(MIGRATE, true),
        options.createIfMissing(), shared, where);
    SortKeys.refresh(pools.migrations(), JdbcStore.mappings(), where);
    return new JdbcStore(uri, dialect, pools, options, transactions);
  }

  /** Migrates the database behind {@code dataSource} to the newest lokbra schema. */
  public static void migrate(DataSource dataSource) {
    Dialect dialect;
    String where;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.ofProduct(c.getMetaData().getDatabaseProductName());
      where = withoutPassword(c.getMetaData().getURL());
    } catch (SQLException e) {
      throw new StorageException("cannot connect through the data source: " + e.getMessage(), e);
    }
    Migrations.migrate(dataSource, dialect, where);
    SortKeys.refresh(dataSource, JdbcStore.mappings(), where);
  }

  /**
   * A URL that opens the same database again: SQLite's as it is; PostgreSQL's with the user and schema of the
   * connection (the driver's own URL carries neither the user nor, from a data source, the password).
   */
  private static String reopenUrl(Connection c, Dialect dialect) throws SQLException {
    String url = c.getMetaData().getURL();
    if (dialect == Dialect.SQLITE) {
      return url;
    }
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    return base + "?user=" + java.net.URLEncoder.encode(c.getMetaData().getUserName(),
        java.nio.charset.StandardCharsets.UTF_8) + "&currentSchema=" + java.net.URLEncoder.encode(c.getSchema(),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** {@code url} without a {@code password} query parameter. */
  static String withoutPassword(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    List<String> kept = new ArrayList<>();
    for (String param : url.substring(q + 1).split("&")) {
      if (!param.toLowerCase(Locale.ROOT).startsWith("password=") && !param.isEmpty()) {
        kept.add(param);
      }
    }
    return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }
}

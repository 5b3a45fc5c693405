package se.lokbra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.Repositories;
import se.lokbra.storage.json.JsonStore;

/**
 * The stores the benchmarks run on, filled with {@link DataGenerator} data. Persistent stores are built once and
 * kept in a cache directory ({@code -Dlokbra.bench.dir}, default {@code <tmpdir>/lokbra-bench}), because loading
 * 100k measures takes far longer than any measurement; a store is built under a temporary name and renamed when
 * complete, so an interrupted build is never taken for a finished one. PostgreSQL is an embedded server (zonky) whose
 * data directory lives in the cache too, with one schema per size.
 */
public final class Fixtures {
  /** The backends, as the benchmarks' {@code backend} parameter names them. */
  public enum Backend {
    MEMORY, JSON, SQLITE, POSTGRESQL;

    /** {@code memory}, {@code json}, {@code sqlite}, {@code postgresql}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Backend of(String id) {
      return valueOf(id.toUpperCase(Locale.ROOT));
    }
  }

  private static EmbeddedPostgres postgres;

  private Fixtures() {}

  /** The cache directory, created if missing. */
  public static Path cacheDirectory() {
    Path dir = Path.of(System.getProperty("lokbra.bench.dir",
        Path.of(System.getProperty("java.io.tmpdir"), "lokbra-bench").toString())).toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Saves {@code data} kind by kind (every reference points to an entity saved before it), in one transaction. */
  public static void load(LokbraStore store, DataGenerator.Data data) {
    store.useTransaction(tx -> loadInto(tx, data));
  }

  static void loadInto(Repositories tx, DataGenerator.Data data) {
    tx.organisations().saveAll(data.organisations());
    tx.people().saveAll(data.people());
    tx.councils().saveAll(data.councils());
    tx.problems().saveAll(data.problems());
    tx.meetings().saveAll(data.meetings());
    tx.measures().saveAll(data.measures());
  }

  /** Everything of {@code data} except the measures. */
  static DataGenerator.Data withoutMeasures(DataGenerator.Data data) {
    return new DataGenerator.Data(data.organisations(), data.people(), data.councils(), data.problems(),
        data.meetings(), com.google.common.collect.ImmutableList.of());
  }

  /**
   * The URI of a store of {@code backend} holding the generated data of {@code measures} measures; building it
   * first if it is persistent and not cached. A {@code memory:} store holds nothing until loaded: use
   * {@link #open}.
   */
  public static String uri(Backend backend, int measures) {
    return switch (backend) {
      case MEMORY -> "memory:bench-" + measures;
      case JSON -> JsonStore.uri(jsonStore(measures)).toString();
      case SQLITE -> "jdbc:sqlite:" + sqliteStore(measures);
      case POSTGRESQL -> postgresStore(measures);
    };
  }

  /** A store of {@code backend} holding the generated data of {@code measures} measures. */
  public static LokbraStore open(Backend backend, int measures) {
    LokbraStore store = LokbraStores.open(uri(backend, measures));
    if (backend == Backend.MEMORY) {
      load(store, DataGenerator.generate(measures));
    }
    return store;
  }

  // ---------------------------------------------------------------- JSON and SQLite

  /** The directory of a cached JSON store. */
  public static Path jsonStore(int measures) {
    Path dir = cacheDirectory().resolve("json-" + measures + "-g" + DataGenerator.VERSION);
    if (Files.notExists(dir)) {
      Path building = dir.resolveSibling(dir.getFileName() + ".building");
      deleteTree(building);
      try (LokbraStore store = LokbraStores.open(JsonStore.uri(building))) {
        load(store, DataGenerator.generate(measures));
      }
      move(building, dir);
    }
    return dir;
  }

  /** The file of a cached SQLite store. */
  public static Path sqliteStore(int measures) {
    Path file = cacheDirectory().resolve("sqlite-" + measures + "-g" + DataGenerator.VERSION + ".db");
    if (Files.notExists(file)) {
      Path building = file.resolveSibling(file.getFileName() + ".building");
      deleteSqlite(building);
      try (LokbraStore store = LokbraStores.open("jdbc:sqlite:" + building)) {
        load(store, DataGenerator.generate(measures));
      }
      move(building, file);
    }
    return file;
  }

  /** Deletes a SQLite database file with its journal files. */
  public static void deleteSqlite(Path file) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static void deleteTree(Path root) {
    if (Files.notExists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- PostgreSQL

  /**
   * The JDBC URL (with user) of the embedded server's {@code postgres} database, starting the server on first
   * use. The server keeps PostgreSQL's default durability ({@code fsync}, {@code synchronous_commit} on), as a
   * production server would.
   */
  public static synchronized String postgresUrl() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder()
            .setDataDirectory(cacheDirectory().resolve("postgresql-data"))
            .setCleanDataDirectory(false)
            .setServerConfig("synchronous_commit", "on")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
      EmbeddedPostgres server = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // the JVM is going away
        }
      }));
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** The URL of a schema on the embedded server. */
  public static String postgresUrl(String schema) {
    return postgresUrl() + "&currentSchema=" + schema;
  }

  /** The URL of a cached PostgreSQL store: a schema marked complete once loaded. */
  public static String postgresStore(int measures) {
    String schema = "bench_" + measures + "_g" + DataGenerator.VERSION;
    if (!postgresSchemaReady(schema)) {
      recreateSchema(schema);
      try (LokbraStore store = LokbraStores.open(postgresUrl(schema))) {
        load(store, DataGenerator.generate(measures));
      }
      sql("CREATE TABLE " + schema + ".bench_ready (done INTEGER)");
      sql("VACUUM ANALYZE");
    }
    return postgresUrl(schema);
  }

  /** True if the schema exists and was marked complete. */
  public static boolean postgresSchemaReady(String schema) {
    try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = '" + schema
            + "' AND tablename = 'bench_ready'")) {
      return rs.next() && rs.getInt(1) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops and creates an empty schema. */
  public static void recreateSchema(String schema) {
    sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    sql("CREATE SCHEMA " + schema);
  }

  /** Runs one statement on the embedded server's {@code postgres} database. */
  public static void sql(String statement) {
    try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + statement, e);
    }
  }
}

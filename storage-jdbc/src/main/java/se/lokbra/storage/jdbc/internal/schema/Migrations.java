package se.lokbra.storage.jdbc.internal.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import se.lokbra.core.StorageException;
import se.lokbra.storage.jdbc.internal.sql.Dialect;
import se.lokbra.storage.jdbc.internal.sql.Errors;
import se.lokbra.core.StoreNotFoundException;

/**
 * The schema: Flyway migrations under {@code se/lokbra/storage/jdbc/migration/common} (shared by both databases,
 * with the {@link Dialect}'s placeholders), recorded in the table {@code lokbra_schema_history} so that they do not
 * clash with an application's own Flyway history.
 */
public final class Migrations {
  /** The newest schema version this code knows (the highest {@code V<n>__} migration). */
  public static final int LATEST = 5;
  public static final String HISTORY = "lokbra_schema_history";
  public static final String LOCATION = "classpath:se/lokbra/storage/jdbc/migration/common";

  private Migrations() {}

  /** The Flyway configuration of the lokbra schema on {@code dataSource} (tests stop it at older versions). */
  public static FluentConfiguration configure(DataSource dataSource, Dialect dialect) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY)
        // A schema that holds the application's tables but not yet lokbra's history (a store opened on an
        // application's data source): recorded as lokbra version 0, so that every migration from V1 runs.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(dialect.placeholders());
  }

  /** A Flyway for the lokbra schema on {@code dataSource}. */
  static Flyway flyway(DataSource dataSource, Dialect dialect) {
    return configure(dataSource, dialect).load();
  }

  /** The schema version of the database: the highest successful migration, 0 for none. */
  static MigrationVersion current(DataSource dataSource, Dialect dialect) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(dialect.historyTableExists(HISTORY))) {
        if (!rs.next() || rs.getLong(1) == 0) {
          return MigrationVersion.fromVersion("0");
        }
      }
      MigrationVersion max = MigrationVersion.fromVersion("0");
      try (ResultSet rs = s.executeQuery("SELECT version FROM " + HISTORY + " WHERE success AND version IS NOT NULL")) {
        while (rs.next()) {
          MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
          if (v.isNewerThan(max)) {
            max = v;
          }
        }
      }
      return max;
    }
  }

  /**
   * Makes sure the database has the schema this code needs: migrates it (if {@code migrate}) or refuses it,
   * and refuses a schema newer than this code knows. A database without lokbra's schema history is a new store
   * only if it holds no tables at all, unless it is {@code shared}: an application that hands lokbra its own data
   * source gets lokbra's tables beside its own (Flyway's history baselined at 0); a database opened by URI that
   * another application uses is never written into, and a store is created only if {@code create}.
   */
  public static void prepare(DataSource dataSource, Dialect dialect, boolean migrate, boolean create,
      boolean shared, String where) {
    MigrationVersion latest = MigrationVersion.fromVersion(String.valueOf(LATEST));
    try {
      MigrationVersion current = current(dataSource, dialect);
      if (current.equals(MigrationVersion.fromVersion("0")) && !shared) {
        refuseForeignOrMissing(dataSource, create, where);
      }
      if (current.isNewerThan(latest)) {
        throw new StorageException("the database " + where + " has lokbra schema version " + current
            + ", newer than this lokbra-storage-jdbc knows (" + latest + "): it was written by a newer lokbra; "
            + "upgrade lokbra-storage-jdbc to open it");
      }
      if (current.equals(latest)) {
        return;
      }
      if (!migrate) {
        throw new StorageException("the database " + where + " is not migrated: its lokbra schema version is "
            + current + ", this lokbra needs " + latest + "; run JdbcStores.migrate(dataSource) or open it "
            + "without jdbc.migrate=false");
      }
      try {
        flyway(dataSource, dialect).migrate();
      } catch (FlywayException e) {
        // Another process may have migrated the same fresh database at the same moment: look again.
        if (!current(dataSource, dialect).equals(latest)) {
          // Flyway's message is a multi-line report; the database's own error says what went wrong.
          if (Errors.sqlCause(e) != null) {
            throw Errors.translate(e, "migrating the database " + where + " to lokbra schema version " + latest,
                null, false);
          }
          throw new StorageException("cannot migrate the database " + where + " to lokbra schema version "
              + latest + ": " + e.getMessage().lines().findFirst().orElse("Flyway failed"), e);
        }
      }
    } catch (SQLException e) {
      throw Errors.translate(e, "reading the schema version of " + where, null, false);
    }
  }

  /** Migrates the database to the newest schema (for applications that open stores with jdbc.migrate=false). */
  public static void migrate(DataSource dataSource, Dialect dialect, String where) {
    prepare(dataSource, dialect, true, true, true, where);
  }

  /** The most tables a refusal names. */
  private static final int TABLES_NAMED = 5;

  /** Refuses a database without lokbra's history that holds other tables, or (unless {@code create}) none. */
  private static void refuseForeignOrMissing(DataSource dataSource, boolean create, String where)
      throws SQLException {
    List<String> tables = new ArrayList<>();
    String schema;
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      schema = c.getSchema();
      String pattern = schema == null ? null
          : schema.replace("_", meta.getSearchStringEscape() + "_").replace("%", meta.getSearchStringEscape() + "%");
      try (ResultSet rs = meta.getTables(null, pattern, "%", new String[] {"TABLE", "VIEW"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (!name.equalsIgnoreCase(HISTORY) && !name.startsWith("sqlite_")) {
            tables.add(name);
          }
        }
      }
    }
    String in = schema == null ? "the database " + where : "the schema " + schema + " of the database " + where;
    if (!tables.isEmpty()) {
      Collections.sort(tables);
      throw new StorageException(in + " holds " + tables.size() + " tables lokbra did not create ("
          + String.join(", ", tables.subList(0, Math.min(TABLES_NAMED, tables.size())))
          + (tables.size() > TABLES_NAMED ? ", …" : "") + ") and no lokbra store: lokbra will not write into it; "
          + "give lokbra an empty database" + (schema == null ? "" : " or schema (currentSchema=NAME)") + " of its own");
    }
    if (!create) {
      throw new StoreNotFoundException(where, (schema == null ? "the database" : "the schema " + schema)
          + " holds no tables");
    }
  }
}

package se.lokbra.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import se.lokbra.core.StorageException;

/**
 * The schema: Flyway migrations under {@code se/lokbra/storage/jdbc/migration/common} (shared by both databases,
 * with the {@link Dialect}'s placeholders), recorded in the table {@code lokbra_schema_history} so that they do not
 * clash with an application's own Flyway history.
 */
public final class Migrations {
  /** The newest schema version this code knows (the highest {@code V<n>__} migration). */
  public static final int LATEST = 3;
  static final String HISTORY = "lokbra_schema_history";
  static final String LOCATION = "classpath:se/lokbra/storage/jdbc/migration/common";

  private Migrations() {}

  /** The Flyway configuration of the lokbra schema on {@code dataSource} (tests stop it at older versions). */
  static FluentConfiguration configure(DataSource dataSource, Dialect dialect) {
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
   * and refuses a schema newer than this code knows.
   */
  static void prepare(DataSource dataSource, Dialect dialect, boolean migrate, String where) {
    MigrationVersion latest = MigrationVersion.fromVersion(String.valueOf(LATEST));
    try {
      MigrationVersion current = current(dataSource, dialect);
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
          throw new StorageException("cannot migrate the database " + where + " to lokbra schema version "
              + latest + ": " + e.getMessage(), e);
        }
      }
    } catch (SQLException e) {
      throw Errors.translate(e, "reading the schema version of " + where, null, false);
    }
  }

  /** Migrates the database to the newest schema (for applications that open stores with jdbc.migrate=false). */
  static void migrate(DataSource dataSource, Dialect dialect, String where) {
    prepare(dataSource, dialect, true, where);
  }
}

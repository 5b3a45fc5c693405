package se.lokbra.storage.jdbc.internal.sql;

import com.google.common.collect.ImmutableMap;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import se.lokbra.core.ValidationException;

/**
 * What differs between SQLite and PostgreSQL, kept in one place: the column types the shared migrations use (as
 * Flyway placeholders), how a list of ids is passed as one parameter, row locks, and deferring foreign keys.
 * Everything else (tables, queries, upserts, {@code NULLS FIRST}) is the same SQL on both.
 */
public enum Dialect {
  SQLITE("sqlite", ImmutableMap.<String, String>builder()
      .put("text", "TEXT")
      .put("bigint", "INTEGER")
      .put("timestamp", "TEXT")
      .put("date", "TEXT")
      .put("decimal", "TEXT")
      .put("bytes", "BLOB")
      .put("strict", "STRICT")
      .put("nulls_first", "")
      .put("year_of_period_start", "substr(period_start, 1, 4)")
      .put("year_of_period_last_day", "substr(period_last_day, 1, 4)")
      .build()),
  POSTGRESQL("postgresql", ImmutableMap.<String, String>builder()
      // Binary ("C") collation: text sorts by code point, as Sorting requires and as SQLite's BINARY does.
      .put("text", "TEXT COLLATE \"C\"")
      .put("bigint", "BIGINT")
      .put("timestamp", "TIMESTAMPTZ")
      .put("date", "DATE")
      .put("decimal", "NUMERIC")
      .put("bytes", "BYTEA")
      .put("strict", "")
      .put("nulls_first", "NULLS FIRST")
      .put("year_of_period_start", "to_char(period_start, 'YYYY')")
      .put("year_of_period_last_day", "to_char(period_last_day, 'YYYY')")
      .build());

  private final String name;
  private final ImmutableMap<String, String> placeholders;

  Dialect(String name, ImmutableMap<String, String> placeholders) {
    this.name = name;
    this.placeholders = placeholders;
  }

  /** {@code sqlite} or {@code postgresql}, as in the JDBC URL. */
  public String id() {
    return name;
  }

  /** The Flyway placeholders that turn the shared migrations into this dialect's DDL. */
  public ImmutableMap<String, String> placeholders() {
    return placeholders;
  }

  /** The dialect of a database, from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. */
  public static Dialect ofProduct(String productName) {
    String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (p.contains("sqlite")) {
      return SQLITE;
    } else if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new ValidationException("dataSource", productName, "must be a SQLite or PostgreSQL database");
  }

  /** A condition that {@code column} is one of the ids bound (with {@link #bindIds}) to its single parameter. */
  public String anyOf(String column) {
    return this == POSTGRESQL ? column + " = ANY(?)" : column + " IN (SELECT value FROM json_each(?))";
  }

  /** Binds a list of ids as one parameter: a text array on PostgreSQL, a JSON array on SQLite. */
  void bindIds(PreparedStatement statement, int index, Collection<String> ids) throws SQLException {
    if (this == POSTGRESQL) {
      Array array = statement.getConnection().createArrayOf("text", ids.toArray(new String[0]));
      statement.setArray(index, array);
    } else {
      StringBuilder json = new StringBuilder(ids.size() * 40 + 2).append('[');
      for (String id : ids) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append('"');
        for (int i = 0; i < id.length(); i++) {
          char c = id.charAt(i);
          if (c == '"' || c == '\\') {
            json.append('\\');
          }
          json.append(c);
        }
        json.append('"');
      }
      statement.setString(index, json.append(']').toString());
    }
  }

  /**
   * Locks rows read before a write that depends on them. SQLite needs none: an IMMEDIATE transaction holds the
   * database's write lock from its start.
   */
  public String forUpdate() {
    return this == POSTGRESQL ? " FOR UPDATE" : "";
  }

  /** Keeps referenced rows from being deleted until the transaction ends (PostgreSQL); see {@link #forUpdate}. */
  public String forKeyShare() {
    return this == POSTGRESQL ? " FOR KEY SHARE" : "";
  }

  /** Defers foreign-key checks to the commit of the current transaction (for restoring whole data sets). */
  public String deferForeignKeys() {
    return this == POSTGRESQL ? "SET CONSTRAINTS ALL DEFERRED" : "PRAGMA defer_foreign_keys = ON";
  }

  /** A query giving one row with a positive number if the schema history table exists in the current schema. */
  public String historyTableExists(String table) {
    return this == POSTGRESQL ? "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
        + "AND tablename = '" + table + "'"
        : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'";
  }

  /**
   * Whether a write inside a caller's transaction runs in a savepoint, so that a failed call leaves the transaction
   * as it was. On SQLite a transaction goes on after an error, so it needs one; on PostgreSQL an error aborts the
   * whole transaction anyway, and savepoints would only cost round trips.
   */
  public boolean savepointsForNestedWrites() {
    return this == SQLITE;
  }
}

package se.lokbra.storage.jdbc.internal.sql;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import se.lokbra.core.CheckReport;

/**
 * What the database itself can check of a store, by reading only, for {@link se.lokbra.core.LokbraStore#check()}:
 * <ul>
 *   <li>SQLite: {@code PRAGMA integrity_check} (every page, b-tree, index entry and constraint of the file; flipped
 *       bytes in a page show here) and {@code PRAGMA foreign_key_check} (every foreign key resolves).</li>
 *   <li>PostgreSQL, without extensions: every table of the store's schema is read whole, every column of every row
 *       (as text, so that out-of-line TOAST values are read too); a page that does not read shows as an error. If
 *       the {@code amcheck} extension is installed in the database (lokbra never installs it), every b-tree index of
 *       the schema is verified with {@code bt_index_check}. PostgreSQL's heap has no checksums unless the cluster
 *       was initialised with them; then a damaged page fails its read.</li>
 * </ul>
 * An error is a problem of the report, never thrown.
 */
public final class Integrity {
  private static final int MOST_ROWS = 100;

  private Integrity() {}

  /** The problems the database reports; {@code where} names the database in them. */
  public static ImmutableList<CheckReport.Problem> check(Connection connection, Dialect dialect, String where) {
    List<CheckReport.Problem> problems = new ArrayList<>();
    if (dialect == Dialect.SQLITE) {
      sqlite(connection, where, problems);
    } else {
      postgres(connection, where, problems);
    }
    return ImmutableList.copyOf(problems);
  }

  private static void sqlite(Connection connection, String where, List<CheckReport.Problem> problems) {
    String integrity = "SQLite's integrity_check: every page, b-tree, index and constraint of the file must be "
        + "consistent";
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("PRAGMA integrity_check(" + MOST_ROWS + ")")) {
      while (rows.next()) {
        String line = rows.getString(1);
        if (!"ok".equals(line)) {
          problems.add(new CheckReport.Problem(where, line == null ? "(no message)" : line, integrity));
        }
      }
    } catch (SQLException e) {
      problems.add(new CheckReport.Problem(where, "integrity_check failed: " + e.getMessage(), integrity));
      return; // a file that does not pass cannot answer the next question either
    }
    String keys = "SQLite's foreign_key_check: every foreign key must refer to a row";
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("PRAGMA foreign_key_check")) {
      int n = 0;
      while (rows.next() && n++ < MOST_ROWS) {
        problems.add(new CheckReport.Problem(where + ", table " + rows.getString(1), "row " + rows.getString(2)
            + " refers to a missing row of " + rows.getString(3), keys));
      }
    } catch (SQLException e) {
      problems.add(new CheckReport.Problem(where, "foreign_key_check failed: " + e.getMessage(), keys));
    }
  }

  private static void postgres(Connection connection, String where, List<CheckReport.Problem> problems) {
    String readable = "every table of the store must read back, every row";
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
            + "current_schema() ORDER BY tablename")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    } catch (SQLException e) {
      problems.add(new CheckReport.Problem(where, "cannot list the tables: " + e.getMessage(), readable));
      return;
    }
    for (String table : tables) {
      String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
      try (Statement s = connection.createStatement();
          ResultSet rows = s.executeQuery("SELECT count(*), sum(length(t::text)) FROM " + quoted + " AS t")) {
        rows.next();
      } catch (SQLException e) {
        problems.add(new CheckReport.Problem(where + ", table " + table, "does not read: " + e.getMessage(),
            readable));
      }
    }
    // The extension's functions live in the schema it was created in, which need not be on the search path.
    String amcheck = null;
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace "
            + "n ON n.oid = e.extnamespace WHERE e.extname = 'amcheck'")) {
      amcheck = rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      amcheck = null;
    }
    if (amcheck == null) {
      return;
    }
    String function = "\"" + amcheck.replace("\"", "\"\"") + "\".bt_index_check";
    String indexes = "amcheck's bt_index_check: every b-tree index must be consistent";
    List<String> names = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("SELECT c.relname FROM pg_catalog.pg_class c "
            + "JOIN pg_catalog.pg_am a ON a.oid = c.relam JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE c.relkind = 'i' AND a.amname = 'btree' AND n.nspname = current_schema() ORDER BY c.relname")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    } catch (SQLException e) {
      problems.add(new CheckReport.Problem(where, "cannot list the indexes: " + e.getMessage(), indexes));
      return;
    }
    for (String index : names) {
      String quoted = "\"" + index.replace("\"", "\"\"") + "\"";
      try (Statement s = connection.createStatement();
          ResultSet rows = s.executeQuery("SELECT " + function + "('" + quoted.replace("'", "''")
              + "'::regclass)")) {
        rows.next();
      } catch (SQLException e) {
        problems.add(new CheckReport.Problem(where + ", index " + index, e.getMessage(), indexes));
      }
    }
  }
}

package se.lokbra.storage.jdbc.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.lokbra.core.spi.Collation;
import se.lokbra.storage.jdbc.internal.mapping.AggregateMapping;
import se.lokbra.storage.jdbc.internal.sql.Errors;

/**
 * Keeps the stored Swedish sort keys ({@code <text column>_sort_key}, see {@link AggregateMapping#sortKeys})
 * comparable: the collator version they were computed with is recorded in {@code lokbra_metadata} (name
 * {@value #NAME}); when a store opens and the recorded version is not this code's {@link Collation#VERSION} (none
 * yet after migration V4, or a new ICU4J whose collator changed), every key of every row is computed again from
 * its text and the version recorded, in one transaction. SQL cannot compute the keys, which is why this is a step
 * at open and not part of the migration; one code path serves both. Processes that share a database must run the
 * same lokbra (and so the same pinned ICU4J): one with another collator would key its own writes differently.
 */
public final class SortKeys {
  /** The row of {@code lokbra_metadata} that holds the collator version. */
  static final String NAME = "collation";
  private static final int BATCH = 1_000;

  private SortKeys() {}

  /**
   * Computes every sort key again if the database's keys were computed with another collator version than this
   * code's, or none.
   *
   * @return the number of rows keyed again (0 if the keys were current)
   */
  public static int refresh(DataSource dataSource, List<AggregateMapping<?, ?>> mappings, String where) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // The usual case, read outside a transaction: a writing one would wait for SQLite's write lock at every open.
      c.setAutoCommit(true);
      if (Collation.VERSION.equals(recorded(c))) {
        c.setAutoCommit(autoCommit);
        return 0;
      }
      c.setAutoCommit(false);
      try {
        int keyed = refresh(c, mappings);
        c.commit();
        return keyed;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Errors.translate(e, "computing the Swedish sort keys of the database " + where + " ("
          + Collation.VERSION + ")", null, false);
    }
  }

  private static int refresh(Connection c, List<AggregateMapping<?, ?>> mappings) throws SQLException {
    if (Collation.VERSION.equals(recorded(c))) {
      return 0;
    }
    int keyed = 0;
    for (AggregateMapping<?, ?> mapping : mappings) {
      for (AggregateMapping.SortKey key : mapping.sortKeys) {
        keyed += rekey(c, mapping.table, key);
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO lokbra_metadata (name, value) VALUES (?, ?) "
        + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
      s.setString(1, NAME);
      s.setString(2, Collation.VERSION);
      s.executeUpdate();
    }
    return keyed;
  }

  /** The collator version recorded in the database, or null if none. */
  static String recorded(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT value FROM lokbra_metadata WHERE name = ?")) {
      s.setString(1, NAME);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Computes the keys of one column for every row (in id order, so that two processes lock rows alike). */
  private static int rekey(Connection c, String table, AggregateMapping.SortKey key) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, " + key.text() + " FROM " + table + " ORDER BY id")) {
      while (rs.next()) {
        rows.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    String update = "UPDATE " + table + " SET " + key.key().name() + " = ? WHERE id = ?";
    try (PreparedStatement s = c.prepareStatement(update)) {
      int pending = 0;
      for (String[] row : rows) {
        s.setBytes(1, AggregateMapping.SortKey.of(row[1]));
        s.setString(2, row[0]);
        s.addBatch();
        if (++pending == BATCH) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
    return rows.size();
  }
}

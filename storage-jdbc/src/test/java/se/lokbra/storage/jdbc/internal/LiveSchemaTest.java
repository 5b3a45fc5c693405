package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.storage.jdbc.internal.mapping.AggregateMapping;
import se.lokbra.storage.jdbc.internal.mapping.ChildTable;
import se.lokbra.storage.jdbc.internal.mapping.Column;
import se.lokbra.storage.jdbc.internal.schema.Migrations;
import se.lokbra.storage.jdbc.internal.sql.Dialect;
import se.lokbra.storage.jdbc.internal.sql.SqlType;

/**
 * The schema the migrations build, read back from the live database ({@code PRAGMA table_info} on a SQLite file,
 * {@code information_schema.columns} on PostgreSQL), against what the mappings derived from the aggregates' descriptions
 * read and write: the same tables, the same columns in each (both ways, so a field without a migration and a
 * migration without a field both fail), each of a type that holds the column's values, and nullable wherever the
 * mapping may leave it NULL.
 */
class LiveSchemaTest {
  /** A column as the test compares it: its type in the database's own spelling, and whether it may be NULL. */
  record Shape(String type, boolean nullable) {
    @Override
    public String toString() {
      return type + (nullable ? "" : " NOT NULL");
    }
  }

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of(Dialect.SQLITE, (Supplier<URI>) TestDatabases::newSqliteUri),
        Arguments.of(Dialect.POSTGRESQL, (Supplier<URI>) TestDatabases::newPostgresUri));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theMigratedSchemaHasExactlyTheTablesAndColumnsTheMappingsUse(Dialect dialect, Supplier<URI> newUri)
      throws SQLException {
    Map<String, Map<String, Shape>> live;
    try (LokbraStore store = LokbraStores.open(newUri.get())) {
      live = ((JdbcStore) store).jdbis().get(0).withHandle(h -> read(h.getConnection(), dialect));
    }
    Map<String, Map<String, Shape>> mapped = expected(dialect);

    assertThat(live.keySet()).as("the tables of the schema").containsExactlyInAnyOrderElementsOf(mapped.keySet());
    for (Map.Entry<String, Map<String, Shape>> table : mapped.entrySet()) {
      Map<String, Shape> columns = live.get(table.getKey());
      assertThat(columns.keySet()).as("the columns of table %s", table.getKey())
          .containsExactlyInAnyOrderElementsOf(table.getValue().keySet());
      table.getValue().forEach((name, shape) -> {
        Shape actual = columns.get(name);
        assertThat(actual.type()).as("the type of %s.%s", table.getKey(), name).isEqualTo(shape.type());
        if (shape.nullable()) {
          assertThat(actual.nullable()).as("%s.%s, which the mapping may leave NULL, is nullable", table.getKey(),
              name).isTrue();
        }
      });
    }
  }

  /** Every table and column the mappings (and the store's own tables: tombstones, tallies) read and write. */
  private static Map<String, Map<String, Shape>> expected(Dialect dialect) {
    Map<String, Map<String, Shape>> tables = new TreeMap<>();
    for (AggregateMapping<?, ?> m : JdbcStore.mappings()) {
      tables.put(m.table, shapes(dialect, m, m.columns, null));
      for (ChildTable<?, ?> child : m.children) {
        tables.put(child.table, shapes(dialect, m, child.columns, child.parent));
      }
      if (!m.tallyColumns().isEmpty()) {
        tables.put(m.table + "_tally", shapes(dialect, null, List.of(Column.text("dimension"), Column.text("item"),
            Column.bigint("n")), null));
      }
    }
    // What remains of deleted entities (AggregateDao.putTombstones).
    tables.put("tombstone", shapes(dialect, null, List.of(Column.text("kind"), Column.text("id"),
        Column.bigint("version"), Column.instant("created"), Column.instant("deleted")), null));
    // The collator version of the stored sort keys (SortKeys).
    tables.put("lokbra_metadata", shapes(dialect, null, List.of(Column.text("name"), Column.text("value")), null));
    return tables;
  }

  private static Map<String, Shape> shapes(Dialect dialect, AggregateMapping<?, ?> mapping, List<Column<?>> columns,
      Column<String> parent) {
    Map<String, Shape> shapes = new TreeMap<>();
    List<Column<?>> all = new ArrayList<>();
    if (parent != null) {
      all.add(parent);
    }
    all.addAll(columns);
    for (Column<?> c : all) {
      shapes.put(c.name(), new Shape(typeName(dialect, c.type()), mapping != null && mapping.isNullable(c)));
    }
    return shapes;
  }

  /** How the database reports the type of a column that holds values of {@code type} (see the V1 placeholders). */
  private static String typeName(Dialect dialect, SqlType<?> type) {
    if (dialect == Dialect.SQLITE) {
      return type == SqlType.LONG || type == SqlType.INT ? "INTEGER" : type == SqlType.BYTES ? "BLOB" : "TEXT";
    }
    if (type == SqlType.TEXT) {
      return "text";
    } else if (type == SqlType.LONG) {
      return "bigint";
    } else if (type == SqlType.INT) {
      return "integer";
    } else if (type == SqlType.INSTANT) {
      return "timestamp with time zone";
    } else if (type == SqlType.DATE) {
      return "date";
    } else if (type == SqlType.DECIMAL) {
      return "numeric";
    } else if (type == SqlType.BYTES) {
      return "bytea";
    }
    throw new IllegalArgumentException("no column type for " + type);
  }

  /** The tables of the live schema (not Flyway's history) with their columns. */
  private static Map<String, Map<String, Shape>> read(Connection c, Dialect dialect) throws SQLException {
    Map<String, Map<String, Shape>> tables = new TreeMap<>();
    try (Statement s = c.createStatement()) {
      if (dialect == Dialect.SQLITE) {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
          while (rs.next()) {
            names.add(rs.getString(1));
          }
        }
        for (String table : names) {
          Map<String, Shape> columns = new TreeMap<>();
          try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
              // A primary key column of a rowid table may hold NULL in SQLite; STRICT tables refuse it anyway.
              columns.put(rs.getString("name"), new Shape(rs.getString("type"), rs.getInt("notnull") == 0));
            }
          }
          tables.put(table, columns);
        }
      } else {
        try (ResultSet rs = s.executeQuery("SELECT table_name, column_name, data_type, is_nullable FROM "
            + "information_schema.columns WHERE table_schema = current_schema()")) {
          while (rs.next()) {
            tables.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                new Shape(rs.getString(3), rs.getString(4).equals("YES")));
          }
        }
      }
    }
    tables.remove(Migrations.HISTORY);
    tables.remove("sqlite_sequence");
    return tables;
  }
}

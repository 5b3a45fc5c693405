package se.lokbra.storage.jdbc.internal.repository;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import se.lokbra.core.LokbraException;
import se.lokbra.core.StorageException;
import se.lokbra.storage.jdbc.internal.mapping.ChildTable;
import se.lokbra.storage.jdbc.internal.mapping.Column;
import se.lokbra.storage.jdbc.internal.mapping.Values;
import se.lokbra.storage.jdbc.internal.sql.Dialect;
import se.lokbra.storage.jdbc.internal.sql.SqlType;

/**
 * The rows of one child table of an aggregate, read in the aggregate's own statement: a correlated sub-select that
 * aggregates them into one JSON array of arrays ({@code json_group_array(json_array(…))} on SQLite,
 * {@code json_agg(json_build_array(…))} on PostgreSQL), one inner array per row holding the child table's columns.
 * The child tables stay the storage (foreign keys and queries need them); JSON is only how their rows travel. So an
 * aggregate with five child tables is one statement instead of two (the main row, then a UNION ALL of its
 * children), and a read needs no transaction around it.
 *
 * <p>Every value travels as JSON can carry it exactly: texts as strings (SQLite's texts are also how it stores
 * instants, dates and decimals), integers as numbers, PostgreSQL's {@code timestamptz} and {@code date} in the ISO
 * form its JSON gives them, {@code numeric} cast to text (no rounding, no limit on digits), bytes as hex. The rows
 * are parsed with Jackson's streaming parser and put in their table's order (position, or item and position).
 *
 * @param <T> the aggregate
 */
final class JsonChildren<T> {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  final ChildTable<T, ?> child;
  private final Dialect dialect;
  /** The correlated sub-select, to stand in the select list of a query of the main table {@code mainTable}. */
  final String select;
  /** The indexes in {@link ChildTable#columns} of the order keys. */
  private final int[] orderKeys;

  JsonChildren(ChildTable<T, ?> child, String mainTable, Dialect dialect) {
    this.child = child;
    this.dialect = dialect;
    StringBuilder values = new StringBuilder();
    for (Column<?> c : child.columns) {
      values.append(values.length() == 0 ? "" : ", ").append(expression(c, dialect));
    }
    String correlation = " FROM " + child.table + " WHERE " + child.table + "." + child.parent.name() + " = "
        + mainTable + ".id)";
    select = dialect == Dialect.POSTGRESQL
        ? "(SELECT json_agg(json_build_array(" + values + "))" + correlation
        : "(SELECT json_group_array(json_array(" + values + "))" + correlation;
    String[] keys = child.orderBy.split(",\\s*");
    orderKeys = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      orderKeys[k] = -1;
      for (int i = 0; i < child.columns.size(); i++) {
        if (child.columns.get(i).name().equals(keys[k])) {
          orderKeys[k] = i;
        }
      }
      if (orderKeys[k] < 0) {
        throw new IllegalStateException("the order key " + keys[k] + " is no column of " + child.table);
      }
    }
  }

  /** How column {@code c} goes into the JSON array. */
  private static String expression(Column<?> c, Dialect dialect) {
    if (c.type() == SqlType.BYTES) {
      return dialect == Dialect.POSTGRESQL ? "encode(" + c.name() + ", 'hex')" : "hex(" + c.name() + ")";
    }
    if (c.type() == SqlType.DECIMAL && dialect == Dialect.POSTGRESQL) {
      return "CAST(" + c.name() + " AS text)";
    }
    return c.name();
  }

  /** One row of the child table: its values and its order keys. */
  private record Row(Object element, int first, int second) {}

  /**
   * The elements in {@code json} (null: PostgreSQL's aggregate of no rows), in the table's order; {@code parent}
   * names the aggregate in messages.
   */
  List<Object> read(String json, String parent) {
    if (json == null) {
      return List.of();
    }
    try (JsonParser p = JSON.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_ARRAY);
      List<Row> rows = new ArrayList<>();
      boolean sorted = true;
      Row last = null;
      List<Column<?>> columns = child.columns;
      while (p.nextToken() == JsonToken.START_ARRAY) {
        Values values = new Values();
        for (Column<?> c : columns) {
          put(values, c, p);
        }
        expect(p.nextToken(), JsonToken.END_ARRAY);
        Row row = new Row(element(values, parent), key(values, 0), orderKeys.length > 1 ? key(values, 1) : 0);
        if (last != null && (row.first < last.first || row.first == last.first && row.second < last.second)) {
          sorted = false;
        }
        rows.add(row);
        last = row;
      }
      if (!sorted) {
        rows.sort(java.util.Comparator.comparingInt(Row::first).thenComparingInt(Row::second));
      }
      List<Object> elements = new ArrayList<>(rows.size());
      for (Row row : rows) {
        elements.add(row.element);
      }
      return elements;
    } catch (IOException | RuntimeException e) {
      if (e instanceof StorageException s) {
        throw s;
      }
      throw new StorageException("cannot read the rows of table " + child.table + " (parent '" + parent + "'): "
          + e.getMessage(), e);
    }
  }

  private int key(Values values, int k) {
    Object v = values.get(child.columns.get(orderKeys[k]));
    return v instanceof Number n ? n.intValue() : 0;
  }

  private Object element(Values values, String parent) {
    try {
      return child.reader.apply(values);
    } catch (LokbraException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new StorageException("cannot read a row of table " + child.table + " (parent '" + parent + "'): "
          + e.getMessage(), e);
    }
  }

  private static void expect(JsonToken token, JsonToken expected) {
    if (token != expected) {
      throw new IllegalStateException("expected " + expected + " in the JSON of the rows, found " + token);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void put(Values values, Column c, JsonParser p) throws IOException {
    values.set(c, value(c.type(), p));
  }

  /** The next value of the current row, as {@code type}'s Java value; null for JSON null. */
  private Object value(SqlType<?> type, JsonParser p) throws IOException {
    JsonToken token = p.nextToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == null || token.isStructStart() || token.isStructEnd()) {
      throw new IllegalStateException("expected a value in the JSON of the rows, found " + token);
    }
    if (type == SqlType.TEXT) {
      return p.getText();
    } else if (type == SqlType.INT) {
      return token == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : Integer.valueOf(p.getText());
    } else if (type == SqlType.LONG) {
      return token == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : Long.valueOf(p.getText());
    } else if (type == SqlType.INSTANT) {
      return SqlType.parseInstant(p.getText());
    } else if (type == SqlType.DATE) {
      return SqlType.parseDate(p.getText());
    } else if (type == SqlType.DECIMAL) {
      return new BigDecimal(p.getText());
    } else if (type == SqlType.BYTES) {
      return HexFormat.of().parseHex(p.getText());
    }
    throw new IllegalStateException("no JSON reading for a column of type " + type);
  }
}

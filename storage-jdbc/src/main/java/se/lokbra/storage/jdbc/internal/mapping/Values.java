package se.lokbra.storage.jdbc.internal.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.StorageException;
import se.lokbra.storage.jdbc.internal.sql.Dialect;

/**
 * The values of one row, by column: filled by a mapping to be written, or read from a result set. Reading converts
 * each column once, so mappings work with Java values only.
 */
public final class Values {
  /**
   * The columns and their values, side by side, found by identity with a linear search from where the last one
   * ended: a row has a few dozen columns at most, and a child row two or three, for which a hash map's table cost
   * more than the search.
   */
  private Column<?>[] columns;
  private Object[] values;
  private int size;

  public Values() {
    this(8);
  }

  private Values(int capacity) {
    columns = new Column<?>[capacity];
    values = new Object[capacity];
  }

  /** Where the last search ended: mappings mostly ask for the columns in their order, so the next is tried first. */
  private int cursor;

  private int indexOf(Column<?> column) {
    for (int k = 0; k < size; k++) {
      int i = cursor + k < size ? cursor + k : cursor + k - size;
      if (columns[i] == column) {
        cursor = i + 1 < size ? i + 1 : 0;
        return i;
      }
    }
    return -1;
  }

  private void put(Column<?> column, Object value) {
    int i = indexOf(column);
    if (i >= 0) {
      values[i] = value;
      return;
    }
    append(column, value);
  }

  private void append(Column<?> column, Object value) {
    if (size == columns.length) {
      columns = java.util.Arrays.copyOf(columns, size * 2);
      values = java.util.Arrays.copyOf(values, size * 2);
    }
    columns[size] = column;
    values[size++] = value;
  }

  public <V> Values set(Column<V> column, V value) {
    put(column, value);
    return this;
  }

  public <V> Values set(Column<V> column, Optional<? extends V> value) {
    put(column, value.orElse(null));
    return this;
  }

  /** The value, or null for SQL NULL. */
  @SuppressWarnings("unchecked")
  public <V> V get(Column<V> column) {
    int i = indexOf(column);
    return i < 0 ? null : (V) values[i];
  }

  /** The value, which must not be NULL. */
  public <V> V required(Column<V> column) {
    V value = get(column);
    if (value == null) {
      throw new StorageException("column " + column.name() + " is unexpectedly NULL");
    }
    return value;
  }

  <V> Optional<V> optional(Column<V> column) {
    return Optional.ofNullable(get(column));
  }

  boolean has(Column<?> column) {
    return indexOf(column) >= 0;
  }

  /** Reads {@code columns} from the current row, starting at result column {@code first} (1-based). */
  public static Values read(Dialect dialect, ResultSet rs, List<Column<?>> columns, int first) throws SQLException {
    Values v = new Values(Math.max(1, columns.size()));
    for (int i = 0; i < columns.size(); i++) {
      Column<?> c = columns.get(i);
      v.append(c, c.type().get(dialect, rs, first + i)); // a table's columns are distinct
    }
    return v;
  }
}

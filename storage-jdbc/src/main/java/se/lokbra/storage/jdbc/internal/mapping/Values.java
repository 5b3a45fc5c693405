package se.lokbra.storage.jdbc.internal.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lokbra.core.StorageException;
import se.lokbra.storage.jdbc.internal.sql.Dialect;

/**
 * The values of one row, by column: filled by a mapping to be written, or read from a result set. Reading converts
 * each column once, so mappings work with Java values only.
 */
public final class Values {
  private final Map<Column<?>, Object> values = new IdentityHashMap<>();

  public <V> Values set(Column<V> column, V value) {
    values.put(column, value);
    return this;
  }

  public <V> Values set(Column<V> column, Optional<? extends V> value) {
    values.put(column, value.orElse(null));
    return this;
  }

  /** The value, or null for SQL NULL. */
  @SuppressWarnings("unchecked")
  public <V> V get(Column<V> column) {
    return (V) values.get(column);
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
    return values.containsKey(column);
  }

  /** Reads {@code columns} from the current row, starting at result column {@code first} (1-based). */
  public static Values read(Dialect dialect, ResultSet rs, List<Column<?>> columns, int first) throws SQLException {
    Values v = new Values();
    for (int i = 0; i < columns.size(); i++) {
      Column<?> c = columns.get(i);
      v.values.put(c, c.type().get(dialect, rs, first + i));
    }
    return v;
  }
}

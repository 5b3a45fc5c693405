package se.lokbra.storage.jdbc.internal.mapping;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table holding one collection of an aggregate (its identifiers, memberships, agenda items, …): one row per
 * element, keyed by the parent's id and the element's position, so that order survives. The aggregate's mapping
 * says how an element becomes a row and back.
 *
 * <p>A table of the parts others refer to (the causes of a problem) is keyed by the parent's id and the part's
 * {@link #key} instead, and still ordered by position. Foreign keys point at its rows, so saving the parent again
 * updates them in place and deletes only the dropped ones, instead of replacing them all.
 *
 * @param <T> the aggregate
 * @param <E> the element
 */
public final class ChildTable<T, E> {
  /** Writes one element (at {@code index} in its collection) into a row. */
  public interface Writer<E> {
    void write(E element, int index, Values row);
  }

  public final String table;
  public final Column<String> parent;
  public final ImmutableList<Column<?>> columns;
  public final String orderBy;
  public final Function<T, ? extends Collection<E>> elements;
  public final Writer<E> writer;
  public final Function<Values, E> reader;
  /** The part key of a keyed table (one of {@link #columns}), or null for a table keyed by position. */
  public final Column<String> key;

  ChildTable(String table, Column<String> parent, List<Column<?>> columns, String orderBy,
      Function<T, ? extends Collection<E>> elements, Writer<E> writer, Function<Values, E> reader) {
    this(table, parent, columns, orderBy, elements, writer, reader, null);
  }

  private ChildTable(String table, Column<String> parent, List<Column<?>> columns, String orderBy,
      Function<T, ? extends Collection<E>> elements, Writer<E> writer, Function<Values, E> reader,
      Column<String> key) {
    this.table = table;
    this.parent = parent;
    this.columns = ImmutableList.copyOf(columns);
    this.orderBy = orderBy;
    this.elements = elements;
    this.writer = writer;
    this.reader = reader;
    this.key = key;
    if (key != null && !this.columns.contains(key)) {
      throw new IllegalArgumentException("the key " + key.name() + " must be a column of " + table);
    }
  }

  /** A child table ordered by its {@code position} column. */
  static <T, E> ChildTable<T, E> of(String table, Column<String> parent, List<Column<?>> columns,
      Function<T, ? extends Collection<E>> elements, Writer<E> writer, Function<Values, E> reader) {
    return new ChildTable<>(table, parent, columns, "position", elements, writer, reader);
  }

  /** A child table of parts, keyed by the parent and {@code key}, ordered by its {@code position} column. */
  static <T, E> ChildTable<T, E> keyed(String table, Column<String> parent, Column<String> key,
      List<Column<?>> columns, Function<T, ? extends Collection<E>> elements, Writer<E> writer,
      Function<Values, E> reader) {
    return new ChildTable<>(table, parent, columns, "position", elements, writer, reader, key);
  }

  /** The insert of one row; for a keyed table an upsert, which keeps a kept part's row (and what refers to it). */
  public String insertSql() {
    String insert = "INSERT INTO " + table + " (" + parent.name() + ", " + names() + ") VALUES (?"
        + ", ?".repeat(columns.size()) + ")";
    if (key == null) {
      return insert;
    }
    return insert + " ON CONFLICT (" + parent.name() + ", " + key.name() + ") DO UPDATE SET "
        + columns.stream().filter(c -> c != key).map(c -> c.name() + " = excluded." + c.name())
            .collect(Collectors.joining(", "));
  }

  /** Rows of the parents whose ids are bound to the condition's parameters, in parent and position order. */
  public String selectSql(String parentCondition) {
    return "SELECT " + parent.name() + ", " + names() + " FROM " + table
        + (parentCondition == null ? "" : " WHERE " + parentCondition) + " ORDER BY " + parent.name() + ", "
        + orderBy;
  }

  private String names() {
    return columns.stream().map(Column::name).collect(Collectors.joining(", "));
  }
}

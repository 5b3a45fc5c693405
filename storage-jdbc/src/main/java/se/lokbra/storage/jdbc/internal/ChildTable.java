package se.lokbra.storage.jdbc.internal;

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
 * @param <T> the aggregate
 * @param <E> the element
 */
final class ChildTable<T, E> {
  /** Writes one element (at {@code index} in its collection) into a row. */
  interface Writer<E> {
    void write(E element, int index, Values row);
  }

  final String table;
  final Column<String> parent;
  final ImmutableList<Column<?>> columns;
  final String orderBy;
  final Function<T, ? extends Collection<E>> elements;
  final Writer<E> writer;
  final Function<Values, E> reader;

  ChildTable(String table, Column<String> parent, List<Column<?>> columns, String orderBy,
      Function<T, ? extends Collection<E>> elements, Writer<E> writer, Function<Values, E> reader) {
    this.table = table;
    this.parent = parent;
    this.columns = ImmutableList.copyOf(columns);
    this.orderBy = orderBy;
    this.elements = elements;
    this.writer = writer;
    this.reader = reader;
  }

  /** A child table ordered by its {@code position} column. */
  static <T, E> ChildTable<T, E> of(String table, Column<String> parent, List<Column<?>> columns,
      Function<T, ? extends Collection<E>> elements, Writer<E> writer, Function<Values, E> reader) {
    return new ChildTable<>(table, parent, columns, "position", elements, writer, reader);
  }

  String insertSql() {
    return "INSERT INTO " + table + " (" + parent.name() + ", " + names() + ") VALUES (?"
        + ", ?".repeat(columns.size()) + ")";
  }

  /** Rows of the parents whose ids are bound to the condition's parameters, in parent and position order. */
  String selectSql(String parentCondition) {
    return "SELECT " + parent.name() + ", " + names() + " FROM " + table
        + (parentCondition == null ? "" : " WHERE " + parentCondition) + " ORDER BY " + parent.name() + ", "
        + orderBy;
  }

  private String names() {
    return columns.stream().map(Column::name).collect(Collectors.joining(", "));
  }
}

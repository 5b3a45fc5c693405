package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Revision;

/**
 * The one place that maps an aggregate to its rows and back: the columns of its main table, its child tables, and
 * which column each sort property orders by. The SQL is generated from this description ({@link AggregateDao}).
 *
 * @param <T> the aggregate
 * @param <I> its id type
 */
abstract class AggregateMapping<T extends Aggregate<I, T>, I extends EntityId> {
  static final Column<String> ID = Column.text("id");
  static final Column<Long> VERSION = Column.bigint("version");
  static final Column<Instant> CREATED = Column.instant("created");
  static final Column<Instant> MODIFIED = Column.instant("modified");
  static final Column<Integer> POSITION = Column.integer("position");

  /** The children of one parent, by child table. */
  static final class Children {
    static final Children NONE = new Children();
    private final Map<ChildTable<?, ?>, List<?>> lists = new IdentityHashMap<>();

    void put(ChildTable<?, ?> table, List<?> elements) {
      lists.put(table, elements);
    }

    /** Appends one element to the list of {@code table}. */
    @SuppressWarnings("unchecked")
    void add(ChildTable<?, ?> table, Object element) {
      ((List<Object>) lists.computeIfAbsent(table, t -> new ArrayList<>())).add(element);
    }

    @SuppressWarnings("unchecked")
    <E> List<E> of(ChildTable<?, E> table) {
      List<?> list = lists.get(table);
      return list == null ? List.of() : (List<E>) list;
    }
  }

  final AggregateKind kind;
  final String table;
  /** Every column of the main table, id, version, created and modified first. */
  final ImmutableList<Column<?>> columns;
  final ImmutableList<ChildTable<T, ?>> children;
  /** Sort property to column. */
  final ImmutableMap<String, Column<?>> sortColumns;
  /** Sort columns that may be NULL (ordered explicitly; the others leave NULLS out so indexes serve the order). */
  final ImmutableSet<Column<?>> nullableSortColumns;
  /** The child table of the parts others refer to ({@link Aggregate#parts()}), or null if the aggregate has none. */
  final ChildTable<T, ?> parts;

  AggregateMapping(AggregateKind kind, String table, List<Column<?>> columns, List<ChildTable<T, ?>> children,
      Map<String, Column<?>> sortColumns, Set<Column<?>> nullableSortColumns) {
    this.kind = kind;
    this.table = table;
    this.columns = ImmutableList.<Column<?>>builder().add(ID, VERSION, CREATED, MODIFIED).addAll(columns).build();
    this.children = ImmutableList.copyOf(children);
    this.sortColumns = ImmutableMap.<String, Column<?>>builder().put("id", ID).put("created", CREATED)
        .put("modified", MODIFIED).putAll(sortColumns).build();
    this.nullableSortColumns = ImmutableSet.copyOf(nullableSortColumns);
    this.parts = this.children.stream().filter(c -> c.key != null).findFirst().orElse(null);
  }

  /**
   * The value of the {@code kind} column of this aggregate's tombstones: its table's name (the same as the kind's
   * singular for the aggregates of schema version 1, and free of spaces for the later ones).
   */
  String tombstoneKind() {
    return table;
  }

  /**
   * The columns of the main row that its {@link Tally tallies} are computed from; empty (the default) if the table
   * keeps none.
   */
  ImmutableList<Column<?>> tallyColumns() {
    return ImmutableList.of();
  }

  /** The tallies a main row counts in, from its {@link #tallyColumns} (read from the database or written). */
  List<Tally> tallies(Values row) {
    return List.of();
  }

  /** Writes the entity's own values (not id and revision) into its main row. */
  abstract void write(T entity, Values row);

  /** Rebuilds the entity from its main row and children. */
  abstract T read(Values row, Children children);

  abstract I id(String value);

  /** The revision stored in a main row. */
  static Revision revision(Values row) {
    return Revision.of(row.required(VERSION), row.required(CREATED), row.required(MODIFIED));
  }
}

package se.lokbra.storage.jdbc.internal.mapping;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.StorageException;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Cardinality;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Revision;
import se.lokbra.core.spi.Collation;
import se.lokbra.storage.jdbc.internal.repository.AggregateDao;
import se.lokbra.storage.jdbc.internal.repository.Tally;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.SqlType;

/**
 * The one place that maps an aggregate to its rows and back, derived once from its {@link AggregateType
 * description} and its declared {@link Layout overrides}: the columns of its main table, its child tables, and
 * which column each sort property orders by. The SQL is generated from this mapping ({@link AggregateDao}).
 *
 * <p>The rules, which give the tables of schema versions 1 to 3 except where {@link Layouts} says otherwise:
 * <ul>
 *   <li>The main table is the singular in snake_case ({@code situation_picture}), with {@code id}, {@code version},
 *       {@code created} and {@code modified} first.
 *   <li>A field of one or an optional scalar is a column named in snake_case ({@code targetProblem} →
 *       {@code target_problem}); an id (a reference) is {@code <field>_id}; a zoned date-time is
 *       {@code <field>_at} (the instant) and {@code <field>_zone}. Text, codes, ids and enums are text (their
 *       canonical form), integers and years integers, decimals, dates and instants their {@link SqlType}.
 *   <li>A {@link DateSpan} is the five {@link PeriodColumns} {@code <field>_start}, … {@code <field>_last_day}.
 *   <li>Any other composite value of one or optional is flattened into its parent's row, its fields prefixed with
 *       {@code <field>_} ({@code baseline_date}); an optional one is absent when the column of its first required
 *       field is NULL.
 *   <li>A list or set is a child table {@code <table>_<singular of the field>} ({@code measure_follow_up}), keyed
 *       by {@code <table>_id} and {@code position}; its scalar elements are one column (an id
 *       {@code <target table>_id}, otherwise the singular of the field: {@code municipality}); its composite
 *       elements are their fields' columns. The parts others refer to ({@link AggregateType#partsField}) are keyed
 *       by their part key instead ({@link ChildTable#keyed}). A list inside a composite element is a grandchild
 *       table {@code <child table>_<singular>} keyed by the parent's id, {@code <last word of the child
 *       table>_position} and {@code position} ({@code meeting_agenda_item_measure.item_position}).
 *   <li>The part field of a {@link CompositeType#partReference part reference} is {@code <field>_<part key>}
 *       ({@code cause_key}) and names the kind it is a part of.
 * </ul>
 * Everything is worked out when the store opens; reading and writing a row runs through arrays of precomputed
 * slots and the descriptor's getters and constructor handles, with no reflection.
 *
 * @param <T> the aggregate
 * @param <I> its id type
 */
public final class AggregateMapping<T extends Aggregate<I, T>, I extends EntityId> {
  public static final Column<String> ID = Column.text("id");
  public static final Column<Long> VERSION = Column.bigint("version");
  public static final Column<Instant> CREATED = Column.instant("created");
  public static final Column<Instant> MODIFIED = Column.instant("modified");
  static final Column<Integer> POSITION = Column.integer("position");

  /** What a sort key column's name adds to its text column's. */
  static final String SORT_KEY_SUFFIX = "_sort_key";

  /**
   * The sort key column {@code key} of the text column {@code text}.
   *
   * @param text the name of the text column
   * @param key the column of its sort key
   */
  public record SortKey(String text, Column<byte[]> key) {
    /** The sort key of a text, or null for none. */
    public static byte @Nullable [] of(@Nullable String text) {
      return text == null ? null : Collation.sortKey(text);
    }
  }

  /** The children of one parent, by child table. */
  public static final class Children {
    public static final Children NONE = new Children();
    private final Map<ChildTable<?, ?>, List<?>> lists = new IdentityHashMap<>();

    public void put(ChildTable<?, ?> table, List<?> elements) {
      lists.put(table, elements);
    }

    /** Appends one element to the list of {@code table}. */
    @SuppressWarnings("unchecked")
    public void add(ChildTable<?, ?> table, Object element) {
      ((List<Object>) lists.computeIfAbsent(table, t -> new ArrayList<>())).add(element);
    }

    @SuppressWarnings("unchecked")
    <E> List<E> of(ChildTable<?, E> table) {
      List<?> list = lists.get(table);
      return list == null ? List.of() : (List<E>) list;
    }
  }

  public final AggregateKind kind;
  final AggregateType<T, I> type;
  public final String table;
  /** Every column of the main table, id, version, created and modified first. */
  public final ImmutableList<Column<?>> columns;
  /** The child tables, each grandchild table right after its child table. */
  public final ImmutableList<ChildTable<T, ?>> children;
  /** Sort property to column. */
  public final ImmutableMap<String, Column<?>> sortColumns;
  /** Sort columns that may be NULL (ordered explicitly; the others leave NULLS out so indexes serve the order). */
  public final ImmutableSet<Column<?>> nullableSortColumns;
  /**
   * Text sort property ({@link AggregateType#textSortKeys}) to the column of its Swedish {@link Collation#sortKey
   * sort key}, {@code <text column>_sort_key}: written with the text, never read back; Swedish order is this
   * column and then the text column. NULL exactly where the text is (after the store has {@link #sortKeys keyed}
   * the rows a migration added it to).
   */
  public final ImmutableMap<String, Column<byte[]>> sortKeyColumns;
  /** The sort key columns, each with the text column it is computed from. */
  public final ImmutableList<SortKey> sortKeys;
  /** For each of the {@link #sortKeys}: the text it is computed from, from the entity. */
  private final Function<? super T, ?>[] sortKeyTexts;
  /** The child table of the parts others refer to ({@link Aggregate#parts()}), or null if the aggregate has none. */
  public final ChildTable<T, ?> parts;
  /** Every column of every table of this aggregate that the mapping may leave NULL. */
  private final Set<Column<?>> nullable;
  private final ImmutableList<Column<?>> tallyColumns;
  private final Layout.Tallies tallies;
  private final ImmutableList<Layout.Extra<?>> extras;
  /** The fields, in order, each with its slot in the main row or its child table (the other null). */
  private final Field<T, ?>[] fields;
  private final Slot[] slots;
  private final ChildTable<T, ?>[] tables;
  /** The slot of one element in the child table of a field that is a collection of scalars; null for others. */
  private final Slot[] elements;
  /** For a child table of composites with lists of their own: the grandchild tables, by field index. */
  private final Nested[][] nested;

  @SuppressWarnings({"unchecked", "rawtypes"})
  public AggregateMapping(AggregateType<T, I> type, Layout layout) {
    this.type = type;
    this.kind = type.kind();
    this.table = tableName(kind);
    Deriver d = new Deriver(layout);
    List<Field<T, ?>> all = type.fields();
    fields = all.toArray(new Field[0]);
    slots = new Slot[fields.length];
    tables = new ChildTable[fields.length];
    elements = new Slot[fields.length];
    nested = new Nested[fields.length][];
    List<Column<?>> main = new ArrayList<>();
    List<ChildTable<T, ?>> childTables = new ArrayList<>();
    Column<String> parentColumn = Column.text(table + "_id");
    ChildTable<T, ?> partsTable = null;
    for (int i = 0; i < fields.length; i++) {
      Field<T, ?> field = fields[i];
      if (field.cardinality().isCollection()) {
        boolean isParts = type.partsField().map(p -> p == field).orElse(false);
        tables[i] = d.childTable(field, parentColumn, isParts, childTables);
        nested[i] = d.lastNested;
        elements[i] = d.lastElement;
        if (isParts) {
          partsTable = tables[i];
        }
      } else {
        slots[i] = d.slot(field, field.name(), "", false);
        main.addAll(slots[i].columns);
      }
    }
    this.extras = layout.extraColumns();
    extras.forEach(e -> main.add(e.column()));
    ImmutableMap.Builder<String, Column<byte[]>> keys = ImmutableMap.builder();
    List<SortKey> sortKeyList = new ArrayList<>();
    List<Function<? super T, ?>> sortKeyTexts = new ArrayList<>();
    for (String property : type.textSortKeys()) {
      Column<?> text = slots[all.indexOf(type.field(property))].columns.get(0);
      Column<byte[]> key = Column.bytes(text.name() + SORT_KEY_SUFFIX);
      // Nullable in the schema: the migration that added these columns (V4) leaves them NULL until the store
      // opens and keys the rows (SortKeys); from then on a key is NULL exactly where its text is.
      d.nullable.add(key);
      keys.put(property, key);
      sortKeyList.add(new SortKey(text.name(), key));
      sortKeyTexts.add(type.sortKeys().get(property));
      main.add(key);
    }
    this.sortKeyColumns = keys.buildOrThrow();
    this.sortKeys = ImmutableList.copyOf(sortKeyList);
    this.sortKeyTexts = sortKeyTexts.toArray(new Function[0]);
    this.columns = ImmutableList.<Column<?>>builder().add(ID, VERSION, CREATED, MODIFIED).addAll(main).build();
    checkUnique(table, columns);
    this.children = ImmutableList.copyOf(childTables);
    this.parts = partsTable;
    this.nullable = d.nullable;

    ImmutableMap.Builder<String, Column<?>> sort = ImmutableMap.<String, Column<?>>builder().put("id", ID)
        .put("created", CREATED).put("modified", MODIFIED);
    for (String property : type.sortKeys().keySet()) {
      if (property.equals("id") || property.equals("created") || property.equals("modified")) {
        continue;
      }
      String declared = layout.sortColumns().get(property);
      Column<?> column;
      if (declared != null) {
        column = mainColumn(declared);
      } else {
        int index = all.indexOf(type.field(property));
        if (slots[index] == null) {
          throw new IllegalStateException(type.singular() + " sorts by " + property + ", a collection");
        }
        column = slots[index].columns.get(0);
      }
      sort.put(property, column);
    }
    for (String property : layout.sortColumns().keySet()) {
      if (!type.sortKeys().containsKey(property)) {
        throw new IllegalStateException("the layout of " + type.singular() + " declares a column for sort property "
            + property + ", which it does not have (sort keys: " + type.sortKeys().keySet() + ")");
      }
    }
    this.sortColumns = sort.buildOrThrow();
    this.nullableSortColumns = sortColumns.values().stream().filter(nullable::contains)
        .collect(ImmutableSet.toImmutableSet());
    this.tallies = layout.tallies();
    this.tallyColumns = tallies == null ? ImmutableList.of()
        : tallies.columns().stream().map(this::mainColumn).collect(ImmutableList.toImmutableList());
    d.checkAllUsed(type);
  }

  /**
   * The condition of {@code Repository.findBy}: the entity's {@code field} holds {@code value} (equals it, or for a
   * collection contains it), adding its parameter. The field must be queryable (checked by the caller).
   */
  public String whereHolds(Field<T, ?> field, Object value, Params params) {
    int i = type.fields().indexOf(field);
    if (i >= 0 && slots[i] instanceof ScalarSlot<?, ?> slot) {
      return slot.equalTo(value, params);
    }
    if (i >= 0 && tables[i] != null && elements[i] instanceof ScalarSlot<?, ?> element) {
      return "id IN (SELECT " + tables[i].parent.name() + " FROM " + tables[i].table + " WHERE "
          + element.equalTo(value, params) + ")";
    }
    throw new IllegalArgumentException("the " + type.singular() + " field " + field.name()
        + " is not held in a column of its own");
  }

  /** The table of an aggregate: its singular, words joined by {@code _}. */
  static String tableName(AggregateKind kind) {
    return kind.singular().replace(' ', '_');
  }

  private Column<?> mainColumn(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalStateException("the layout of " + type.singular() + " names column " + name + ", which table "
            + table + " does not have"));
  }

  private static void checkUnique(String table, List<Column<?>> columns) {
    Set<String> names = new HashSet<>();
    for (Column<?> c : columns) {
      if (!names.add(c.name())) {
        throw new IllegalStateException("table " + table + " would have two columns " + c.name());
      }
    }
  }

  /**
   * The value of the {@code kind} column of this aggregate's tombstones: its table's name (the same as the kind's
   * singular for the aggregates of schema version 1, and free of spaces for the later ones).
   */
  public String tombstoneKind() {
    return table;
  }

  /** True if the mapping may leave {@code column} (of any of its tables) NULL. */
  public boolean isNullable(Column<?> column) {
    return nullable.contains(column);
  }

  /**
   * The columns of the main row that its {@link Tally tallies} are computed from; empty if the table keeps none.
   */
  public ImmutableList<Column<?>> tallyColumns() {
    return tallyColumns;
  }

  /** The tallies a main row counts in, from its {@link #tallyColumns} (read from the database or written). */
  public List<Tally> tallies(Values row) {
    if (tallies == null) {
      return List.of();
    }
    Object[] values = new Object[tallyColumns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(tallyColumns.get(i));
    }
    return tallies.of(table, values);
  }

  /** Writes the entity's own values (not id and revision) into its main row. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void write(T entity, Values row) {
    for (int i = 0; i < fields.length; i++) {
      Slot slot = slots[i];
      if (slot != null) {
        slot.write(unwrap(fields[i], fields[i].get(entity)), row);
      }
    }
    for (Layout.Extra extra : extras) {
      row.set(extra.column(), extra.value().apply(entity));
    }
    for (int i = 0; i < sortKeyTexts.length; i++) {
      row.set(sortKeys.get(i).key(), SortKey.of((String) sortKeyTexts[i].apply(entity)));
    }
  }

  /** Rebuilds the entity from its main row and children. */
  public T read(Values row, Children children) {
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      Field<T, ?> field = fields[i];
      if (slots[i] != null) {
        values[i] = wrap(field, slots[i].read(row));
      } else {
        List<?> elements = children.of(tables[i]);
        if (nested[i] != null) {
          elements = Nested.complete(tables[i], (CompositeType<?>) field.type(), nested[i], elements, children);
        }
        values[i] = fromValues(field, elements);
      }
    }
    return type.construct(id(row.required(ID)), revision(row), values);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fromValues(Field field, Collection<?> elements) {
    return field.fromValues(elements);
  }

  public I id(String value) {
    return type.id(value);
  }

  /** The revision stored in a main row. */
  static Revision revision(Values row) {
    return Revision.of(row.required(VERSION), row.required(CREATED), row.required(MODIFIED));
  }

  /** A value in field form as a slot takes it: an optional's content or null. */
  private static Object unwrap(Field<?, ?> field, Object value) {
    return field.cardinality() == Cardinality.OPTIONAL ? ((Optional<?>) value).orElse(null) : value;
  }

  /** What a slot read as the field's value in field form. */
  private static Object wrap(Field<?, ?> field, Object value) {
    return field.cardinality() == Cardinality.OPTIONAL ? Optional.ofNullable(value) : value;
  }

  /** Snake case of a camel-case name: {@code followUpDates} → {@code follow_up_dates}. */
  static String snake(String camel) {
    StringBuilder s = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        s.append('_').append(Character.toLowerCase(c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** The singular of an English plural as fields spell them: {@code parties} → {@code party}. */
  static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    return plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
  }

  // ---------------------------------------------------------------- slots: values in the columns of one row

  /** How one value (no collection; null for none) maps to some columns of a row. */
  abstract static class Slot {
    final ImmutableList<Column<?>> columns;

    Slot(List<Column<?>> columns) {
      this.columns = ImmutableList.copyOf(columns);
    }

    abstract void write(Object value, Values row);

    /** The value, or null if the columns hold none. */
    abstract Object read(Values row);
  }

  /** A scalar in one column, converted to and from the column's type. */
  private static final class ScalarSlot<V, C> extends Slot {
    private final Column<C> column;
    private final Function<V, C> toColumn;
    private final Function<C, V> fromColumn;

    ScalarSlot(Column<C> column, Function<V, C> toColumn, Function<C, V> fromColumn) {
      super(List.of(column));
      this.column = column;
      this.toColumn = toColumn;
      this.fromColumn = fromColumn;
    }

    @Override
    @SuppressWarnings("unchecked")
    void write(Object value, Values row) {
      row.set(column, value == null ? null : toColumn.apply((V) value));
    }

    @Override
    Object read(Values row) {
      C stored = row.get(column);
      return stored == null ? null : fromColumn.apply(stored);
    }

    /** {@code column = ?}, adding {@code value} in the column's form. */
    @SuppressWarnings("unchecked")
    String equalTo(Object value, Params params) {
      params.add(column.type(), toColumn.apply((V) value));
      return column.name() + " = ?";
    }
  }

  /** A zoned date-time as its instant and its zone id. */
  private static final class ZonedSlot extends Slot {
    private final Column<Instant> at;
    private final Column<String> zone;

    ZonedSlot(Column<Instant> at, Column<String> zone) {
      super(List.of(at, zone));
      this.at = at;
      this.zone = zone;
    }

    @Override
    void write(Object value, Values row) {
      ZonedDateTime t = (ZonedDateTime) value;
      row.set(at, t == null ? null : t.toInstant()).set(zone, t == null ? null : t.getZone().getId());
    }

    @Override
    Object read(Values row) {
      Instant instant = row.get(at);
      return instant == null ? null : ZonedDateTime.ofInstant(instant, ZoneId.of(row.required(zone)));
    }
  }

  /** A date span as its {@link PeriodColumns}. */
  private static final class PeriodSlot extends Slot {
    private final PeriodColumns period;

    PeriodSlot(PeriodColumns period) {
      super(period.all());
      this.period = period;
    }

    @Override
    void write(Object value, Values row) {
      period.write(Optional.ofNullable((DateSpan) value), row);
    }

    @Override
    Object read(Values row) {
      return period.read(row).orElse(null);
    }
  }

  /** A composite flattened into its parent's row: its fields' slots, and for an optional one its presence column. */
  private static final class CompositeSlot extends Slot {
    private final CompositeType<?> type;
    private final Field<?, ?>[] fields;
    private final Slot[] slots;
    private final Column<?> presence;

    CompositeSlot(CompositeType<?> type, Slot[] slots, Column<?> presence) {
      super(java.util.Arrays.stream(slots).flatMap(s -> s.columns.stream()).toList());
      this.type = type;
      this.fields = type.fields().toArray(new Field<?, ?>[0]);
      this.slots = slots;
      this.presence = presence;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    void write(Object value, Values row) {
      for (int i = 0; i < slots.length; i++) {
        slots[i].write(value == null ? null : unwrap(fields[i], ((Field) fields[i]).get(value)), row);
      }
    }

    @Override
    Object read(Values row) {
      if (presence != null && row.get(presence) == null) {
        return null;
      }
      Object[] values = new Object[slots.length];
      for (int i = 0; i < slots.length; i++) {
        values[i] = wrap(fields[i], slots[i].read(row));
      }
      return type.construct(values);
    }
  }

  // ---------------------------------------------------------------- child rows

  /** The row of one composite element with lists of its own: its values so far, the lists filled in later. */
  private record Pending(Object[] values) {}

  /** One element of a list inside the {@code item}-th element of a child table, at {@code position}. */
  private record Element(int item, int position, Object value) {}

  /** A grandchild table: one list field of the elements of a child table. */
  private record Nested(int field, Field<?, ?> list, ChildTable<?, Element> table) {
    /** The elements of a child table of pending rows, their lists filled from the grandchild tables. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Object> complete(ChildTable<?, ?> table, CompositeType<?> type, Nested[] nested, List<?> rows,
        Children children) {
      List<Pending> pending = (List<Pending>) rows;
      for (Nested n : nested) {
        List<List<Object>> lists = new ArrayList<>(pending.size());
        pending.forEach(p -> lists.add(new ArrayList<>()));
        for (Element e : children.of(n.table())) {
          if (e.item() < 0 || e.item() >= lists.size()) {
            throw new StorageException("a row of table " + n.table().table + " belongs to element " + e.item()
                + " of table " + table.table + ", which has " + lists.size());
          }
          lists.get(e.item()).add(e.value());
        }
        for (int i = 0; i < pending.size(); i++) {
          pending.get(i).values()[n.field()] = ((Field) n.list()).fromValues(lists.get(i));
        }
      }
      List<Object> elements = new ArrayList<>(pending.size());
      for (Pending p : pending) {
        elements.add(type.construct(p.values()));
      }
      return elements;
    }
  }

  // ---------------------------------------------------------------- derivation

  /** Works out the slots and tables of one aggregate, applying and checking its layout's overrides. */
  private final class Deriver {
    private final Layout layout;
    private final Set<String> used = new HashSet<>();
    final Set<Column<?>> nullable = Sets.newIdentityHashSet();
    /** The grandchild tables of the child table built last (null if none). */
    Nested[] lastNested;
    Slot lastElement;

    Deriver(Layout layout) {
      this.layout = layout;
    }

    private String columnName(String path, String derived) {
      String declared = layout.columns().get(path);
      if (declared != null) {
        used.add("column " + path);
        return declared;
      }
      return derived;
    }

    private <C> Column<C> nullableIf(boolean isNullable, Column<C> column) {
      if (isNullable) {
        nullable.add(column);
      }
      return column;
    }

    /** The slot of a single (one or optional) field at {@code path}, its columns prefixed with {@code prefix}. */
    Slot slot(Field<?, ?> field, String path, String prefix, boolean inOptional) {
      boolean optional = inOptional || field.cardinality() == Cardinality.OPTIONAL;
      if (field.type() == Types.DATE_SPAN) {
        PeriodColumns period = new PeriodColumns(prefix(path, prefix + snake(field.name())));
        period.all().forEach(c -> nullableIf(optional || c != period.start && c != period.startPrecision, c));
        return new PeriodSlot(period);
      }
      if (field.type() instanceof CompositeType<?> composite) {
        return composite(composite, path, prefix(path, prefix + snake(field.name()) + "_"), optional);
      }
      ScalarType<?> scalar = (ScalarType<?>) field.type();
      String base = prefix + snake(field.name());
      return scalar(scalar, columnName(path, scalar.form() == ScalarType.Form.ID ? base + "_id" : base), optional);
    }

    private String prefix(String path, String derived) {
      String declared = layout.prefixes().get(path);
      if (declared != null) {
        used.add("prefix " + path);
        return declared;
      }
      return derived;
    }

    private Slot composite(CompositeType<?> composite, String path, String prefix, boolean optional) {
      List<? extends Field<?, ?>> subFields = composite.fields();
      Slot[] subs = new Slot[subFields.size()];
      Column<?> presence = null;
      Optional<? extends CompositeType.PartReference<?>> partReference = composite.partReference();
      for (int i = 0; i < subs.length; i++) {
        Field<?, ?> sub = subFields.get(i);
        String subPath = path + "." + sub.name();
        if (sub.cardinality().isCollection()) {
          throw new IllegalStateException(subPath + " is a collection inside a value kept in its parent's row; "
              + "only the elements of a child table may hold lists");
        }
        if (partReference.isPresent() && partReference.get().part() == sub) {
          subs[i] = partSlot(partReference.get(), subPath, prefix + snake(sub.name()), optional);
        } else {
          subs[i] = slot(sub, subPath, prefix, optional);
        }
        if (presence == null && sub.cardinality() == Cardinality.ONE) {
          presence = subs[i].columns.get(0);
        }
      }
      if (optional && presence == null) {
        throw new IllegalStateException(path + " is an optional value with no required field to tell whether it "
            + "is there");
      }
      return new CompositeSlot(composite, subs, optional ? presence : null);
    }

    /** The column of the part key of a part reference: {@code cause_key}, naming the kind it is a part of. */
    private Slot partSlot(CompositeType.PartReference<?> reference, String path, String base, boolean optional) {
      AggregateKind target = ((ScalarType<?>) reference.target().type()).target().orElseThrow();
      String key = target.descriptor().partKey().orElseThrow(() -> new IllegalStateException(path
          + " names a part of a " + target.singular() + ", which has no parts")).name();
      Column<String> column = nullableIf(true, Column.part(columnName(path, base + "_" + snake(key)), target));
      return new ScalarSlot<String, String>(column, s -> s, s -> s);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Slot scalar(ScalarType<?> type, String name, boolean optional) {
      ScalarType t = type;
      return switch (type.form()) {
        case TEXT, CODE, ENUM -> new ScalarSlot<Object, String>(nullableIf(optional, Column.text(name)), t::format,
            t::parse);
        case ID -> new ScalarSlot<Object, String>(nullableIf(optional, Column.reference(name,
            type.target().orElseThrow())), t::format, t::parse);
        case INTEGER -> new ScalarSlot<Integer, Integer>(nullableIf(optional, Column.integer(name)), v -> v, v -> v);
        case YEAR -> new ScalarSlot<Year, Integer>(nullableIf(optional, Column.integer(name)), Year::getValue,
            Year::of);
        case DECIMAL -> new ScalarSlot<BigDecimal, BigDecimal>(nullableIf(optional, Column.decimal(name)), v -> v,
            v -> v);
        case DATE -> new ScalarSlot<LocalDate, LocalDate>(nullableIf(optional, Column.date(name)), v -> v, v -> v);
        case INSTANT -> new ScalarSlot<Instant, Instant>(nullableIf(optional, Column.instant(name)), v -> v,
            v -> v);
        case ZONED_DATE_TIME -> new ZonedSlot(nullableIf(optional, Column.instant(name + "_at")),
            nullableIf(optional, Column.text(name + "_zone")));
      };
    }

    /** The slot of one scalar element of a collection at {@code path}. */
    private Slot element(ScalarType<?> type, String path, String singular) {
      String derived = type.form() == ScalarType.Form.ID ? tableName(type.target().orElseThrow()) + "_id"
          : snake(singular);
      return scalar(type, columnName(path, derived), false);
    }

    private String childTableName(String path, String derived) {
      String declared = layout.tables().get(path);
      if (declared != null) {
        used.add("table " + path);
        return declared;
      }
      return derived;
    }

    /** The child table of a collection field of the aggregate (and its grandchild tables, added after it). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    ChildTable<T, ?> childTable(Field<T, ?> field, Column<String> parent, boolean isParts,
        List<ChildTable<T, ?>> out) {
      lastNested = null;
      lastElement = null;
      String path = field.name();
      String name = childTableName(path, table + "_" + snake(singular(field.name())));
      if (field.type() instanceof ScalarType<?> scalar) {
        Slot slot = element(scalar, path, singular(field.name()));
        lastElement = slot;
        List<Column<?>> cols = ImmutableList.<Column<?>>builder().add(POSITION).addAll(slot.columns).build();
        checkUnique(name, cols);
        ChildTable<T, Object> child = ChildTable.of(name, parent, cols, t -> (Collection<Object>) field.values(t),
            (e, i, row) -> {
              row.set(POSITION, i);
              slot.write(e, row);
            }, slot::read);
        out.add(child);
        return child;
      }
      CompositeType<?> composite = (CompositeType<?>) field.type();
      List<? extends Field<?, ?>> subFields = composite.fields();
      Field<?, ?>[] subs = subFields.toArray(new Field<?, ?>[0]);
      Slot[] slots = new Slot[subs.length];
      List<Column<?>> cols = new ArrayList<>();
      cols.add(POSITION);
      List<Integer> lists = new ArrayList<>();
      Optional<? extends CompositeType.PartReference<?>> partReference = composite.partReference();
      for (int j = 0; j < subs.length; j++) {
        String subPath = path + "." + subs[j].name();
        if (subs[j].cardinality().isCollection()) {
          lists.add(j);
        } else if (partReference.isPresent() && partReference.get().part() == subs[j]) {
          slots[j] = partSlot(partReference.get(), subPath, snake(subs[j].name()), false);
        } else {
          slots[j] = slot(subs[j], subPath, "", false);
        }
        if (slots[j] != null) {
          cols.addAll(slots[j].columns);
        }
      }
      checkUnique(name, cols);
      boolean pending = !lists.isEmpty();
      ChildTable.Writer<Object> writer = (e, i, row) -> {
        row.set(POSITION, i);
        for (int j = 0; j < slots.length; j++) {
          if (slots[j] != null) {
            slots[j].write(unwrap(subs[j], ((Field) subs[j]).get(e)), row);
          }
        }
      };
      Function<Values, Object> reader = row -> {
        Object[] values = new Object[slots.length];
        for (int j = 0; j < slots.length; j++) {
          if (slots[j] != null) {
            values[j] = wrap(subs[j], slots[j].read(row));
          }
        }
        return pending ? new Pending(values) : composite.construct(values);
      };
      Function<T, Collection<Object>> elements = t -> (Collection<Object>) field.values(t);
      ChildTable<T, Object> child;
      if (isParts) {
        Field<?, String> key = type.partKey().orElseThrow();
        Column<String> keyColumn = (Column<String>) slots[subFields.indexOf(key)].columns.get(0);
        child = ChildTable.keyed(name, parent, keyColumn, cols, elements, writer, reader);
      } else {
        child = ChildTable.of(name, parent, cols, elements, writer, reader);
      }
      out.add(child);
      if (pending) {
        Nested[] grandchildren = new Nested[lists.size()];
        for (int k = 0; k < grandchildren.length; k++) {
          grandchildren[k] = grandchild(field, name, parent, subs, lists.get(k), out);
        }
        lastNested = grandchildren;
      }
      return child;
    }

    /** The table of list {@code j} of the composite elements of {@code field}, kept in table {@code childTable}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Nested grandchild(Field<T, ?> field, String childTable, Column<String> parent, Field<?, ?>[] subs, int j,
        List<ChildTable<T, ?>> out) {
      Field list = subs[j];
      String path = field.name() + "." + list.name();
      if (!(list.type() instanceof ScalarType<?> scalar)) {
        throw new IllegalStateException(path + " is a list of composite values inside a child table; only lists "
            + "of scalars nest");
      }
      String name = childTableName(path, childTable + "_" + snake(singular(list.name())));
      Column<Integer> item = Column.integer(childTable.substring(childTable.lastIndexOf('_') + 1) + "_position");
      Slot slot = element(scalar, path, singular(list.name()));
      List<Column<?>> cols = ImmutableList.<Column<?>>builder().add(item, POSITION).addAll(slot.columns).build();
      checkUnique(name, cols);
      Function<T, Collection<Element>> elements = t -> {
        List<Element> all = new ArrayList<>();
        int i = 0;
        for (Object e : field.values(t)) {
          int p = 0;
          for (Object v : list.values(e)) {
            all.add(new Element(i, p++, v));
          }
          i++;
        }
        return all;
      };
      ChildTable<T, Element> table = new ChildTable<>(name, parent, cols, item.name() + ", " + POSITION.name(),
          elements, (e, i, row) -> {
            row.set(item, e.item()).set(POSITION, e.position());
            slot.write(e.value(), row);
          }, row -> new Element(row.required(item), row.required(POSITION), slot.read(row)));
      out.add(table);
      return new Nested(j, list, (ChildTable) table);
    }

    /** Throws if the layout declares an override that no field used (a typo, or a field since renamed). */
    void checkAllUsed(AggregateType<?, ?> type) {
      Map<String, String> declared = new LinkedHashMap<>();
      layout.columns().keySet().forEach(p -> declared.put("column " + p, p));
      layout.tables().keySet().forEach(p -> declared.put("table " + p, p));
      layout.prefixes().keySet().forEach(p -> declared.put("prefix " + p, p));
      declared.keySet().removeAll(used);
      if (!declared.isEmpty()) {
        throw new IllegalStateException("the layout of " + type.singular() + " declares " + declared.keySet()
            + ", which no field of it has");
      }
    }
  }
}

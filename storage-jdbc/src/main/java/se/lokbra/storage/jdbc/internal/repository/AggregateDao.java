package se.lokbra.storage.jdbc.internal.repository;

import com.google.common.collect.ImmutableList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.lokbra.core.LokbraException;
import se.lokbra.core.StorageException;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.spi.StoreRules;
import se.lokbra.core.model.Tombstone;
import se.lokbra.storage.jdbc.internal.mapping.AggregateMapping;
import se.lokbra.storage.jdbc.internal.mapping.ChildTable;
import se.lokbra.storage.jdbc.internal.mapping.Column;
import se.lokbra.storage.jdbc.internal.mapping.Values;
import se.lokbra.storage.jdbc.internal.sql.Dialect;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.SqlType;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/**
 * The SQL of one aggregate, generated once from its {@link AggregateMapping}: reading pages and entities with their
 * children (one statement for a page or a set of ids, each main row carrying its children as JSON, never one
 * statement per entity or per table), and writing main rows and child rows in JDBC batches.
 */
public final class AggregateDao<T extends Aggregate<I, T>, I extends EntityId> {
  /** What a table holds for an id: a live row (with its tallies) or a tombstone, with its revision. */
  public record State(long version, Instant created, Instant modified, boolean live, List<Tally> tallies)
      implements StoreRules.State {}

  final AggregateMapping<T, I> mapping;
  final Dialect dialect;
  private final String select;
  /** {@code "SELECT id, version, …"}: the main table's columns, without FROM. */
  private final String selectList;
  private final String insert;
  private final String update;
  private final List<Column<?>> updateColumns;
  /** {@code ", council_id, status, …"}: the tally columns, to append to a select list; empty if none. */
  private final String tallyColumns;
  /** As many typed NULLs as {@link #tallyColumns}, for a tombstone's row in the same result. */
  private final String tallyNulls;
  /** Each child table's rows as one JSON value, a sub-select correlated with the main row (see {@link JsonChildren}). */
  private final List<JsonChildren<T>> jsonChildren = new ArrayList<>();
  /** {@code ", (SELECT json…), …"}: every child table's sub-select, to append to the main table's select list. */
  private final String jsonColumns;

  public AggregateDao(AggregateMapping<T, I> mapping, Dialect dialect) {
    this.mapping = mapping;
    this.dialect = dialect;
    String names = mapping.columns.stream().map(Column::name).collect(Collectors.joining(", "));
    selectList = "SELECT " + names;
    select = selectList + " FROM " + mapping.table;
    // DO NOTHING instead of an error: a row inserted concurrently since the checks shows as a count of 0, which
    // becomes a version conflict, and leaves a PostgreSQL transaction usable.
    insert = "INSERT INTO " + mapping.table + " (" + names + ") VALUES (?" + ", ?".repeat(mapping.columns.size() - 1)
        + ") ON CONFLICT DO NOTHING";
    updateColumns = mapping.columns.subList(1, mapping.columns.size());
    update = "UPDATE " + mapping.table + " SET " + updateColumns.stream().map(c -> c.name() + " = ?")
        .collect(Collectors.joining(", ")) + " WHERE id = ? AND version = ?";
    tallyColumns = mapping.tallyColumns().stream().map(c -> ", " + c.name()).collect(Collectors.joining());
    tallyNulls = mapping.tallyColumns().stream().map(c -> ", " + c.type().nullIn(dialect))
        .collect(Collectors.joining());
    StringBuilder json = new StringBuilder();
    for (ChildTable<T, ?> child : mapping.children) {
      JsonChildren<T> j = new JsonChildren<>(child, mapping.table, dialect);
      jsonChildren.add(j);
      json.append(", ").append(j.select);
    }
    jsonColumns = json.toString();
  }

  String table() {
    return mapping.table;
  }

  // ---------------------------------------------------------------- reading

  /** The state (live row or tombstone) of each of {@code ids} that has one. */
  public Map<String, State> states(Tx tx, Collection<String> ids) {
    Map<String, State> states = new HashMap<>();
    if (ids.isEmpty()) {
      return states;
    }
    Params p = new Params();
    String live = p.in(dialect, "id", ids);
    p.text(mapping.tombstoneKind());
    String dead = p.in(dialect, "id", ids);
    tx.query("SELECT id, version, created, modified, 1" + tallyColumns + " FROM " + mapping.table + " WHERE " + live
        + " UNION ALL SELECT id, version, created, deleted, 0" + tallyNulls + " FROM tombstone WHERE kind = ? AND "
        + dead, p, rs -> {
          boolean isLive = rs.getInt(5) == 1;
          return states.put(rs.getString(1), new State(rs.getLong(2), SqlType.INSTANT.get(dialect, rs, 3),
              SqlType.INSTANT.get(dialect, rs, 4), isLive, isLive ? tallies(rs, 6) : List.of()));
        });
    return states;
  }

  /** The tallies of the main row whose tally columns start at result column {@code first}. */
  private List<Tally> tallies(ResultSet rs, int first) throws SQLException {
    return keepsTallies() ? mapping.tallies(Values.read(dialect, rs, mapping.tallyColumns(), first)) : List.of();
  }

  /** True if the table keeps {@link Tally tallies} of its rows. */
  public boolean keepsTallies() {
    return !mapping.tallyColumns().isEmpty();
  }

  /** The tallies {@code entity} counts in once stored. */
  public List<Tally> tallies(Aggregate<?, ?> entity) {
    Values row = new Values();
    @SuppressWarnings("unchecked")
    T e = (T) entity;
    mapping.write(e, row);
    return mapping.tallies(row);
  }

  /** The number of live rows in tally ({@code dimension}, {@code item}), with this transaction's own changes. */
  long tally(Tx tx, String dimension, String item) {
    List<Long> n = tx.query("SELECT n FROM " + mapping.table + "_tally WHERE dimension = ? AND item = ?",
        new Params().text(dimension).text(item), rs -> rs.getLong(1));
    Tally t = new Tally(mapping.table, dimension, item);
    return (n.isEmpty() ? 0 : n.get(0)) + tx.pendingTallies(t::equals, x -> 1);
  }

  /** The live row's state, locked against concurrent change until the transaction ends; empty if none. */
  public Optional<State> lockLive(Tx tx, String id) {
    return tx.query("SELECT version, created, modified" + tallyColumns + " FROM " + mapping.table + " WHERE id = ?"
        + dialect.forUpdate(), new Params().text(id), rs -> new State(rs.getLong(1),
        SqlType.INSTANT.get(dialect, rs, 2), SqlType.INSTANT.get(dialect, rs, 3), true, tallies(rs, 4)))
        .stream().findFirst();
  }

  /** Which of {@code ids} are live, keeping them so (PostgreSQL: a key-share lock) until the transaction ends. */
  public Set<String> existing(Tx tx, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Params p = new Params();
    String where = p.in(dialect, "id", ids);
    return new HashSet<>(tx.query("SELECT id FROM " + mapping.table + " WHERE " + where + dialect.forKeyShare(),
        p, rs -> rs.getString(1)));
  }

  boolean exists(Tx tx, String id) {
    return !tx.query("SELECT 1 FROM " + mapping.table + " WHERE id = ?", new Params().text(id), rs -> 1)
        .isEmpty();
  }

  long count(Tx tx, String where, Params params) {
    return tx.count("SELECT COUNT(*) FROM " + mapping.table + (where == null ? "" : " WHERE " + where), params);
  }

  /**
   * The entities matching {@code where}, in {@code orderBy} order, {@code limit} of them from {@code offset}
   * ({@code limit} 0: all), with their children: one statement, the children of each main row coming in the same
   * row as JSON ({@link JsonChildren}). With a limit the page is chosen first, in a derived table named as the main
   * table, and only its rows get their children's sub-selects (a sort that no index serves would otherwise compute
   * them for every match); the few rows are sorted again outside it, since a derived table's order is not kept.
   */
  List<T> find(Tx tx, String where, Params params, String orderBy, int limit, long offset) {
    StringBuilder sql = new StringBuilder(selectList).append(jsonColumns).append(" FROM ");
    String condition = where == null ? "" : " WHERE " + where;
    String order = orderBy == null ? "" : " ORDER BY " + orderBy;
    if (limit > 0) {
      sql.append("(SELECT * FROM ").append(mapping.table).append(condition).append(order)
          .append(" LIMIT ? OFFSET ?) ").append(mapping.table).append(order);
      params.add(SqlType.INT, limit).add(SqlType.LONG, offset);
    } else {
      sql.append(mapping.table).append(condition).append(order);
    }
    int first = mapping.columns.size() + 1;
    return tx.query(sql.toString(), params, rs -> {
      Values row = Values.read(dialect, rs, mapping.columns, 1);
      String id = row.required(AggregateMapping.ID);
      AggregateMapping.Children children = AggregateMapping.Children.NONE;
      if (!jsonChildren.isEmpty()) {
        children = new AggregateMapping.Children();
        for (int i = 0; i < jsonChildren.size(); i++) {
          JsonChildren<T> j = jsonChildren.get(i);
          children.put(j.child, j.read(rs.getString(first + i), id));
        }
      }
      return entity(row, id, children);
    });
  }

  private T entity(Values row, String id, AggregateMapping.Children children) {
    try {
      return mapping.read(row, children);
    } catch (RuntimeException e) {
      throw new StorageException("cannot read " + mapping.kind.singular() + " '" + id + "' from table "
          + mapping.table + ": " + e.getMessage(), e);
    }
  }

  /** The live entities among {@code ids}, by id. */
  public Map<String, T> byIds(Tx tx, Collection<String> ids) {
    Map<String, T> result = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    Params p = new Params();
    String where = p.in(dialect, "id", ids);
    for (T entity : find(tx, where, p, null, 0, 0)) {
      result.put(entity.id().value(), entity);
    }
    return result;
  }

  Optional<T> byId(Tx tx, String id) {
    return Optional.ofNullable(byIds(tx, List.of(id)).get(id));
  }

  /** Every live entity, by id. */
  public List<T> all(Tx tx) {
    List<Values> rows = tx.query(select + " ORDER BY id", new Params(),
        rs -> Values.read(dialect, rs, mapping.columns, 1));
    return build(tx, rows);
  }

  private List<T> build(Tx tx, List<Values> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, AggregateMapping.Children> children = allChildren(tx);
    List<T> result = new ArrayList<>(rows.size());
    for (Values row : rows) {
      String id = row.required(AggregateMapping.ID);
      result.add(entity(row, id, children.getOrDefault(id, AggregateMapping.Children.NONE)));
    }
    return result;
  }

  /**
   * The children of every parent: one query per child table, which reads each table in its index order rather than
   * sorting them all.
   */
  private Map<String, AggregateMapping.Children> allChildren(Tx tx) {
    Map<String, AggregateMapping.Children> result = new HashMap<>();
    for (ChildTable<T, ?> child : mapping.children) {
      Map<String, List<Object>> lists = new HashMap<>();
      tx.query(child.selectSql(null), new Params(), rs -> {
        Object element = readChild(child, rs, 2, 1);
        lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(element);
        return element;
      });
      lists.forEach((parent, elements) -> result.computeIfAbsent(parent, k -> new AggregateMapping.Children())
          .put(child, elements));
    }
    return result;
  }

  /** Reads a child row whose values start at result column {@code first}, its parent's id at {@code parent}. */
  private Object readChild(ChildTable<T, ?> child, ResultSet rs, int first, int parent) throws SQLException {
    Values values = Values.read(dialect, rs, child.columns, first);
    try {
      return child.reader.apply(values);
    } catch (LokbraException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new StorageException("cannot read a row of table " + child.table + " (parent '" + rs.getString(parent)
          + "'): " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- writing

  private Params mainRow(T entity) {
    Values row = new Values();
    row.set(AggregateMapping.ID, entity.id().value())
        .set(AggregateMapping.VERSION, entity.version())
        .set(AggregateMapping.CREATED, entity.revision().created().orElseThrow())
        .set(AggregateMapping.MODIFIED, entity.revision().modified().orElseThrow());
    mapping.write(entity, row);
    return params(row, mapping.columns);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Params params(Values row, List<Column<?>> columns) {
    Params p = new Params();
    for (Column c : columns) {
      p.add(c.type(), row.get(c));
    }
    return p;
  }

  /** Inserts the main rows of new entities; a count of 0 means the id was taken meanwhile. */
  public int[] insert(Tx tx, List<T> entities) {
    return tx.batch(insert, entities.stream().map(this::mainRow).toList());
  }

  /** Updates main rows if still at {@code previous} versions; a count of 0 means the row changed meanwhile. */
  int[] update(Tx tx, List<T> entities, List<Long> previous) {
    List<Params> rows = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      Values row = new Values();
      row.set(AggregateMapping.VERSION, entity.version())
          .set(AggregateMapping.CREATED, entity.revision().created().orElseThrow())
          .set(AggregateMapping.MODIFIED, entity.revision().modified().orElseThrow());
      mapping.write(entity, row);
      rows.add(params(row, updateColumns).text(entity.id().value()).add(SqlType.LONG, previous.get(i)));
    }
    return tx.batch(update, rows);
  }

  /**
   * Deletes the child rows of entities about to be updated (before writing their new ones): every row of a table
   * keyed by position, only the dropped parts of a keyed table (the kept ones are updated in place).
   */
  void deleteChildren(Tx tx, Collection<T> updated) {
    if (updated.isEmpty()) {
      return;
    }
    List<String> ids = updated.stream().map(e -> e.id().value()).toList();
    for (ChildTable<T, ?> child : mapping.children.reverse()) {
      if (child.key == null) {
        Params p = new Params();
        String where = p.in(dialect, child.parent.name(), ids);
        tx.update("DELETE FROM " + child.table + " WHERE " + where, p);
      } else {
        tx.batch("DELETE FROM " + child.table + " WHERE " + child.parent.name() + " = ? AND NOT ("
            + dialect.anyOf(child.key.name()) + ")", updated.stream().map(e -> new Params().text(e.id().value())
                .list(e.parts())).toList());
      }
    }
  }

  /**
   * The parts of the live entities among {@code ids}, by id (entities without parts are left out), kept from being
   * dropped (PostgreSQL: a key-share lock) until the transaction ends.
   */
  public Map<String, Set<String>> parts(Tx tx, Collection<String> ids) {
    Map<String, Set<String>> parts = new HashMap<>();
    ChildTable<T, ?> table = mapping.parts;
    if (table == null || ids.isEmpty()) {
      return parts;
    }
    Params p = new Params();
    String where = p.in(dialect, table.parent.name(), ids);
    tx.query("SELECT " + table.parent.name() + ", " + table.key.name() + " FROM " + table.table + " WHERE " + where
        + dialect.forKeyShare(), p, rs -> parts.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
            .add(rs.getString(2)));
    return parts;
  }

  /** Inserts the child rows of {@code entities}, one batch per child table. */
  public void insertChildren(Tx tx, List<T> entities) {
    for (ChildTable<T, ?> child : mapping.children) {
      insertChildren(tx, child, entities);
    }
  }

  private <E> void insertChildren(Tx tx, ChildTable<T, E> child, List<T> entities) {
    List<Params> rows = new ArrayList<>();
    for (T entity : entities) {
      int i = 0;
      for (E element : child.elements.apply(entity)) {
        Values row = new Values();
        child.writer.write(element, i++, row);
        rows.add(new Params().text(entity.id().value()));
        Params p = rows.get(rows.size() - 1);
        for (Column<?> c : child.columns) {
          addValue(p, c, row);
        }
      }
    }
    tx.batch(child.insertSql(), rows);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addValue(Params p, Column c, Values row) {
    p.add(c.type(), row.get(c));
  }

  /** Deletes the live row if still at {@code version} (children go with it); returns the count. */
  int delete(Tx tx, String id, long version) {
    return tx.update("DELETE FROM " + mapping.table + " WHERE id = ? AND version = ?",
        new Params().text(id).add(SqlType.LONG, version));
  }

  public void putTombstones(Tx tx, List<Tombstone> tombstones) {
    tx.batch("INSERT INTO tombstone (kind, id, version, created, deleted) VALUES (?, ?, ?, ?, ?) "
        + "ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version, created = excluded.created, "
        + "deleted = excluded.deleted", tombstones.stream().map(t -> new Params().text(mapping.tombstoneKind())
            .text(t.id().value()).add(SqlType.LONG, t.version()).add(SqlType.INSTANT, t.created())
            .add(SqlType.INSTANT, t.deleted())).toList());
  }

  void removeTombstones(Tx tx, Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    Params p = new Params().text(mapping.tombstoneKind());
    String where = p.in(dialect, "id", ids);
    tx.update("DELETE FROM tombstone WHERE kind = ? AND " + where, p);
  }

  /** Every tombstone of this kind. */
  public List<Tombstone> tombstones(Tx tx) {
    return tx.query("SELECT id, version, created, deleted FROM tombstone WHERE kind = ? ORDER BY id",
        new Params().text(mapping.tombstoneKind()), rs -> new Tombstone(mapping.id(rs.getString(1)),
            rs.getLong(2), SqlType.INSTANT.get(dialect, rs, 3), SqlType.INSTANT.get(dialect, rs, 4)));
  }

  /** For messages: the ids of {@code entities}. */
  static ImmutableList<String> ids(Collection<? extends Aggregate<?, ?>> entities) {
    return entities.stream().map(e -> e.id().value()).collect(ImmutableList.toImmutableList());
  }
}

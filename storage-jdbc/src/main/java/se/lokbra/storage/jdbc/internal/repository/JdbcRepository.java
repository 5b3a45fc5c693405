package se.lokbra.storage.jdbc.internal.repository;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.lokbra.core.NotFoundException;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.repository.Change;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;
import se.lokbra.core.spi.Sorting;
import se.lokbra.core.spi.StoreRules;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.mapping.Column;
import se.lokbra.storage.jdbc.internal.sql.Errors;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.SqlType;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/**
 * The generic repository, and the generic part of every repository with queries of its own: the rules of {@link StoreRules} (versions, timestamps, tombstones,
 * reference and uniqueness checks, all before anything is written), as the memory store applies them, on top of an
 * {@link AggregateDao}. A repository either belongs to the store (each call runs in the calling thread's
 * transaction, or in one of its own) or to one transaction ({@code bound}).
 */
public class JdbcRepository<T extends Aggregate<I, T>, I extends EntityId> implements Repository<T, I> {
  /** A SQL condition that adds its parameters; null means no condition. */
  interface Condition {
    String apply(Params params);
  }

  /** Checks unique values of the entities of one save, in order, and remembers each checked one. */
  interface Uniqueness<T> {
    void check(T stored);
  }

  final JdbcStore store;
  final AggregateDao<T, I> dao;
  final Tx bound;

  /**
   * The ORDER BY of each sort seen (valid ones only), per kind: working it out (the effective orders, the collated
   * ones) was a tenth of a page's Java time.
   */
  private static final java.util.Map<se.lokbra.core.AggregateKind, java.util.Map<Sort, String>> ORDER_BYS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<Sort, String> orderBys;

  /** The repository of {@code dao}'s kind in {@code store}, or in the transaction {@code bound} if not null. */
  public JdbcRepository(JdbcStore store, AggregateDao<T, I> dao, Tx bound) {
    this.store = store;
    this.dao = dao;
    this.bound = bound;
    this.orderBys = ORDER_BYS.computeIfAbsent(dao.mapping.kind, k -> new java.util.concurrent.ConcurrentHashMap<>());
  }

  <R> R read(Function<Tx, R> work) {
    return store.read(bound, work);
  }

  /** A read of exactly one statement, which needs no transaction of its own (see {@link JdbcStore#readOne}). */
  <R> R readOne(Function<Tx, R> work) {
    return store.readOne(bound, work);
  }

  <R> R write(Function<Tx, R> work) {
    return store.write(bound, work);
  }

  /** The uniqueness rules of this aggregate for saving {@code entities}; none by default. */
  Uniqueness<T> uniqueness(Tx tx, List<T> entities) {
    return stored -> {};
  }

  // ---------------------------------------------------------------- writes

  @Override
  public T save(T entity) {
    Arguments.notNull(entity, dao.mapping.kind.singular());
    return write(tx -> saveAll(tx, List.of(entity)).get(0));
  }

  @Override
  public ImmutableList<T> saveAll(Iterable<T> entities) {
    ImmutableList<T> list = Arguments.list(entities, "entities");
    return write(tx -> saveAll(tx, list));
  }

  private record Op<T>(T stored, boolean insert, long previous) {}

  /**
   * Saves in order, as the in-memory store does one by one: first every check against the state read in a few
   * queries (and the entities saved before in the same call), then the writes in batches. So a refused save
   * writes nothing.
   */
  ImmutableList<T> saveAll(Tx tx, List<T> list) {
    if (list.isEmpty()) {
      return ImmutableList.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    List<Reference> references = new ArrayList<>();
    for (T e : list) {
      ids.add(e.id().value());
      references.addAll(e.references());
    }
    Map<String, AggregateDao.State> states = dao.states(tx, ids);
    JdbcStore.Targets existing = store.existing(tx, references);
    Uniqueness<T> unique = uniqueness(tx, list);
    // The parts of the live entities among those saved, then of each as saved here: a save may not drop a part
    // that others refer to.
    Map<String, Set<String>> parts = dao.parts(tx, states.entrySet().stream().filter(e -> e.getValue().live())
        .map(Map.Entry::getKey).toList());

    Map<String, AggregateDao.State> overlay = new HashMap<>();
    Map<EntityId, T> saved = new HashMap<>();
    List<Op<T>> ops = new ArrayList<>(list.size());
    ImmutableList.Builder<T> result = ImmutableList.builderWithExpectedSize(list.size());
    for (T entity : list) {
      StoreRules.checkKind(entity, dao.mapping.kind);
      String id = entity.id().value();
      AggregateDao.State state = overlay.containsKey(id) ? overlay.get(id) : states.get(id);
      boolean live = state != null && state.live();
      long given = entity.version();
      Revision revision = StoreRules.revisionOnSave(entity, state, tx.now);
      T stored = entity.withRevision(revision);
      checkReferences(stored, saved, existing);
      if (live) {
        checkPartsKept(tx, stored, parts.getOrDefault(id, Set.of()));
      }
      unique.check(stored);
      overlay.put(id, new AggregateDao.State(revision.version(), revision.created().orElseThrow(),
          revision.modified().orElseThrow(), true, List.of()));
      parts.put(id, stored.parts());
      saved.put(stored.id(), stored);
      ops.add(new Op<>(stored, !live, given));
      result.add(stored);
    }
    store.writing(tx, () -> applyWrites(tx, ops, states));
    return result.build();
  }

  // ---------------------------------------------------------------- the store's rules, one entity at a time

  /** Throws unless every reference of {@code stored} has its target: saved before in this call, or in the store. */
  private void checkReferences(T stored, Map<EntityId, T> saved, JdbcStore.Targets existing) {
    StoreRules.checkReferences(stored, stored.references(), ref -> {
      T earlier = saved.get(ref.target());
      return earlier != null ? StoreRules.hasPart(earlier, ref) : existing.has(ref);
    });
  }

  /** Throws if saving {@code stored} drops a part (of those it had, {@code before}) that others refer to. */
  private void checkPartsKept(Tx tx, T stored, Set<String> before) {
    if (dao.mapping.parts == null) {
      return;
    }
    Set<String> dropped = new LinkedHashSet<>(before);
    dropped.removeAll(stored.parts());
    if (!dropped.isEmpty()) {
      store.checkPartsKept(tx, stored, dropped);
    }
  }

  private void applyWrites(Tx tx, List<Op<T>> ops, Map<String, AggregateDao.State> before) {
    // Main rows in the given order (consecutive inserts or updates batched together), so that a row refers
    // only to rows written before it, as the checks assumed.
    int from = 0;
    while (from < ops.size()) {
      boolean insert = ops.get(from).insert();
      int to = from;
      while (to < ops.size() && ops.get(to).insert() == insert) {
        to++;
      }
      List<Op<T>> run = ops.subList(from, to);
      List<T> entities = run.stream().map(Op::stored).toList();
      tx.writing(entities.get(0).id(), run.get(0).previous());
      int[] counts;
      try {
        counts = insert ? dao.insert(tx, entities)
            : dao.update(tx, entities, run.stream().map(Op::previous).toList());
      } catch (RuntimeException e) {
        // A batch stops at the entry that failed: that entity is the one a concurrent transaction held.
        int failed = Math.min(Errors.batchEntry(e), run.size() - 1);
        tx.writing(entities.get(failed).id(), run.get(failed).previous());
        throw e;
      }
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          T entity = entities.get(i);
          throw store.concurrentChange(tx, entity.id(), run.get(i).previous(), entity);
        }
      }
      from = to;
    }
    Map<String, T> last = new LinkedHashMap<>();
    Set<String> updated = new LinkedHashSet<>();
    Set<String> recreated = new LinkedHashSet<>();
    for (Op<T> op : ops) {
      String id = op.stored().id().value();
      last.put(id, op.stored());
      AggregateDao.State b = before.get(id);
      if (b != null && b.live()) {
        updated.add(id);
      } else if (b != null) {
        recreated.add(id);
      }
    }
    dao.deleteChildren(tx, updated.stream().map(last::get).toList());
    dao.insertChildren(tx, List.copyOf(last.values()));
    dao.removeTombstones(tx, recreated);
    if (dao.keepsTallies()) {
      // Each save moves the row from the tallies it counted in to those of the stored entity; a row saved twice in
      // one call moves twice. Recorded only now that every write succeeded.
      Tally.Deltas deltas = new Tally.Deltas();
      Map<String, List<Tally>> counted = new HashMap<>();
      for (Op<T> op : ops) {
        String id = op.stored().id().value();
        AggregateDao.State b = before.get(id);
        deltas.add(counted.containsKey(id) ? counted.get(id) : b != null && b.live() ? b.tallies() : List.of(), -1);
        List<Tally> now = dao.tallies(op.stored());
        deltas.add(now, 1);
        counted.put(id, now);
      }
      tx.tallies().addAll(deltas);
    }
  }

  @Override
  public boolean deleteById(I id) {
    Arguments.notNull(id, "id");
    return write(tx -> {
      tx.writing(id, -1);
      Optional<AggregateDao.State> current = dao.lockLive(tx, id.value());
      if (current.isEmpty()) {
        return false;
      }
      delete(tx, id, current.get());
      return true;
    });
  }

  @Override
  public void delete(T entity) {
    Arguments.notNull(entity, dao.mapping.kind.singular());
    write(tx -> {
      tx.writing(entity.id(), entity.version());
      Optional<AggregateDao.State> current = dao.lockLive(tx, entity.id().value());
      StoreRules.checkDeletedVersion(entity, current.orElse(null));
      delete(tx, entity.id(), current.orElseThrow());
      return null;
    });
  }

  private void delete(Tx tx, I id, AggregateDao.State current) {
    store.checkNotReferenced(tx, id);
    store.writing(tx, () -> {
      if (dao.delete(tx, id.value(), current.version()) == 0) {
        throw store.concurrentChange(tx, id, current.version(), null);
      }
      dao.putTombstones(tx, List.of(StoreRules.tombstoneOnDelete(id, current, tx.now)));
      tx.tallies().add(current.tallies(), -1);
    });
  }

  // ---------------------------------------------------------------- reads

  @Override
  public Optional<T> findById(I id) {
    Arguments.notNull(id, "id");
    return readOne(tx -> dao.byId(tx, id.value()));
  }

  @Override
  public T getById(I id) {
    return findById(id).orElseThrow(() -> new NotFoundException(id));
  }

  @Override
  public boolean existsById(I id) {
    Arguments.notNull(id, "id");
    return readOne(tx -> dao.exists(tx, id.value()));
  }

  @Override
  public long count() {
    return readOne(tx -> dao.keepsTallies() ? dao.tally(tx, "all", "") : dao.count(tx, null, new Params()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Page<T> findBy(String field, Object value, PageRequest page) {
    Field<T, ?> f = StoreRules.checkFindBy((AggregateType<T, I>) dao.mapping.kind.descriptor(), field, value);
    return query(p -> dao.mapping.whereHolds(f, value, p), page);
  }

  @Override
  public Page<T> findAll(PageRequest page) {
    return query(null, dao.keepsTallies() ? tx -> dao.tally(tx, "all", "") : null, page);
  }

  /** The number of entities a query matches, read from tallies rather than counted. */
  interface Total {
    long of(Tx tx);
  }

  /** One page of the entities that meet {@code condition}, in the requested (or default) order. */
  Page<T> query(Condition condition, PageRequest page) {
    return query(condition, null, page);
  }

  /**
   * One page of the entities that meet {@code condition}, in the requested (or default) order. With a
   * {@code total}, the number of matches is looked up first (and a page beyond it is not even read); without one,
   * it is counted unless the page itself shows it.
   */
  Page<T> query(Condition condition, Total total, PageRequest page) {
    Arguments.notNull(page, "page");
    String orderBy = orderBy(page.sort()); // validates the sort properties before anything else
    return read(tx -> {
      long known = total == null ? -1 : total.of(tx);
      if (known >= 0 && page.offset() >= known) {
        return new Page<T>(ImmutableList.of(), page, known);
      }
      Params params = new Params();
      String where = condition == null ? null : condition.apply(params);
      List<T> content = dao.find(tx, where, params, orderBy, page.size(), page.offset());
      long matches;
      if (known >= 0) {
        matches = known;
      } else if (!content.isEmpty() && content.size() < page.size() || content.isEmpty() && page.offset() == 0) {
        matches = page.offset() + content.size(); // the last page tells the total without counting
      } else {
        Params countParams = new Params();
        matches = dao.count(tx, condition == null ? null : condition.apply(countParams), countParams);
      }
      return new Page<>(ImmutableList.copyOf(content), page, matches);
    });
  }

  /**
   * ORDER BY for {@code sort}: the columns of {@link Sorting#effectiveOrders}, NULL first when ascending; a text
   * property in Swedish order by its sort key column (bytes, unsigned) and then the text (binary collation).
   */
  String orderBy(Sort sort) {
    String cached = orderBys.get(sort);
    if (cached != null) {
      return cached;
    }
    String sql = buildOrderBy(sort);
    if (orderBys.size() >= 256) {
      orderBys.clear(); // a bound against callers making endless distinct sorts; the usual few come back at once
    }
    orderBys.put(sort, sql);
    return sql;
  }

  private String buildOrderBy(Sort sort) {
    StringBuilder sql = new StringBuilder();
    for (Sort.Order order : Sorting.effectiveOrders(dao.mapping.kind, sort)) {
      Column<?> column = dao.mapping.sortColumns.get(order.property());
      boolean asc = order.direction() == Sort.Direction.ASC;
      String nulls = !dao.mapping.nullableSortColumns.contains(column) ? "" : asc ? " NULLS FIRST" : " NULLS LAST";
      if (Sorting.isCollated(dao.mapping.kind, sort, order.property())) {
        appendOrder(sql, dao.mapping.sortKeyColumns.get(order.property()).name(), asc, nulls);
      }
      appendOrder(sql, column.name(), asc, nulls);
    }
    return sql.toString();
  }

  private static void appendOrder(StringBuilder sql, String column, boolean asc, String nulls) {
    if (sql.length() > 0) {
      sql.append(", ");
    }
    sql.append(column).append(asc ? " ASC" : " DESC").append(nulls);
  }

  @Override
  public Page<Change<T, I>> changesSince(Instant since, PageRequest page) {
    Arguments.notNull(since, "since");
    Arguments.notNull(page, "page");
    Arguments.check(page.sort().isUnsorted(), "sort", page.sort(), "must be unsorted: changes come in "
        + "modification order");
    if (since.isAfter(SqlType.MAX_INSTANT)) {
      return read(tx -> new Page<>(ImmutableList.of(), page, 0));
    }
    Instant from = since.isBefore(SqlType.MIN_INSTANT) ? SqlType.MIN_INSTANT : SqlType.ceilMicros(since);
    String table = dao.table();
    String kind = dao.mapping.tombstoneKind();
    return read(tx -> {
      record Row(String id, long version, Instant created, Instant modified, boolean live) {}
      List<Row> rows = tx.query("SELECT id, version, created, modified, live FROM (SELECT id, version, created, "
          + "modified, 1 AS live FROM " + table + " WHERE modified >= ? UNION ALL SELECT id, version, created, "
          + "deleted, 0 FROM tombstone WHERE kind = ? AND deleted >= ?) c ORDER BY modified, id LIMIT ? OFFSET ?",
          new Params().add(SqlType.INSTANT, from).text(kind).add(SqlType.INSTANT, from)
              .add(SqlType.INT, page.size()).add(SqlType.LONG, page.offset()),
          rs -> new Row(rs.getString(1), rs.getLong(2), SqlType.INSTANT.get(tx.dialect, rs, 3),
              SqlType.INSTANT.get(tx.dialect, rs, 4), rs.getInt(5) == 1));
      Map<String, T> live = dao.byIds(tx, rows.stream().filter(Row::live).map(Row::id).toList());
      ImmutableList.Builder<Change<T, I>> content = ImmutableList.builder();
      for (Row row : rows) {
        content.add(row.live() ? Change.of(live.get(row.id()))
            : Change.deleted(new Tombstone(dao.mapping.id(row.id()), row.version(), row.created(),
                row.modified())));
      }
      long total;
      if (!rows.isEmpty() && rows.size() < page.size() || rows.isEmpty() && page.offset() == 0) {
        total = page.offset() + rows.size();
      } else {
        total = tx.count("SELECT (SELECT COUNT(*) FROM " + table + " WHERE modified >= ?) + (SELECT COUNT(*) "
            + "FROM tombstone WHERE kind = ? AND deleted >= ?)", new Params().add(SqlType.INSTANT, from)
                .text(kind).add(SqlType.INSTANT, from));
      }
      return new Page<>(content.build(), page, total);
    });
  }
}

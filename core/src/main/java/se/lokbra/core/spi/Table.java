package se.lokbra.core.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.repository.Sort;

/**
 * The entities of one kind in an {@link InMemoryStore}: live ones by id and in default order, tombstones, the
 * change log ordered by (modified, id), and secondary indexes. Not thread-safe: the store's lock guards it.
 */
final class Table<T extends Aggregate<?, ?>> {
  /** A position in the change log, to look up the first change at or after an instant. */
  record ChangeKey(Instant modified, String id) {}

  /**
   * The order of the change log, whose entries are the live entities and tombstones themselves (a
   * {@link ChangeKey} only as a probe): by modification (deletion) time, then id.
   */
  private static final Comparator<Object> CHANGE_ORDER = (a, b) -> {
    int c = changedAt(a).compareTo(changedAt(b));
    return c != 0 ? c : idOf(a).compareTo(idOf(b));
  };

  private static Instant changedAt(Object entry) {
    if (entry instanceof Aggregate<?, ?> a) {
      return a.revision().modified().orElseThrow();
    }
    return entry instanceof Tombstone t ? t.deleted() : ((ChangeKey) entry).modified();
  }

  private static String idOf(Object entry) {
    if (entry instanceof Aggregate<?, ?> a) {
      return a.id().value();
    }
    return entry instanceof Tombstone t ? t.id().value() : ((ChangeKey) entry).id();
  }

  /** Entities by a key they carry (several keys per entity allowed), each bucket in default order. */
  static final class Index<T, K> {
    private final Function<T, Iterable<K>> keys;
    private final Comparator<? super T> order;
    private final Map<K, OrderedSet<T>> buckets = new HashMap<>();
    /** What {@link #get} returns for a key no entity has; never added to. */
    private final OrderedSet<T> none;

    Index(Function<T, Iterable<K>> keys, Comparator<? super T> order) {
      this.keys = keys;
      this.order = order;
      this.none = new OrderedSet<>(order);
    }

    void add(T entity) {
      for (K key : keys.apply(entity)) {
        buckets.computeIfAbsent(key, k -> new OrderedSet<>(order)).add(entity);
      }
    }

    /** Adds an entity that sorts after every entity already here (see {@link OrderedSet#addLast}). */
    void addLast(T entity) {
      for (K key : keys.apply(entity)) {
        buckets.computeIfAbsent(key, k -> new OrderedSet<>(order)).addLast(entity);
      }
    }

    void remove(T entity) {
      for (K key : keys.apply(entity)) {
        OrderedSet<T> bucket = buckets.get(key);
        if (bucket != null) {
          bucket.remove(entity);
          if (bucket.isEmpty()) {
            buckets.remove(key);
          }
        }
      }
    }

    /** The entities with {@code key}, in default order; the caller must not change the set. */
    OrderedSet<T> get(K key) {
      OrderedSet<T> bucket = buckets.get(key);
      return bucket == null ? none : bucket;
    }
  }

  final AggregateKind kind;
  final Comparator<T> order;
  final Map<EntityId, T> live = new HashMap<>();
  final Map<EntityId, Tombstone> tombstones = new HashMap<>();
  /** The live entities in default order. */
  final OrderedSet<T> all;
  /** The live entities and tombstones by (modified, id); see {@link #CHANGE_ORDER}. */
  final OrderedSet<Object> changes = new OrderedSet<>(CHANGE_ORDER);
  private final List<Index<T, ?>> indexes = new ArrayList<>();

  Table(AggregateKind kind) {
    this.kind = kind;
    this.order = Sorting.comparator(kind, Sort.unsorted());
    this.all = new OrderedSet<>(order);
  }

  /** Adds an index; call before any entity is put. */
  <K> Index<T, K> addIndex(Function<T, Iterable<K>> keys) {
    Index<T, K> index = new Index<>(keys, order);
    indexes.add(index);
    return index;
  }

  void putLive(T entity) {
    live.put(entity.id(), entity);
    all.add(entity);
    changes.add(entity);
    for (Index<T, ?> index : indexes) {
      index.add(entity);
    }
  }

  void removeLive(T entity) {
    live.remove(entity.id());
    all.remove(entity);
    changes.remove(entity);
    for (Index<T, ?> index : indexes) {
      index.remove(entity);
    }
  }

  /**
   * Fills this empty table: one sort of the entities gives the default order, and since every index orders its
   * buckets the same way, each bucket is filled by appending in that order, without a comparison.
   */
  void load(List<T> entities, List<Tombstone> dead) {
    for (T entity : entities) {
      live.put(entity.id(), entity);
    }
    for (Tombstone tombstone : dead) {
      tombstones.put(tombstone.id(), tombstone);
    }
    @SuppressWarnings("unchecked")
    T[] sorted = (T[]) entities.toArray(new Aggregate<?, ?>[0]);
    Arrays.parallelSort(sorted, order);
    for (T entity : sorted) {
      all.addLast(entity);
      for (Index<T, ?> index : indexes) {
        index.addLast(entity);
      }
    }
    Object[] log = new Object[entities.size() + dead.size()];
    int i = 0;
    for (Object entry : entities) {
      log[i++] = entry;
    }
    for (Object entry : dead) {
      log[i++] = entry;
    }
    Arrays.parallelSort(log, CHANGE_ORDER);
    for (Object entry : log) {
      changes.addLast(entry);
    }
  }

  void putTombstone(Tombstone tombstone) {
    tombstones.put(tombstone.id(), tombstone);
    changes.add(tombstone);
  }

  void removeTombstone(Tombstone tombstone) {
    tombstones.remove(tombstone.id());
    changes.remove(tombstone);
  }

  /** The index in {@link #changes} of the first change at or after {@code since}. */
  int firstChangeFrom(Instant since) {
    return changes.rank(new ChangeKey(since, ""));
  }
}

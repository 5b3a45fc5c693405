package se.lokbra.core.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.repository.Sort;

/**
 * The entities of one kind in an {@link InMemoryStore}: live ones by id and in default order, tombstones, the
 * change log ordered by (modified, id), and secondary indexes. Not thread-safe: the store's lock guards it.
 */
final class Table<T extends Aggregate<?, ?>> {
  /** A position in the change log. */
  record ChangeKey(Instant modified, String id) implements Comparable<ChangeKey> {
    @Override
    public int compareTo(ChangeKey o) {
      int c = modified.compareTo(o.modified);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  /** Entities by a key they carry (several keys per entity allowed), each bucket in default order. */
  static final class Index<T, K> {
    private final Function<T, Iterable<K>> keys;
    private final Comparator<? super T> order;
    private final Map<K, TreeSet<T>> buckets = new HashMap<>();

    Index(Function<T, Iterable<K>> keys, Comparator<? super T> order) {
      this.keys = keys;
      this.order = order;
    }

    void add(T entity) {
      for (K key : keys.apply(entity)) {
        buckets.computeIfAbsent(key, k -> new TreeSet<>(order)).add(entity);
      }
    }

    void remove(T entity) {
      for (K key : keys.apply(entity)) {
        TreeSet<T> bucket = buckets.get(key);
        if (bucket != null) {
          bucket.remove(entity);
          if (bucket.isEmpty()) {
            buckets.remove(key);
          }
        }
      }
    }

    NavigableSet<T> get(K key) {
      TreeSet<T> bucket = buckets.get(key);
      return bucket == null ? Collections.emptyNavigableSet() : Collections.unmodifiableNavigableSet(bucket);
    }
  }

  final AggregateKind kind;
  final Comparator<T> order;
  final Map<EntityId, T> live = new HashMap<>();
  final Map<EntityId, Tombstone> tombstones = new HashMap<>();
  final TreeSet<T> all;
  final TreeMap<ChangeKey, EntityId> changes = new TreeMap<>();
  private final List<Index<T, ?>> indexes = new ArrayList<>();

  Table(AggregateKind kind) {
    this.kind = kind;
    this.order = Sorting.comparator(kind, Sort.unsorted());
    this.all = new TreeSet<>(order);
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
    changes.put(new ChangeKey(entity.revision().modified().orElseThrow(), entity.id().value()), entity.id());
    for (Index<T, ?> index : indexes) {
      index.add(entity);
    }
  }

  void removeLive(T entity) {
    live.remove(entity.id());
    all.remove(entity);
    changes.remove(new ChangeKey(entity.revision().modified().orElseThrow(), entity.id().value()));
    for (Index<T, ?> index : indexes) {
      index.remove(entity);
    }
  }

  void putTombstone(Tombstone tombstone) {
    tombstones.put(tombstone.id(), tombstone);
    changes.put(new ChangeKey(tombstone.deleted(), tombstone.id().value()), tombstone.id());
  }

  void removeTombstone(Tombstone tombstone) {
    tombstones.remove(tombstone.id());
    changes.remove(new ChangeKey(tombstone.deleted(), tombstone.id().value()));
  }
}

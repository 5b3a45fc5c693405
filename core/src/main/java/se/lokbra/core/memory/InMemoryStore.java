package se.lokbra.core.memory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.CheckReport;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.NotFoundException;
import se.lokbra.core.Repositories;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.conference.ConferenceRepository;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.CouncilRepository;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureRepository;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingQuery;
import se.lokbra.core.meeting.MeetingRepository;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.organisation.OrganisationRepository;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.person.PersonRepository;
import se.lokbra.core.repository.Change;
import se.lokbra.core.spi.GenericRepositories;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.CooperationAgreementRepository;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.IndicatorRepository;
import se.lokbra.core.measure.Target;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.plan.ActionPlanRepository;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.problem.ProblemRepository;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.SituationPictureRepository;
import se.lokbra.core.spi.ChangeSet;
import se.lokbra.core.spi.Persistence;
import se.lokbra.core.spi.Sorting;
import se.lokbra.core.spi.StoreRules;

/**
 * A complete store that keeps every entity in memory, with an index for every query, and hands each committed
 * transaction to a {@link Persistence}. It is the {@code memory:} store, and the engine of backends that keep their
 * whole data set in memory and persist change sets (the JSON directory store); an adapter writer can build on it the
 * same way.
 *
 * <p>Writers are serialised: a transaction holds the write lock from start to commit, so transactions are
 * serialisable and a failed one is undone before anyone sees it. Readers take a read lock per call. Inside a
 * transaction, the store's own repositories are part of it (the transaction belongs to the thread).
 */
public final class InMemoryStore implements LokbraStore {
  private final URI uri;
  private final Clock clock;
  private final ImmutableSet<StoreCapability> capabilities;
  private Persistence persistence; // set once, before the store is published
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<AggregateKind, Table<?>> tables = new EnumMap<>(AggregateKind.class);
  /**
   * target → how many references of live entities point to it. A delete of a target with none goes ahead at once;
   * the referrers themselves are looked for only when a delete is refused, by reading every live entity. Keeping
   * them instead would cost a set entry per reference (tens of megabytes for 100k measures) for that one case.
   */
  private final Map<EntityId, int[]> referenceCounts = new HashMap<>();
  /** (target, part) → how many references of live entities point to that part of the target; as above. */
  private final Map<PartOf, int[]> partReferenceCounts = new HashMap<>();

  /** A part of an entity that a reference points to. */
  private record PartOf(EntityId target, String part) {}

  /** The repository of each kind, on the table of that kind. */
  private final Map<AggregateKind, Repository<?, ?>> repositories = new EnumMap<>(AggregateKind.class);
  private @Nullable Tx tx; // guarded by the write lock; set while a transaction runs
  private volatile boolean closed;

  private InMemoryStore(URI uri, StoreOptions options, ImmutableSet<StoreCapability> capabilities,
      Persistence persistence) {
    this.uri = uri;
    this.clock = options.clock();
    this.capabilities = capabilities;
    this.persistence = persistence;
    for (AggregateKind kind : AggregateKind.values()) {
      Table<?> table = new Table<>(kind);
      tables.put(kind, table);
      repositories.put(kind, repositoryOf(kind, cast(table)));
    }
  }

  /**
   * The repository of {@code kind}: one with the queries of the kind's repository interface, or the generic one
   * (every {@link Repository} operation, from the kind's description) for a kind whose repository has no more.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Repository<?, ?> repositoryOf(AggregateKind kind, Table table) {
    return switch (kind) {
      case ORGANISATION -> new Organisations(table);
      case PERSON -> new People(table);
      case COUNCIL -> new Councils(table);
      case MEASURE -> new Measures(table);
      case MEETING -> new Meetings(table);
      case CONFERENCE -> new Conferences(table);
      case SITUATION_PICTURE -> new SituationPictures(table);
      case PROBLEM -> new Problems(table);
      case INDICATOR -> new Indicators(table);
      case COOPERATION_AGREEMENT -> new Agreements(table);
      case ACTION_PLAN -> new ActionPlans(table);
      default -> GenericRepositories.of((AggregateType) kind.descriptor(), new MemoryRepository<>(table));
    };
  }

  /**
   * Creates a store.
   *
   * @param uri what {@link #uri()} reports
   * @param options the clock to stamp revisions with
   * @param capabilities what the store declares beyond the contract
   * @param initial the data the store starts with (checked like {@link #restore}, not persisted again)
   * @param persistence where committed transactions go
   */
  public static InMemoryStore create(URI uri, StoreOptions options, Iterable<StoreCapability> capabilities,
      DataSet initial, Persistence persistence) {
    Checks.notNull(persistence, "persistence");
    InMemoryStore store = new InMemoryStore(Checks.notNull(uri, "uri"), Checks.notNull(options, "options"),
        ImmutableSet.copyOf(Checks.notNull(capabilities, "capabilities")), Persistence.NONE);
    store.load(Checks.notNull(initial, "initial")); // the initial data is already persisted
    store.persistence = persistence;
    return store;
  }

  /**
   * Fills this new, empty store with {@code data}: what {@link #restore} does, with the same checks in the same
   * order, but without a transaction's bookkeeping (nobody sees the store yet, and a failure discards it), and with
   * every index built from one sort of each table instead of one insertion per entity and index. Opening a large
   * JSON store spends most of its time outside reading files here.
   */
  private void load(DataSet data) {
    Map<AggregateKind, List<Aggregate<?, ?>>> entities = new EnumMap<>(AggregateKind.class);
    Map<AggregateKind, List<Tombstone>> dead = new EnumMap<>(AggregateKind.class);
    Map<EntityId, Aggregate<?, ?>> seen = new HashMap<>();
    List<Aggregate<?, ?>> added = new ArrayList<>();
    data.entities().forEach(entity -> {
      if (StoreRules.restoresEntity(entity, seen.get(entity.id()), false)) {
        seen.put(entity.id(), entity);
        entities.computeIfAbsent(entity.aggregateKind(), k -> new ArrayList<>()).add(entity);
        added.add(entity);
      }
    });
    Map<EntityId, Tombstone> seenDead = new HashMap<>();
    for (Tombstone tombstone : data.tombstones()) {
      if (StoreRules.restoresTombstone(tombstone, seen.get(tombstone.id()), seenDead.get(tombstone.id()))) {
        seenDead.put(tombstone.id(), tombstone);
        dead.computeIfAbsent(tombstone.id().kind(), k -> new ArrayList<>()).add(tombstone);
      }
    }
    tables.forEach((kind, table) -> {
      Table<Aggregate<?, ?>> t = cast(table);
      t.load(entities.getOrDefault(kind, List.of()), dead.getOrDefault(kind, List.of()));
    });
    // Listing references allocates a lot and needs no lock: on all cores, then checked and counted in order.
    List<ImmutableList<Reference>> references = added.parallelStream().map(Aggregate::references).toList();
    for (int i = 0; i < added.size(); i++) {
      checkReferences(added.get(i), references.get(i));
      checkUnique(added.get(i));
      count(references.get(i));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Aggregate<?, ?>> Table<T> cast(Table<?> table) {
    return (Table<T>) table;
  }

  // ---------------------------------------------------------------- store

  @Override
  public Repository<?, ?> repository(AggregateKind kind) {
    return repositories.get(Checks.notNull(kind, "kind"));
  }

  @Override
  public <R extends @Nullable Object> R inTransaction(Function<Repositories, R> work) {
    Checks.notNull(work, "work");
    return write(() -> work.apply(tx.repositories(this)));
  }

  /**
   * The reference check over the data in memory, then the persistence's own ({@link Persistence#check()}: the JSON
   * store reads its files again), both under the read lock so that no transaction commits meanwhile.
   */
  @Override
  public CheckReport check() {
    return read(() -> CheckReport.of(StoreRules.referenceProblems(snapshot())).and(persistence.check()));
  }

  @Override
  public DataSet snapshot() {
    return read(() -> {
      Map<AggregateKind, ImmutableList<Aggregate<?, ?>>> entities = new EnumMap<>(AggregateKind.class);
      ImmutableList.Builder<Tombstone> tombstones = ImmutableList.builder();
      tables.forEach((kind, table) -> {
        entities.put(kind, ImmutableList.copyOf(table.live.values()));
        tombstones.addAll(table.tombstones.values());
      });
      return DataSet.of(entities, tombstones.build());
    });
  }

  @Override
  public void restore(DataSet data) {
    Checks.notNull(data, "data");
    write(() -> {
      List<Aggregate<?, ?>> added = new ArrayList<>();
      data.entities().forEach(entity -> {
        Table<Aggregate<?, ?>> table = cast(tables.get(entity.aggregateKind()));
        if (StoreRules.restoresEntity(entity, table.live.get(entity.id()),
            table.tombstones.containsKey(entity.id()))) {
          touch(entity.id());
          putLive(table, entity);
          added.add(entity);
        }
      });
      for (Tombstone tombstone : data.tombstones()) {
        Table<?> table = tables.get(tombstone.id().kind());
        if (StoreRules.restoresTombstone(tombstone, table.live.get(tombstone.id()),
            table.tombstones.get(tombstone.id()))) {
          touch(tombstone.id());
          table.putTombstone(tombstone);
        }
      }
      for (Aggregate<?, ?> entity : added) {
        checkReferences(entity);
        checkUnique(entity);
      }
      return null;
    });
  }

  @Override
  public ImmutableSet<StoreCapability> capabilities() {
    return capabilities;
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        persistence.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryStore[" + uri + "]";
  }

  // ---------------------------------------------------------------- transactions

  /** What a transaction touched: for each id, its state before the transaction. */
  private static final class Tx {
    final Instant now;
    final LinkedHashMap<EntityId, Object> before = new LinkedHashMap<>();
    private volatile boolean ended;
    private Repositories repositories;

    Tx(Instant now) {
      this.now = now;
    }

    /** The repositories handed to {@code inTransaction}'s work: they refuse every call once this has ended. */
    Repositories repositories(InMemoryStore store) {
      if (repositories == null) {
        repositories = TransactionView.of(store, () -> !ended, store.uri.toString());
      }
      return repositories;
    }
  }

  private static final Object ABSENT = new Object();

  private void checkOpen() {
    if (closed) {
      throw new StorageException("the store " + uri + " is closed");
    }
  }

  private <R extends @Nullable Object> R read(Supplier<R> work) {
    checkOpen();
    lock.readLock().lock();
    try {
      checkOpen();
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <R extends @Nullable Object> R write(Supplier<R> work) {
    checkOpen();
    ReentrantReadWriteLock.WriteLock writeLock = lock.writeLock();
    if (writeLock.isHeldByCurrentThread()) {
      return work.get(); // joins the running transaction
    }
    writeLock.lock();
    try {
      checkOpen();
      tx = new Tx(clock.instant().truncatedTo(ChronoUnit.MICROS));
      R result;
      try {
        result = work.get();
        commit();
      } catch (RuntimeException | Error e) {
        rollback();
        throw e;
      }
      return result;
    } finally {
      if (tx != null) {
        tx.ended = true;
      }
      tx = null;
      writeLock.unlock();
    }
  }

  private Object stateOf(EntityId id) {
    Table<?> table = tables.get(id.kind());
    Object live = table.live.get(id);
    if (live != null) {
      return live;
    }
    Object tomb = table.tombstones.get(id);
    return tomb != null ? tomb : ABSENT;
  }

  private void touch(EntityId id) {
    tx.before.putIfAbsent(id, stateOf(id));
  }

  private void commit() {
    ImmutableList.Builder<Aggregate<?, ?>> saved = ImmutableList.builder();
    ImmutableList.Builder<Tombstone> deleted = ImmutableList.builder();
    ImmutableMap.Builder<EntityId, Aggregate<?, ?>> previous = ImmutableMap.builder();
    for (Map.Entry<EntityId, Object> e : tx.before.entrySet()) {
      Object now = stateOf(e.getKey());
      if (Objects.equals(now, e.getValue())) {
        continue;
      }
      if (now instanceof Aggregate<?, ?> a) {
        saved.add(a);
      } else if (now instanceof Tombstone t) {
        deleted.add(t);
      }
      if (e.getValue() instanceof Aggregate<?, ?> before) {
        previous.put(e.getKey(), before);
      }
    }
    ChangeSet changes = new ChangeSet(saved.build(), deleted.build(), previous.buildOrThrow());
    if (!changes.isEmpty()) {
      persistence.persist(changes);
    }
  }

  private void rollback() {
    List<Map.Entry<EntityId, Object>> entries = new ArrayList<>(tx.before.entrySet());
    for (int i = entries.size() - 1; i >= 0; i--) {
      EntityId id = entries.get(i).getKey();
      Table<Aggregate<?, ?>> table = cast(tables.get(id.kind()));
      Object now = stateOf(id);
      if (now instanceof Aggregate<?, ?> a) {
        removeLive(table, a);
      } else if (now instanceof Tombstone t) {
        table.removeTombstone(t);
      }
      Object before = entries.get(i).getValue();
      if (before instanceof Aggregate<?, ?> a) {
        putLive(table, a);
      } else if (before instanceof Tombstone t) {
        table.putTombstone(t);
      }
    }
  }

  private void putLive(Table<Aggregate<?, ?>> table, Aggregate<?, ?> entity) {
    table.putLive(entity);
    count(entity.references());
  }

  /** Counts the references of an entity that became live. */
  private void count(List<Reference> references) {
    for (Reference ref : references) {
      referenceCounts.computeIfAbsent(ref.target(), k -> new int[1])[0]++;
      if (ref.part().isPresent()) {
        partReferenceCounts.computeIfAbsent(new PartOf(ref.target(), ref.part().get()), k -> new int[1])[0]++;
      }
    }
  }

  private void removeLive(Table<Aggregate<?, ?>> table, Aggregate<?, ?> entity) {
    table.removeLive(entity);
    for (Reference ref : entity.references()) {
      int[] count = referenceCounts.get(ref.target());
      if (count != null && --count[0] == 0) {
        referenceCounts.remove(ref.target());
      }
      if (ref.part().isPresent()) {
        PartOf part = new PartOf(ref.target(), ref.part().get());
        int[] partCount = partReferenceCounts.get(part);
        if (partCount != null && --partCount[0] == 0) {
          partReferenceCounts.remove(part);
        }
      }
    }
  }

  // ---------------------------------------------------------------- checks (the rules are StoreRules')

  private void checkReferences(Aggregate<?, ?> entity) {
    checkReferences(entity, entity.references());
  }

  private void checkReferences(Aggregate<?, ?> entity, List<Reference> references) {
    StoreRules.checkReferences(entity, references, ref -> {
      Aggregate<?, ?> target = tables.get(ref.target().kind()).live.get(ref.target());
      return target != null && StoreRules.hasPart(target, ref);
    });
  }

  private void checkUnique(Aggregate<?, ?> entity) {
    Table<?> table = tables.get(entity.aggregateKind());
    if (!table.kind.descriptor().uniqueFields().isEmpty()) {
      StoreRules.checkUnique(entity, table::holders);
    }
  }

  /** Refuses an update of {@code current} to {@code next} that drops a part others still refer to. */
  private void checkPartsKept(@Nullable Aggregate<?, ?> current, Aggregate<?, ?> next) {
    if (current == null || current.parts().isEmpty() || next.parts().containsAll(current.parts())) {
      return;
    }
    for (String part : current.parts()) {
      if (!next.parts().contains(part) && partReferenceCounts.containsKey(new PartOf(current.id(), part))) {
        StoreRules.checkPartsKept(next, referrersOf(current.id()));
        return;
      }
    }
  }

  /** The live entities that refer to {@code id}: read from every table, for the message of a refusal. */
  private List<Aggregate<?, ?>> referrersOf(EntityId id) {
    List<Aggregate<?, ?>> referrers = new ArrayList<>();
    for (Table<?> table : tables.values()) {
      for (Aggregate<?, ?> entity : table.live.values()) {
        for (Reference ref : entity.references()) {
          if (ref.target().equals(id)) {
            referrers.add(entity);
            break;
          }
        }
      }
    }
    return referrers;
  }

  private void checkNotReferenced(EntityId id) {
    if (referenceCounts.containsKey(id)) {
      StoreRules.checkNotReferenced(id, referrersOf(id));
    }
  }

  // ---------------------------------------------------------------- repositories

  /**
   * A repository of this store: every {@link Repository} operation on the table of one kind; the repositories with
   * more queries extend it.
   */
  private class MemoryRepository<T extends Aggregate<I, T>, I extends EntityId>
      implements Repository<T, I> {
    Table<T> table;

    MemoryRepository(Table<T> table) {
      this.table = table;
    }

    @Override
    public T save(T entity) {
      Checks.notNull(entity, table.kind.singular());
      return write(() -> doSave(entity));
    }

    @Override
    public ImmutableList<T> saveAll(Iterable<T> entities) {
      ImmutableList<T> list = Checks.list(entities, "entities");
      return write(() -> list.stream().map(this::doSave).collect(ImmutableList.toImmutableList()));
    }

    private T doSave(T entity) {
      StoreRules.checkKind(entity, table.kind);
      I id = entity.id();
      T current = table.live.get(id);
      Tombstone tomb = table.tombstones.get(id);
      StoreRules.State state = current != null ? StoreRules.State.of(current)
          : tomb != null ? StoreRules.State.of(tomb) : null;
      T stored = entity.withRevision(StoreRules.revisionOnSave(entity, state, tx.now));
      checkReferences(stored);
      checkPartsKept(current, stored);
      checkUnique(stored);
      touch(id);
      Table<Aggregate<?, ?>> t = cast(table);
      if (current != null) {
        removeLive(t, current);
      }
      if (tomb != null) {
        table.removeTombstone(tomb);
      }
      putLive(t, stored);
      return stored;
    }

    @Override
    public Optional<T> findById(I id) {
      Checks.notNull(id, "id");
      return read(() -> Optional.ofNullable(table.live.get(id)));
    }

    @Override
    public T getById(I id) {
      return findById(id).orElseThrow(() -> new NotFoundException(id));
    }

    @Override
    public boolean existsById(I id) {
      Checks.notNull(id, "id");
      return read(() -> table.live.containsKey(id));
    }

    @Override
    public Page<T> findAll(PageRequest page) {
      return query(() -> table.all, null, page);
    }

    @Override
    public long count() {
      return read(() -> (long) table.live.size());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<T> findBy(String field, Object value, PageRequest page) {
      Field<T, ?> f = StoreRules.checkFindBy((AggregateType<T, I>) table.kind.descriptor(), field, value);
      Checks.notNull(page, "page");
      return query(() -> table.all, e -> f.values(e).contains(value), page);
    }

    @Override
    public boolean deleteById(I id) {
      Checks.notNull(id, "id");
      return write(() -> {
        T current = table.live.get(id);
        if (current == null) {
          return false;
        }
        doDelete(current);
        return true;
      });
    }

    @Override
    public void delete(T entity) {
      Checks.notNull(entity, table.kind.singular());
      write(() -> {
        T current = table.live.get(entity.id());
        StoreRules.checkDeletedVersion(entity, current == null ? null : StoreRules.State.of(current));
        doDelete(current);
        return null;
      });
    }

    private void doDelete(T current) {
      checkNotReferenced(current.id());
      touch(current.id());
      removeLive(cast(table), current);
      table.putTombstone(StoreRules.tombstoneOnDelete(current.id(), StoreRules.State.of(current), tx.now));
    }

    @Override
    public Page<Change<T, I>> changesSince(Instant since, PageRequest page) {
      Checks.notNull(since, "since");
      Checks.notNull(page, "page");
      Checks.check(page.sort().isUnsorted(), "sort", page.sort(), "must be unsorted: changes come in "
          + "modification order");
      return read(() -> {
        int from = table.firstChangeFrom(since);
        ImmutableList.Builder<Change<T, I>> content = ImmutableList.builder();
        Iterator<Object> entries = table.changes.iterator((int) Math.min(Integer.MAX_VALUE,
            from + page.offset()));
        for (int i = 0; i < page.size() && entries.hasNext(); i++) {
          content.add(changeOf(entries.next()));
        }
        return new Page<>(content.build(), page, table.changes.size() - from);
      });
    }

    @SuppressWarnings("unchecked")
    private Change<T, I> changeOf(Object entry) {
      return entry instanceof Tombstone t ? Change.deleted(t) : Change.of((T) entry);
    }

    /**
     * One page of {@code candidates} (in default order) that pass {@code filter} (null: all pass), in the
     * requested order.
     */
    Page<T> query(Supplier<OrderedSet<T>> candidates, @Nullable Predicate<T> filter, PageRequest page) {
      return queryOf(() -> Candidates.of(candidates.get(), filter), page);
    }

    /**
     * One page of what {@code candidates} yields, in the requested order. With the default order and no filter
     * only the page is read: it costs O(size), not O(matches), and the count is known.
     */
    Page<T> queryOf(Supplier<Candidates<T>> candidates, PageRequest page) {
      Checks.notNull(page, "page");
      if (!page.sort().isUnsorted()) {
        Sorting.effectiveOrders(table.kind, page.sort()); // validates the properties before anything else
      }
      return read(() -> {
        Candidates<T> c = candidates.get();
        // The table keeps its entities in the default order; any other order (code point text too) is sorted.
        if (page.sort().isDefault()) {
          ImmutableList.Builder<T> content = ImmutableList.builderWithExpectedSize(page.size());
          if (c.filter() == null) {
            Iterator<T> it = c.from((int) Math.min(Integer.MAX_VALUE, page.offset()));
            for (int i = 0; i < page.size() && it.hasNext(); i++) {
              content.add(it.next());
            }
            return new Page<>(content.build(), page, c.size());
          }
          long matches = 0;
          long end = page.offset() + page.size();
          for (Iterator<T> it = c.from(0); it.hasNext(); ) {
            T candidate = it.next();
            if (c.filter().test(candidate)) {
              if (matches >= page.offset() && matches < end) {
                content.add(candidate);
              }
              matches++;
            }
          }
          return new Page<>(content.build(), page, matches);
        }
        List<T> matches = new ArrayList<>();
        for (Iterator<T> it = c.from(0); it.hasNext(); ) {
          T candidate = it.next();
          if (c.filter() == null || c.filter().test(candidate)) {
            matches.add(candidate);
          }
        }
        matches.sort(Sorting.comparator(table.kind, page.sort()));
        int from = (int) Math.min(page.offset(), matches.size());
        int to = Math.min(from + page.size(), matches.size());
        return new Page<>(ImmutableList.copyOf(matches.subList(from, to)), page, matches.size());
      });
    }
  }

  /** Reads entities in default order from the {@code skip}-th on. */
  private interface Sequence<T> {
    Iterator<T> from(int skip);
  }

  /**
   * What a query reads: entities in default order, the number of them (when {@code filter} is null), and the
   * filter they must pass (null: all pass).
   */
  private record Candidates<T>(Sequence<T> sequence, long size, @Nullable Predicate<T> filter) {
    /** The elements of {@code set} with indexes {@code from} (inclusive) to {@code to} (exclusive). */
    static <T> Candidates<T> of(OrderedSet<T> set, int from, int to, @Nullable Predicate<T> filter) {
      return new Candidates<>(skip -> set.iterator((int) Math.min(Integer.MAX_VALUE, (long) from + skip), to),
          filter == null ? to - from : -1, filter);
    }

    static <T> Candidates<T> of(OrderedSet<T> set, @Nullable Predicate<T> filter) {
      return of(set, 0, set.size(), filter);
    }

    Iterator<T> from(int skip) {
      return sequence.from(skip);
    }
  }

  private final class Councils extends MemoryRepository<Council, CouncilId> implements CouncilRepository {
    final Table.Index<Council, MunicipalityCode> byMunicipality;

    Councils(Table<Council> table) {
      super(table);
      byMunicipality = table.addIndex(Council::municipalities);
    }

    @Override
    public Page<Council> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
      Checks.notNull(municipality, "municipality");
      return query(() -> byMunicipality.get(municipality), null, page);
    }
  }

  private final class Organisations extends MemoryRepository<Organisation, OrganisationId>
      implements OrganisationRepository {
    /** The unique field the store indexes anyway. */
    static final se.lokbra.core.meta.Field<Organisation, ?> ORGANISATION_NUMBER =
        Organisation.TYPE.field("organisationNumber");
    final Table.Index<Organisation, OrganisationKind> byKind;
    final Table.Index<Organisation, MunicipalityCode> byMunicipality;

    Organisations(Table<Organisation> table) {
      super(table);
      byKind = table.addIndex(o -> List.of(o.kind()));
      byMunicipality = table.addIndex(o -> o.municipality().stream().toList());
    }

    @Override
    public Page<Organisation> findByKind(OrganisationKind kind, PageRequest page) {
      Checks.notNull(kind, "kind");
      return query(() -> byKind.get(kind), null, page);
    }

    @Override
    public Page<Organisation> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
      Checks.notNull(municipality, "municipality");
      return query(() -> byMunicipality.get(municipality), null, page);
    }

    @Override
    public Optional<Organisation> findByOrganisationNumber(OrganisationNumber number) {
      Checks.notNull(number, "organisationNumber");
      return read(() -> {
        Iterator<Organisation> it = table.holders(ORGANISATION_NUMBER, number).iterator();
        return it.hasNext() ? Optional.of(it.next()) : Optional.<Organisation>empty();
      });
    }
  }

  private final class People extends MemoryRepository<Person, PersonId> implements PersonRepository {
    final Table.Index<Person, OrganisationId> byAffiliation;

    People(Table<Person> table) {
      super(table);
      byAffiliation = table.addIndex(p -> p.affiliation().stream().toList());
    }

    @Override
    public Page<Person> findByOrganisation(OrganisationId organisation, PageRequest page) {
      Checks.notNull(organisation, "organisation");
      return query(() -> byAffiliation.get(organisation), null, page);
    }
  }

  private final class Measures extends MemoryRepository<Measure, MeasureId> implements MeasureRepository {
    /** Year bucket for measures whose period is open-ended or longer than this many years. */
    private static final int WIDE = Integer.MIN_VALUE;
    private static final int MAX_INDEXED_YEARS = 50;

    final Table.Index<Measure, CouncilId> byCouncil;
    final Table.Index<Measure, se.lokbra.core.measure.MeasureStatus> byStatus;
    final Table.Index<Measure, se.lokbra.core.measure.MeasureCategory> byCategory;
    final Table.Index<Measure, Integer> byYear;
    final Table.Index<Measure, ActionPlanId> byActionPlan;
    final Table.Index<Measure, ProblemId> byProblem;
    final Table.Index<Measure, Boolean> withoutProblem;

    Measures(Table<Measure> table) {
      super(table);
      byCouncil = table.addIndex(m -> List.of(m.council()));
      byStatus = table.addIndex(m -> List.of(m.status()));
      byCategory = table.addIndex(m -> List.of(m.category()));
      byYear = table.addIndex(Measures::years);
      byActionPlan = table.addIndex(m -> m.actionPlan().stream().toList());
      byProblem = table.addIndex(m -> m.targets().stream().map(Target::problem).distinct().toList());
      withoutProblem = table.addIndex(m -> m.targets().isEmpty() ? List.of(Boolean.TRUE) : List.of());
    }

    private static List<Integer> years(Measure m) {
      if (m.period().isEmpty()) {
        return List.of();
      }
      int first = m.period().get().firstDay().getYear();
      Optional<Integer> last = m.period().get().lastDay().map(d -> d.getYear());
      if (last.isEmpty() || last.get() - first >= MAX_INDEXED_YEARS) {
        return List.of(WIDE);
      }
      List<Integer> years = new ArrayList<>();
      for (int y = first; y <= last.get(); y++) {
        years.add(y);
      }
      return years;
    }

    @Override
    public Page<Measure> find(MeasureQuery q, PageRequest page) {
      Checks.notNull(q, "query");
      return queryOf(() -> {
        OrderedSet<Measure> smallest = table.all;
        if (q.council().isPresent()) {
          smallest = smaller(smallest, byCouncil.get(q.council().get()));
        }
        if (q.status().isPresent()) {
          smallest = smaller(smallest, byStatus.get(q.status().get()));
        }
        if (q.category().isPresent()) {
          smallest = smaller(smallest, byCategory.get(q.category().get()));
        }
        if (q.actionPlan().isPresent()) {
          smallest = smaller(smallest, byActionPlan.get(q.actionPlan().get()));
        }
        if (q.problem().isPresent()) {
          smallest = smaller(smallest, byProblem.get(q.problem().get()));
        }
        if (q.noProblem()) {
          smallest = smaller(smallest, withoutProblem.get(Boolean.TRUE));
        }
        OrderedSet<Measure> wide = byYear.get(WIDE);
        boolean yearNeedsWide = q.year().isPresent() && !wide.isEmpty();
        if (q.year().isPresent()) {
          if (!yearNeedsWide) {
            smallest = smaller(smallest, byYear.get(q.year().getAsInt()));
          } else if (q.criteria() == 1) {
            // Only a year, and some periods are open-ended: merge the exact bucket with the matching wide ones.
            OrderedSet<Measure> exact = byYear.get(q.year().getAsInt());
            List<Measure> wideMatches = new ArrayList<>();
            for (Measure m : wide) {
              if (q.matches(m)) {
                wideMatches.add(m);
              }
            }
            return new Candidates<>(skip -> {
              Iterator<Measure> merged = com.google.common.collect.Iterators.mergeSorted(
                  List.of(exact.iterator(), wideMatches.iterator()), table.order);
              com.google.common.collect.Iterators.advance(merged, skip);
              return merged;
            }, exact.size() + wideMatches.size(), null);
          }
        }
        boolean exact = q.criteria() == 1 && !yearNeedsWide;
        return Candidates.of(smallest, exact || q.criteria() == 0 ? null : q::matches);
      }, page);
    }

    private static OrderedSet<Measure> smaller(OrderedSet<Measure> a, OrderedSet<Measure> b) {
      return b.size() < a.size() ? b : a;
    }
  }

  private final class Meetings extends MemoryRepository<Meeting, MeetingId> implements MeetingRepository {
    final Table.Index<Meeting, CouncilId> byCouncil;

    Meetings(Table<Meeting> table) {
      super(table);
      byCouncil = table.addIndex(m -> List.of(m.council()));
    }

    @Override
    public Page<Meeting> find(MeetingQuery q, PageRequest page) {
      Checks.notNull(q, "query");
      boolean ranged = q.from().isPresent() || q.to().isPresent();
      if (q.council().isPresent()) {
        return query(() -> byCouncil.get(q.council().get()), ranged ? q::matches : null, page);
      }
      // The default order is (start, id), so a time range is a contiguous slice of all meetings.
      return queryOf(() -> {
        int from = 0;
        int to = table.all.size();
        if (q.from().isPresent() && q.from().get().isAfter(MIN_START)) {
          from = q.from().get().isAfter(MAX_START) ? to : table.all.rank(probe(q.from().get()));
        }
        if (q.to().isPresent() && q.to().get().isBefore(MAX_START)) {
          to = q.to().get().isBefore(MIN_START) ? 0 : table.all.rank(probe(q.to().get()));
        }
        return Candidates.of(table.all, from, Math.max(from, to), null);
      }, page);
    }

    /** Meetings start in years 1000 to 9999 (see {@link Meeting}); bounds outside need no probe. */
    private static final Instant MIN_START = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant MAX_START = Instant.parse("9999-12-31T00:00:00Z");

    /**
     * A meeting that sorts before every real meeting starting at or after {@code instant} ("0" is the least
     * valid id). Meetings start on whole seconds, so rounding up keeps both bounds exact.
     */
    private static Meeting probe(Instant instant) {
      Instant whole = instant.getNano() == 0 ? instant : instant.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
      return Meeting.builder().id("0").council(CouncilId.of("0"))
          .start(java.time.ZonedDateTime.ofInstant(whole, java.time.ZoneOffset.UTC)).build();
    }
  }

  private final class Conferences extends MemoryRepository<Conference, ConferenceId>
      implements ConferenceRepository {
    Conferences(Table<Conference> table) {
      super(table);
    }

    @Override
    public Page<Conference> findByDateOverlapping(java.time.LocalDate from, java.time.LocalDate to,
        PageRequest page) {
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      Checks.check(!to.isBefore(from), "to", to, "must not be before from (%s)", from);
      return query(() -> table.all, c -> !c.start().isAfter(to) && !c.lastDay().isBefore(from), page);
    }

    @Override
    public Page<Conference> upcoming(java.time.LocalDate today, PageRequest page) {
      Checks.notNull(today, "today");
      return query(() -> table.all, c -> !c.lastDay().isBefore(today), page);
    }
  }

  private final class SituationPictures extends MemoryRepository<SituationPicture, SituationPictureId>
      implements SituationPictureRepository {
    final Table.Index<SituationPicture, MunicipalityCode> byMunicipality;
    final Table.Index<SituationPicture, CouncilId> byCouncil;

    SituationPictures(Table<SituationPicture> table) {
      super(table);
      byMunicipality = table.addIndex(SituationPicture::municipalities);
      byCouncil = table.addIndex(s -> s.council().stream().toList());
    }

    @Override
    public Page<SituationPicture> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
      Checks.notNull(municipality, "municipality");
      return query(() -> byMunicipality.get(municipality), null, page);
    }

    @Override
    public Page<SituationPicture> findByCouncil(CouncilId council, PageRequest page) {
      Checks.notNull(council, "council");
      return query(() -> byCouncil.get(council), null, page);
    }
  }

  private final class Problems extends MemoryRepository<Problem, ProblemId> implements ProblemRepository {
    final Table.Index<Problem, SituationPictureId> bySituationPicture;
    final Table.Index<Problem, Boolean> prioritised;

    Problems(Table<Problem> table) {
      super(table);
      bySituationPicture = table.addIndex(p -> p.situationPicture().stream().toList());
      prioritised = table.addIndex(p -> p.isPrioritised() ? List.of(Boolean.TRUE) : List.of());
    }

    @Override
    public Page<Problem> findBySituationPicture(SituationPictureId situationPicture, PageRequest page) {
      Checks.notNull(situationPicture, "situationPicture");
      return query(() -> bySituationPicture.get(situationPicture), null, page);
    }

    @Override
    public Page<Problem> findPrioritised(PageRequest page) {
      Checks.notNull(page, "page");
      PageRequest ordered = page.sort().isUnsorted()
          ? page.withSort(Sort.by("priority", "title").withTextOrder(page.sort().textOrder())) : page;
      return query(() -> prioritised.get(Boolean.TRUE), null, ordered);
    }
  }

  private final class Indicators extends MemoryRepository<Indicator, IndicatorId> implements IndicatorRepository {
    final Table.Index<Indicator, ProblemId> byProblem;

    Indicators(Table<Indicator> table) {
      super(table);
      byProblem = table.addIndex(i -> List.of(i.problem()));
    }

    @Override
    public Page<Indicator> findByProblem(ProblemId problem, PageRequest page) {
      Checks.notNull(problem, "problem");
      return query(() -> byProblem.get(problem), null, page);
    }
  }

  private final class Agreements extends MemoryRepository<CooperationAgreement, CooperationAgreementId>
      implements CooperationAgreementRepository {
    final Table.Index<CooperationAgreement, PromiseStatus> byPromiseStatus;

    Agreements(Table<CooperationAgreement> table) {
      super(table);
      byPromiseStatus = table.addIndex(a -> a.promises().stream().map(CitizenPromise::status).distinct().toList());
    }

    @Override
    public Page<CooperationAgreement> findInForceOn(java.time.LocalDate date, PageRequest page) {
      Checks.notNull(date, "date");
      return query(() -> table.all, a -> a.isInForceOn(date), page);
    }

    @Override
    public Page<CooperationAgreement> findByPromiseStatus(PromiseStatus status, PageRequest page) {
      Checks.notNull(status, "status");
      return query(() -> byPromiseStatus.get(status), null, page);
    }
  }

  private final class ActionPlans extends MemoryRepository<ActionPlan, ActionPlanId>
      implements ActionPlanRepository {
    final Table.Index<ActionPlan, MunicipalityCode> byMunicipality;

    ActionPlans(Table<ActionPlan> table) {
      super(table);
      byMunicipality = table.addIndex(ActionPlan::municipalities);
    }

    @Override
    public Page<ActionPlan> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
      Checks.notNull(municipality, "municipality");
      return query(() -> byMunicipality.get(municipality), null, page);
    }
  }
}

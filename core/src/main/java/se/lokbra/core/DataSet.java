package se.lokbra.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.situation.SituationPicture;

/**
 * Everything in a store at one moment: every live entity with its revision, kind by kind, and the tombstones of
 * deleted ones. {@link LokbraStore#snapshot()} makes one; {@link LokbraStore#restore(DataSet)} writes one into a
 * store, keeping ids, versions and timestamps, which is how stores are copied between backends.
 *
 * <p>A data set holds a list for every {@link AggregateKind} (empty where it has none), each sorted by id, and the
 * tombstones sorted by id. It is immutable and compares by content. Build one with {@link #builder()} (or
 * {@link #of}); {@link #entities(AggregateType)} reads the list of any kind, typed, and the named accessors
 * ({@link #measures()} …) are conveniences for the kinds of lokbra's first versions.
 */
public final class DataSet {
  private final ImmutableMap<AggregateKind, ImmutableList<? extends Aggregate<?, ?>>> entities;
  private final ImmutableList<Tombstone> tombstones;

  private DataSet(ImmutableMap<AggregateKind, ImmutableList<? extends Aggregate<?, ?>>> entities,
      ImmutableList<Tombstone> tombstones) {
    this.entities = entities;
    this.tombstones = tombstones;
  }

  /** A data set with no entities and no tombstones. */
  public static DataSet empty() {
    return Empty.EMPTY;
  }

  /** Built on first use, so that this class's initialisation reaches no aggregate's. */
  private static final class Empty {
    static final DataSet EMPTY = builder().build();
  }

  /** Starts an empty data set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this data set's entities and tombstones, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    entities.forEach((kind, list) -> builder.lists.put(kind, ImmutableList.<Aggregate<?, ?>>builder().addAll(list)));
    builder.tombstones.addAll(tombstones);
    return builder;
  }

  /**
   * A data set from the live entities of each kind and the tombstones, for code that handles every aggregate
   * alike; a kind that is not a key has no entities.
   *
   * @throws ValidationException if a list holds an entity of another kind than its key, or a null
   */
  public static DataSet of(Map<AggregateKind, ? extends Iterable<? extends Aggregate<?, ?>>> entities,
      Iterable<Tombstone> tombstones) {
    Checks.notNull(entities, "entities");
    Builder builder = builder();
    entities.forEach((kind, list) -> {
      Checks.notNull(kind, "entities");
      ImmutableList<Aggregate<?, ?>> copy = Checks.list(list, kind.plural());
      for (int i = 0; i < copy.size(); i++) {
        Checks.check(copy.get(i).aggregateKind() == kind, kind.plural() + "[" + i + "]", copy.get(i).describe(),
            "must be a %s", kind.singular());
      }
      builder.addAll(copy);
    });
    return builder.tombstones(tombstones).build();
  }

  /** The live entities of one kind, sorted by id; empty if there are none. */
  public ImmutableList<? extends Aggregate<?, ?>> entities(AggregateKind kind) {
    return Objects.requireNonNull(entities.get(Checks.notNull(kind, "kind")));
  }

  /** The live entities of the aggregate {@code type} describes, typed, sorted by id. */
  @SuppressWarnings("unchecked")
  public <T extends Aggregate<I, T>, I extends EntityId> ImmutableList<T> entities(AggregateType<T, I> type) {
    return (ImmutableList<T>) entities(type.kind());
  }

  /** Every live entity, kind by kind in the order of {@link AggregateKind}, each kind sorted by id. */
  public Stream<Aggregate<?, ?>> entities() {
    return entities.values().stream().flatMap(list -> list.stream().map(a -> (Aggregate<?, ?>) a));
  }

  /** The tombstones of deleted entities, sorted by id. */
  public ImmutableList<Tombstone> tombstones() {
    return tombstones;
  }

  /** The number of live entities. */
  public int size() {
    return entities.values().stream().mapToInt(ImmutableList::size).sum();
  }

  /** Whether the data set holds no entity and no tombstone. */
  public boolean isEmpty() {
    return size() == 0 && tombstones.isEmpty();
  }

  public ImmutableList<Organisation> organisations() {
    return entities(Organisation.TYPE);
  }

  public ImmutableList<Person> people() {
    return entities(Person.TYPE);
  }

  public ImmutableList<Council> councils() {
    return entities(Council.TYPE);
  }

  public ImmutableList<Measure> measures() {
    return entities(Measure.TYPE);
  }

  public ImmutableList<Meeting> meetings() {
    return entities(Meeting.TYPE);
  }

  public ImmutableList<Conference> conferences() {
    return entities(Conference.TYPE);
  }

  /** Situation pictures ("lägesbilder"). */
  public ImmutableList<SituationPicture> situationPictures() {
    return entities(SituationPicture.TYPE);
  }

  public ImmutableList<Problem> problems() {
    return entities(Problem.TYPE);
  }

  public ImmutableList<Indicator> indicators() {
    return entities(Indicator.TYPE);
  }

  /** Cooperation agreements ("samverkansöverenskommelser"). */
  public ImmutableList<CooperationAgreement> cooperationAgreements() {
    return entities(CooperationAgreement.TYPE);
  }

  /** Action plans ("åtgärdsplaner"). */
  public ImmutableList<ActionPlan> actionPlans() {
    return entities(ActionPlan.TYPE);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DataSet other && entities.equals(other.entities) && tombstones.equals(other.tombstones);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entities, tombstones);
  }

  /** The kinds that have entities with their entities, then the tombstones (for test failures; may be long). */
  @Override
  public String toString() {
    return entities.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getKey().plural() + "=" + e.getValue())
        .collect(Collectors.joining(", ", "DataSet[", ", tombstones=" + tombstones + "]"));
  }

  /**
   * Collects the entities and tombstones of a data set. Entities may come in any order and kinds mixed; each kind is
   * sorted by id when the data set is built. Not thread-safe.
   */
  public static final class Builder {
    private final EnumMap<AggregateKind, ImmutableList.Builder<Aggregate<?, ?>>> lists =
        new EnumMap<>(AggregateKind.class);
    private final ImmutableList.Builder<Tombstone> tombstones = ImmutableList.builder();

    private Builder() {}

    /** Adds one live entity, to the list of its kind. */
    public Builder add(Aggregate<?, ?> entity) {
      Checks.notNull(entity, "entity");
      lists.computeIfAbsent(entity.aggregateKind(), k -> ImmutableList.builder()).add(entity);
      return this;
    }

    /** Adds live entities, each to the list of its kind. */
    public Builder addAll(Iterable<? extends Aggregate<?, ?>> entities) {
      Checks.list(entities, "entities").forEach(this::add);
      return this;
    }

    /** Removes every entity of {@code kind} added so far. */
    public Builder clear(AggregateKind kind) {
      lists.remove(Checks.notNull(kind, "kind"));
      return this;
    }

    /** Adds one tombstone. */
    public Builder tombstone(Tombstone tombstone) {
      tombstones.add(Checks.notNull(tombstone, "tombstone"));
      return this;
    }

    /** Adds tombstones. */
    public Builder tombstones(Iterable<Tombstone> tombstones) {
      this.tombstones.addAll(Checks.list(tombstones, "tombstones"));
      return this;
    }

    public DataSet build() {
      ImmutableMap.Builder<AggregateKind, ImmutableList<? extends Aggregate<?, ?>>> map = ImmutableMap.builder();
      for (AggregateKind kind : AggregateKind.values()) {
        ImmutableList.Builder<Aggregate<?, ?>> list = lists.get(kind);
        map.put(kind, list == null ? ImmutableList.of() : list.build().stream()
            .sorted(Comparator.comparing(a -> a.id().value())).collect(ImmutableList.toImmutableList()));
      }
      return new DataSet(map.buildOrThrow(), tombstones.build().stream().sorted(Comparator.comparing(Tombstone::id))
          .collect(ImmutableList.toImmutableList()));
    }
  }
}

package se.lokbra.core.spi;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.CheckReport;
import se.lokbra.core.DataSet;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.ValidationException;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;

/**
 * The rules every store applies to writes, written once and free of any storage engine: how a save stamps the
 * revision (and when its version conflicts), what a delete leaves as tombstone, when references dangle or a save
 * drops a part others refer to, when a unique field is taken, and how {@link se.lokbra.core.LokbraStore#restore}
 * treats ids the store already holds. A store looks up the state these rules need (by index, by query) and calls
 * them before it writes anything, so every backend refuses the same writes with the same messages.
 */
public final class StoreRules {
  private StoreRules() {}

  /** What a store holds under one id, as the rules need it: a live entity's revision, or a tombstone's. */
  public interface State {
    long version();

    Instant created();

    /** When the live entity was last saved, or when the tombstone's entity was deleted. */
    Instant modified();

    /** True for a live entity, false for a tombstone. */
    boolean live();

    /** The state of a stored (not new) live entity. */
    static State of(Aggregate<?, ?> entity) {
      Revision revision = entity.revision();
      return new Snapshot(revision.version(), revision.created().orElseThrow(), revision.modified().orElseThrow(),
          true);
    }

    static State of(Tombstone tombstone) {
      return new Snapshot(tombstone.version(), tombstone.created(), tombstone.deleted(), false);
    }
  }

  private record Snapshot(long version, Instant created, Instant modified, boolean live) implements State {}

  // ---------------------------------------------------------------- queries

  /**
   * The field of {@code type} a {@link se.lokbra.core.repository.Repository#findBy} names, checked with its value:
   * the field exists, is {@linkplain Field#isQueryable queryable}, and the value is of its value type.
   *
   * @throws ValidationException naming the field and the value otherwise
   */
  public static <T extends Aggregate<I, T>, I extends EntityId> Field<T, ?> checkFindBy(AggregateType<T, I> type,
      String field, @Nullable Object value) {
    Checks.notNull(field, "field");
    Field<T, ?> found = type.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElse(null);
    Checks.check(found != null, "field", field, "is not a field of %s (fields: %s)", type.singular(),
        type.fields().stream().map(Field::name).toList());
    Checks.check(found.isQueryable(), "field", field, "is a field of %s values, which are not queryable",
        found.type().javaType().getSimpleName());
    Checks.check(value != null, field, null, "a query needs a value");
    Checks.check(found.type().javaType().isInstance(value), field, value, "is not a %s",
        found.type().javaType().getSimpleName());
    return found;
  }

  // ---------------------------------------------------------------- saves and deletes

  /**
   * Refuses an entity handed to the repository of another kind.
   *
   * @throws ValidationException naming the entity and the kind it must be
   */
  public static void checkKind(Aggregate<?, ?> entity, AggregateKind kind) {
    Checks.check(entity.aggregateKind() == kind, "entity", entity.describe(), "must be a %s", kind.singular());
  }

  /**
   * The revision a save gives {@code entity}: version 1 (or one more than its tombstone's) for a new entity
   * (version 0), else one more than the stored version it must carry; created kept, modified {@code now} but never
   * earlier than before.
   *
   * @param stored what the store holds under the entity's id, or null if nothing
   * @throws VersionConflictException if a new entity's id is live, or a saved one's version is not the live one
   */
  public static Revision revisionOnSave(Aggregate<?, ?> entity, @Nullable State stored, Instant now) {
    long given = entity.version();
    boolean live = stored != null && stored.live();
    if (given == 0) {
      if (live) {
        throw new VersionConflictException(entity.id(), 0, stored.version());
      }
      return Revision.of(stored == null ? 1 : stored.version() + 1, now, now);
    }
    if (!live || stored.version() != given) {
      throw new VersionConflictException(entity.id(), given, live ? stored.version() : -1);
    }
    return Revision.of(given + 1, stored.created(), latest(now, stored.modified()));
  }

  /**
   * Refuses the delete of {@code entity} unless the store holds it live in the version it carries.
   *
   * @param stored what the store holds under the entity's id, or null if nothing
   * @throws VersionConflictException otherwise
   */
  public static void checkDeletedVersion(Aggregate<?, ?> entity, @Nullable State stored) {
    if (stored == null || !stored.live() || stored.version() != entity.version()) {
      throw new VersionConflictException(entity.id(), entity.version(),
          stored != null && stored.live() ? stored.version() : -1);
    }
  }

  /** What deleting the live entity {@code id} in state {@code live} leaves: one version more, deleted {@code now}. */
  public static Tombstone tombstoneOnDelete(EntityId id, State live, Instant now) {
    return new Tombstone(id, live.version() + 1, live.created(), latest(now, live.modified()));
  }

  /** {@code now}, or {@code modified} if the clock went back: a store's timestamps of one entity never decrease. */
  public static Instant latest(Instant now, Instant modified) {
    return now.isBefore(modified) ? modified : now;
  }

  // ---------------------------------------------------------------- references and parts

  /**
   * Refuses {@code entity} if one of its references does not resolve.
   *
   * @param references the entity's references ({@link Aggregate#references()}, perhaps computed already)
   * @param resolves true if the reference's target is live (in the store or earlier in the same write) and has the
   *     part it names; see {@link #hasPart}
   * @throws ReferentialIntegrityException naming every dangling reference, in order
   */
  public static void checkReferences(Aggregate<?, ?> entity, Iterable<Reference> references,
      Predicate<Reference> resolves) {
    List<Reference> missing = new ArrayList<>();
    for (Reference reference : references) {
      if (!resolves.test(reference)) {
        missing.add(reference);
      }
    }
    if (!missing.isEmpty()) {
      throw ReferentialIntegrityException.dangling(entity.id(), missing);
    }
  }

  /** The rule {@link #referenceProblems} reports broken. */
  public static final String REFERENCE_RULE = "every reference must resolve to a live entity, and to a part that "
      + "entity has";

  /**
   * The check of {@link se.lokbra.core.LokbraStore#check()}: every reference of every live entity in {@code data}
   * (parts included) must resolve, as {@link #checkReferences} and {@link #hasPart} demand of every save.
   *
   * @param where names the entity holding a dangling reference in the problem ({@link Aggregate#describe}, or the
   *     file it lies in)
   * @return one problem per dangling reference, entities in kind and id order, references in field order
   */
  public static ImmutableList<CheckReport.Problem> referenceProblems(DataSet data,
      Function<Aggregate<?, ?>, String> where) {
    return referenceProblems(data, where, id -> false);
  }

  /**
   * {@link #referenceProblems(DataSet, Function)} for data that is partly unreadable: a reference to an id that
   * {@code unreadable} accepts (its file exists but did not read, a problem reported already) is not reported.
   */
  public static ImmutableList<CheckReport.Problem> referenceProblems(DataSet data,
      Function<Aggregate<?, ?>, String> where, Predicate<EntityId> unreadable) {
    Checks.notNull(data, "data");
    Checks.notNull(where, "where");
    Checks.notNull(unreadable, "unreadable");
    Map<EntityId, Aggregate<?, ?>> live = new HashMap<>();
    data.entities().forEach(e -> live.put(e.id(), e));
    Set<EntityId> deleted = new HashSet<>();
    data.tombstones().forEach(t -> deleted.add(t.id()));
    ImmutableList.Builder<CheckReport.Problem> problems = ImmutableList.builder();
    data.entities().forEach(entity -> {
      for (Reference reference : entity.references()) {
        Aggregate<?, ?> target = live.get(reference.target());
        if (target != null ? hasPart(target, reference) : unreadable.test(reference.target())) {
          continue;
        }
        String why = target != null ? ", which has no such part"
            : deleted.contains(reference.target()) ? ", which is deleted" : ", which does not exist";
        problems.add(new CheckReport.Problem(where.apply(entity), "its " + reference.field() + " refers to "
            + reference.describeTarget() + why, REFERENCE_RULE));
      }
    });
    return problems.build();
  }

  /** {@link #referenceProblems(DataSet, Function)}, naming each entity by {@link Aggregate#describe}. */
  public static ImmutableList<CheckReport.Problem> referenceProblems(DataSet data) {
    return referenceProblems(data, Aggregate::describe);
  }

  /** True if {@code target} (the live target of {@code reference}) has the part the reference names, if any. */
  public static boolean hasPart(Aggregate<?, ?> target, Reference reference) {
    return reference.part().isEmpty() || target.parts().contains(reference.part().get());
  }

  /**
   * Refuses the save of {@code next} if one of {@code referrers} refers to a part of it that {@code next} no longer
   * has.
   *
   * @param referrers live entities that may refer to parts of {@code next} (others are ignored), in any order
   * @throws ReferentialIntegrityException naming every such reference, referrers in id order
   */
  public static void checkPartsKept(Aggregate<?, ?> next, Iterable<? extends Aggregate<?, ?>> referrers) {
    EntityId target = next.id();
    List<Reference> refs = referencesTo(target, referrers,
        r -> r.part().isPresent() && !next.parts().contains(r.part().get()));
    if (!refs.isEmpty()) {
      throw ReferentialIntegrityException.stillReferenced(target, refs);
    }
  }

  /**
   * Refuses the delete of {@code target} if one of {@code referrers} refers to it.
   *
   * @param referrers live entities that may refer to {@code target} (others are ignored), in any order
   * @throws ReferentialIntegrityException naming every such reference, referrers in id order
   */
  public static void checkNotReferenced(EntityId target, Iterable<? extends Aggregate<?, ?>> referrers) {
    List<Reference> refs = referencesTo(target, referrers, r -> true);
    if (!refs.isEmpty()) {
      throw ReferentialIntegrityException.stillReferenced(target, refs);
    }
  }

  private static List<Reference> referencesTo(EntityId target, Iterable<? extends Aggregate<?, ?>> referrers,
      Predicate<Reference> which) {
    List<Aggregate<?, ?>> sorted = new ArrayList<>();
    referrers.forEach(sorted::add);
    sorted.sort(Comparator.comparing(a -> a.id()));
    List<Reference> refs = new ArrayList<>();
    for (Aggregate<?, ?> referrer : sorted) {
      for (Reference r : referrer.references()) {
        if (r.target().equals(target) && which.test(r)) {
          refs.add(r.from(referrer.id()));
        }
      }
    }
    return refs;
  }

  // ---------------------------------------------------------------- uniqueness

  /**
   * Refuses {@code entity} if another live entity holds the value of one of its kind's
   * {@link AggregateType#uniqueFields unique fields}.
   *
   * @param holders the live entities of the kind that hold a field's value (the entity itself, in any version,
   *     may be among them), in the kind's default order: the first other one is named
   * @throws ValidationException naming the entity, the field, the value and the holder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void checkUnique(Aggregate<?, ?> entity,
      BiFunction<Field<?, ?>, Object, Iterable<? extends Aggregate<?, ?>>> holders) {
    AggregateType<?, ?> type = entity.aggregateKind().descriptor();
    for (Field field : type.uniqueFields()) {
      for (Object value : field.values(entity)) {
        for (Aggregate<?, ?> other : holders.apply(field, value)) {
          if (!other.id().equals(entity.id())) {
            throw notUnique(entity, field.name(), value, other.id());
          }
        }
      }
    }
  }

  /** The error for {@code entity} whose unique {@code field} has the {@code value} that {@code holder} has. */
  public static ValidationException notUnique(Aggregate<?, ?> entity, String field, Object value, EntityId holder) {
    return new ValidationException(entity.describe(), field, value,
        "must be unique, but " + holder.kind().singular() + " '" + holder.value() + "' has it");
  }

  // ---------------------------------------------------------------- restore

  /**
   * Whether a restore writes {@code entity}: yes if the store lacks its id, no if it holds the same entity (same
   * revision and content).
   *
   * @param current the live entity under its id (in the store, or restored earlier in the same data set), or null
   * @param deleted true if the store holds a tombstone under its id
   * @throws ValidationException if the entity was never stored (version 0)
   * @throws VersionConflictException if the store holds another version or content, or a tombstone
   */
  public static boolean restoresEntity(Aggregate<?, ?> entity, @Nullable Aggregate<?, ?> current, boolean deleted) {
    Checks.check(!entity.revision().isNew(), "revision", entity.describe(),
        "must be a stored revision (version 1 or more) to be restored");
    if (current != null) {
      if (!current.equals(entity)) {
        throw new VersionConflictException(entity.id(), entity.version(), current.version());
      }
      return false;
    }
    if (deleted) {
      throw new VersionConflictException(entity.id(), entity.version(), -1);
    }
    return true;
  }

  /**
   * Whether a restore writes {@code tombstone}: yes if the store lacks its id, no if it holds the same tombstone.
   *
   * @param live the live entity under its id (in the store or in the data set), or null
   * @param existing the tombstone under its id (in the store, or restored earlier in the same data set), or null
   * @throws VersionConflictException if the id is live, or holds another tombstone
   */
  public static boolean restoresTombstone(Tombstone tombstone, @Nullable Aggregate<?, ?> live,
      @Nullable Tombstone existing) {
    if (live != null) {
      throw new VersionConflictException(tombstone.id(), tombstone.version(), live.version());
    }
    if (existing != null) {
      if (!existing.equals(tombstone)) {
        throw new VersionConflictException(tombstone.id(), tombstone.version(), -1);
      }
      return false;
    }
    return true;
  }
}

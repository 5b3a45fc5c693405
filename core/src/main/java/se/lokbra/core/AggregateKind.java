package se.lokbra.core;

import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.council.Council;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.situation.SituationPicture;

/**
 * The registry of the kinds of aggregate lokbra stores: one constant per aggregate, naming its
 * {@link AggregateType description}. This is the one list of all kinds; backends iterate it for their generic code
 * (one table, directory or map per kind, named by {@link #plural()}). New kinds are added at the end, so the order
 * (which sorts ids of different kinds) is stable.
 */
public enum AggregateKind {
  ORGANISATION(Organisation.TYPE),
  PERSON(Person.TYPE),
  COUNCIL(Council.TYPE),
  MEASURE(Measure.TYPE),
  MEETING(Meeting.TYPE),
  CONFERENCE(Conference.TYPE),
  SITUATION_PICTURE(SituationPicture.TYPE),
  PROBLEM(Problem.TYPE),
  INDICATOR(Indicator.TYPE),
  COOPERATION_AGREEMENT(CooperationAgreement.TYPE),
  ACTION_PLAN(ActionPlan.TYPE),
  COORDINATION_FUNCTION(CoordinationFunction.TYPE);

  private final AggregateType<?, ?> descriptor;

  AggregateKind(@Nullable AggregateType<?, ?> descriptor) {
    if (descriptor == null) {
      // An aggregate's static initialiser reached this enum before its TYPE was assigned.
      throw new IllegalStateException("the description of " + name() + " is not initialised yet (a cycle in "
          + "static initialisation: a TYPE must not use AggregateKind while it is being built)");
    }
    this.descriptor = descriptor;
  }

  /** The description of this kind's aggregate: its fields, sort keys and parts. */
  public AggregateType<?, ?> descriptor() {
    return descriptor;
  }

  /** The description, typed; for generic code that knows the aggregate's class. */
  @SuppressWarnings("unchecked")
  public <T extends Aggregate<I, T>, I extends EntityId> AggregateType<T, I> descriptor(Class<T> type) {
    if (descriptor.javaType() != type) {
      throw new IllegalArgumentException(this + " describes " + descriptor.javaType().getSimpleName() + ", not "
          + type.getSimpleName());
    }
    return (AggregateType<T, I>) descriptor;
  }

  /** Lower-case English name of one entity: {@code council}. */
  public String singular() {
    return descriptor.singular();
  }

  /**
   * Lower-case English name of the collection, words joined by {@code _}: {@code councils}, {@code people},
   * {@code situation_pictures}.
   */
  public String plural() {
    return descriptor.plural();
  }

  public Class<? extends Aggregate<?, ?>> type() {
    return descriptor.javaType();
  }

  /** Parses an id of this kind (validating it, see {@link EntityId}). */
  public EntityId id(String value) {
    return descriptor.id(value);
  }

  /**
   * The kind whose {@linkplain AggregateType#repositoryType repository interface} is {@code repositoryType}.
   *
   * @throws IllegalArgumentException if there is none (or {@code repositoryType} is the generic {@link Repository},
   *     which every kind without queries of its own shares)
   */
  public static AggregateKind ofRepository(Class<?> repositoryType) {
    AggregateKind kind = ByRepository.KINDS.get(repositoryType);
    if (kind == null) {
      throw new IllegalArgumentException(repositoryType.getName() + " is not the repository interface of a kind "
          + "lokbra stores (use repository(AggregateType) for the generic repository of a kind)");
    }
    return kind;
  }

  /** The kinds by their own repository interface, built on first use (the descriptions are complete by then). */
  private static final class ByRepository {
    static final java.util.Map<Class<?>, AggregateKind> KINDS = kinds();

    private static java.util.Map<Class<?>, AggregateKind> kinds() {
      java.util.Map<Class<?>, AggregateKind> kinds = new java.util.HashMap<>();
      for (AggregateKind kind : values()) {
        if ((Class<?>) kind.descriptor.repositoryType() != Repository.class) {
          kinds.put(kind.descriptor.repositoryType(), kind);
        }
      }
      return java.util.Map.copyOf(kinds);
    }
  }

  /** The kind whose aggregate is {@code type}. */
  public static AggregateKind of(Class<?> type) {
    for (AggregateKind kind : values()) {
      if (kind.descriptor.javaType() == type) {
        return kind;
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not an aggregate lokbra stores (kinds: "
        + java.util.Arrays.stream(values()).map(AggregateKind::singular).collect(Collectors.joining(", ")) + ")");
  }

}

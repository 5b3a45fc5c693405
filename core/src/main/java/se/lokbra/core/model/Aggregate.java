package se.lokbra.core.model;

import se.lokbra.core.AggregateKind;
import com.google.common.collect.ImmutableList;

/**
 * An entity that a repository stores as a whole: it has an id, a {@link Revision} kept by the store, and references
 * to other aggregates that the store keeps valid.
 *
 * @param <I> the id type
 * @param <T> the aggregate type itself
 */
public interface Aggregate<I extends EntityId, T extends Aggregate<I, T>> {
  I id();

  /** Version and timestamps, as stored; {@link Revision#NEW} for an entity that was never saved. */
  Revision revision();

  /** This entity with another revision; stores call it when they save. */
  T withRevision(Revision revision);

  /** Every reference this entity holds to another aggregate, with the field that holds it. */
  ImmutableList<Reference> references();

  /**
   * The keys of the parts of this entity that others may refer to (the causes of a problem); a store refuses to
   * drop a part that is still referred to. Most aggregates have none.
   */
  default com.google.common.collect.ImmutableSet<String> parts() {
    return com.google.common.collect.ImmutableSet.of();
  }

  /** Which kind of aggregate this is (named so as not to clash with domain fields called {@code kind}). */
  default AggregateKind aggregateKind() {
    return id().kind();
  }

  /** Shorthand for {@code revision().version()}: 0 for an entity that was never saved. */
  default long version() {
    return revision().version();
  }

  /** "council 'karlskoga-degerfors'", for messages. */
  default String describe() {
    return aggregateKind().singular() + " '" + id().value() + "'";
  }
}

package se.lokbra.core.model;

import java.util.Optional;
import se.lokbra.core.internal.Checks;

/**
 * One reference from an aggregate to another: the field that holds it ({@code memberships[0].organisation}), the
 * id it points to and, for a reference into a part of the target (a cause of a problem), the part's key, which the
 * target must list in its {@link Aggregate#parts()}. In
 * {@link se.lokbra.core.ReferentialIntegrityException#stillReferenced} lists, the source is set.
 */
public record Reference(Optional<EntityId> source, String field, EntityId target, Optional<String> part) {
  public Reference {
    Checks.notNull(source, "source");
    Checks.notNull(field, "field");
    Checks.notNull(target, "target");
    Checks.notNull(part, "part");
  }

  /** A reference without a part. */
  public Reference(Optional<EntityId> source, String field, EntityId target) {
    this(source, field, target, Optional.empty());
  }

  public static Reference of(String field, EntityId target) {
    return new Reference(Optional.empty(), field, target, Optional.empty());
  }

  /** A reference to the part {@code part} of {@code target}. */
  public static Reference toPart(String field, EntityId target, String part) {
    return new Reference(Optional.empty(), field, target, Optional.of(Checks.notNull(part, "part")));
  }

  /** This reference, with the entity that holds it. */
  public Reference from(EntityId holder) {
    return new Reference(Optional.of(holder), field, target, part);
  }

  /** "problem 'p'" or "problem 'p' part 'c'", for messages. */
  public String describeTarget() {
    return target.kind().singular() + " '" + target.value() + "'" + part.map(p -> " part '" + p + "'").orElse("");
  }
}

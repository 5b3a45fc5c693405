package se.lokbra.core.model;

import java.util.Optional;
import se.lokbra.core.internal.Checks;

/**
 * One reference from an aggregate to another: the field that holds it ({@code memberships[0].organisation}) and the
 * id it points to. In {@link se.lokbra.core.ReferentialIntegrityException#stillReferenced} lists, the source is set.
 */
public record Reference(Optional<EntityId> source, String field, EntityId target) {
  public Reference {
    Checks.notNull(source, "source");
    Checks.notNull(field, "field");
    Checks.notNull(target, "target");
  }

  public static Reference of(String field, EntityId target) {
    return new Reference(Optional.empty(), field, target);
  }

  /** This reference, with the entity that holds it. */
  public Reference from(EntityId holder) {
    return new Reference(Optional.of(holder), field, target);
  }
}

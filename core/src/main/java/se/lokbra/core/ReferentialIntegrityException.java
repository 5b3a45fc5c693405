package se.lokbra.core;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;

/**
 * A write would leave a dangling reference: either a saved entity refers to an entity that does not exist, or a
 * deleted entity is still referred to. The exception lists every offending reference.
 */
public class ReferentialIntegrityException extends LokbraException {
  private static final long serialVersionUID = 1L;

  private final EntityId entity;
  private final ImmutableList<Reference> references;
  private final boolean onDelete;

  private ReferentialIntegrityException(String message, EntityId entity, ImmutableList<Reference> references,
      boolean onDelete) {
    super(message);
    this.entity = entity;
    this.references = references;
    this.onDelete = onDelete;
  }

  /** {@code source} refers to entities that do not exist. */
  public static ReferentialIntegrityException dangling(EntityId source, Iterable<Reference> missing) {
    ImmutableList<Reference> refs = ImmutableList.copyOf(missing);
    String list = refs.stream().map(r -> r.field() + " -> " + r.describeTarget())
        .collect(Collectors.joining(", "));
    return new ReferentialIntegrityException(source.kind().singular() + " '" + source.value()
        + "' refers to entities that do not exist: " + list, source, refs, false);
  }

  /**
   * {@code target} cannot be deleted, or cannot drop the parts the references name: the listed references (whose
   * {@link Reference#source()} is set) point to it.
   */
  public static ReferentialIntegrityException stillReferenced(EntityId target, Iterable<Reference> referrers) {
    ImmutableList<Reference> refs = ImmutableList.copyOf(referrers);
    String list = refs.stream().map(r -> r.source().map(s -> s.kind().singular() + " '" + s.value() + "'")
        .orElse("?") + " (" + r.field() + ")").collect(Collectors.joining(", "));
    boolean parts = !refs.isEmpty() && refs.stream().allMatch(r -> r.part().isPresent());
    String what = parts ? " cannot drop " + refs.stream().map(r -> "'" + r.part().orElseThrow() + "'").distinct()
        .collect(Collectors.joining(", ")) : " cannot be deleted";
    return new ReferentialIntegrityException(target.kind().singular() + " '" + target.value() + "'" + what
        + ": it is still referenced by " + list, target, refs, true);
  }

  /** The entity being saved (dangling references) or deleted (still referenced). */
  public EntityId entity() {
    return entity;
  }

  /** The dangling references, or the references that still point at the deleted entity. */
  public ImmutableList<Reference> references() {
    return references;
  }

  /** True if a delete was refused, false if a save was. */
  public boolean onDelete() {
    return onDelete;
  }
}

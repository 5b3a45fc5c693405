package se.lokbra.core;

import se.lokbra.core.model.EntityId;

/** No live entity has the id asked for (it never existed, or it was deleted). */
public class NotFoundException extends LokbraException {
  private static final long serialVersionUID = 1L;

  private final EntityId id;

  public NotFoundException(EntityId id) {
    super(id.kind().singular() + " '" + id.value() + "' not found");
    this.id = id;
  }

  public EntityId id() {
    return id;
  }
}

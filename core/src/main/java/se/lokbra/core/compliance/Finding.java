package se.lokbra.core.compliance;

import com.google.common.collect.ImmutableList;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.EntityId;

/**
 * How a municipality stands against one requirement: the status, the reason, and the ids of the entities the
 * finding rests on (the situation picture, the plan and its pictures, the coordination functions, the measures
 * whose follow-ups held the plan's dates), in a stable order.
 */
public record Finding(Requirement requirement, Status status, Reason reason, ImmutableList<EntityId> basis) {
  public Finding {
    Checks.notNull(requirement, "requirement");
    Checks.notNull(status, "status");
    Checks.notNull(reason, "reason");
    Checks.notNull(basis, "basis");
  }

  public boolean isMet() {
    return status == Status.MET;
  }
}

package se.lokbra.core.plan;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link ActionPlan}; see {@link EntityId} for the rules. */
public record ActionPlanId(String value) implements EntityId {
  public ActionPlanId {
    EntityId.checkValue(value, "actionPlanId");
  }

  public static ActionPlanId of(String value) {
    return new ActionPlanId(value);
  }

  /** A new random id (a UUID). */
  public static ActionPlanId random() {
    return new ActionPlanId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.ACTION_PLAN;
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.plan;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link ActionPlan}; see {@link EntityId} for the rules. */
public record ActionPlanId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<ActionPlanId> TYPE = ScalarType.id(ActionPlanId.class, ActionPlanId::of, () -> AggregateKind.ACTION_PLAN);

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

package se.lokbra.core.council;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Council}; see {@link EntityId} for the rules. */
public record CouncilId(String value) implements EntityId {
  public CouncilId {
    EntityId.checkValue(value, "councilId");
  }

  public static CouncilId of(String value) {
    return new CouncilId(value);
  }

  /** A new random id (a UUID). */
  public static CouncilId random() {
    return new CouncilId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.COUNCIL;
  }

  @Override
  public String toString() {
    return value;
  }
}

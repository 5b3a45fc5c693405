package se.lokbra.core.council;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Council}; see {@link EntityId} for the rules. */
public record CouncilId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<CouncilId> TYPE = ScalarType.id(CouncilId.class, CouncilId::of, () -> AggregateKind.COUNCIL);

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

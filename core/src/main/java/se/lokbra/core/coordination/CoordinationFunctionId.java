package se.lokbra.core.coordination;

import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.model.EntityId;

/** The id of a {@link CoordinationFunction}; see {@link EntityId} for the rules. */
public record CoordinationFunctionId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<CoordinationFunctionId> TYPE = ScalarType.id(CoordinationFunctionId.class,
      CoordinationFunctionId::of, () -> AggregateKind.COORDINATION_FUNCTION);

  public CoordinationFunctionId {
    EntityId.checkValue(value, "coordinationFunctionId");
  }

  public static CoordinationFunctionId of(String value) {
    return new CoordinationFunctionId(value);
  }

  /** A new random id (a UUID). */
  public static CoordinationFunctionId random() {
    return new CoordinationFunctionId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.COORDINATION_FUNCTION;
  }

  @Override
  public String toString() {
    return value;
  }
}

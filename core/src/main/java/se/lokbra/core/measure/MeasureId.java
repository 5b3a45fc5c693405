package se.lokbra.core.measure;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Measure}; see {@link EntityId} for the rules. */
public record MeasureId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<MeasureId> TYPE = ScalarType.id(MeasureId.class, MeasureId::of, () -> AggregateKind.MEASURE);

  public MeasureId {
    EntityId.checkValue(value, "measureId");
  }

  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  /** A new random id (a UUID). */
  public static MeasureId random() {
    return new MeasureId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.MEASURE;
  }

  @Override
  public String toString() {
    return value;
  }
}

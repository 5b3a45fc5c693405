package se.lokbra.core.measure;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Measure}; see {@link EntityId} for the rules. */
public record MeasureId(String value) implements EntityId {
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

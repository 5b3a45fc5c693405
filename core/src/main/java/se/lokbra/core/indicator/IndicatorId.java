package se.lokbra.core.indicator;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Indicator}; see {@link EntityId} for the rules. */
public record IndicatorId(String value) implements EntityId {
  public IndicatorId {
    EntityId.checkValue(value, "indicatorId");
  }

  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  /** A new random id (a UUID). */
  public static IndicatorId random() {
    return new IndicatorId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.INDICATOR;
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.indicator;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Indicator}; see {@link EntityId} for the rules. */
public record IndicatorId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<IndicatorId> TYPE = ScalarType.id(IndicatorId.class, IndicatorId::of, () -> AggregateKind.INDICATOR);

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

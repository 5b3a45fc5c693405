package se.lokbra.core.measure;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.math.BigDecimal;
import java.util.Optional;
import se.lokbra.core.internal.Checks;

/**
 * A measurable goal ("mål") of a {@link Measure}: an indicator, the value to reach and its unit ("share of
 * respondents who feel safe", 80, "%"). The target is kept without trailing zeros, so 80.0 and 80 are the same goal.
 */
public record Goal(String indicator, BigDecimal target, Optional<String> unit) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Goal> TYPE = CompositeType.of(Goal.class,
      Field.one("indicator", Goal::indicator, Types.TEXT),
      Field.one("target", Goal::target, Types.DECIMAL),
      Field.optional("unit", Goal::unit, Types.CODE));

  public Goal {
    Checks.name(indicator, "goal.indicator");
    Checks.notNull(target, "goal.target");
    Checks.check(target.precision() <= 30 && Math.abs(target.scale()) <= 10, "goal.target", target,
        "must have at most 30 significant digits and at most 10 decimals");
    target = target.signum() == 0 ? BigDecimal.ZERO : target.stripTrailingZeros();
    if (target.scale() < 0) {
      target = target.setScale(0);
    }
    Checks.optionalName(unit, "goal.unit");
  }

  public static Goal of(String indicator, String target, String unit) {
    Checks.notNull(target, "goal.target");
    BigDecimal value;
    try {
      value = new BigDecimal(target);
    } catch (NumberFormatException e) {
      throw new se.lokbra.core.ValidationException("goal.target", target, "must be a decimal number");
    }
    return new Goal(indicator, value, Optional.ofNullable(unit));
  }
}

package se.lokbra.core.indicator;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;

/**
 * One value of an {@link Indicator} ("mätvärde"): the day it refers to, the value (kept without trailing zeros, so
 * 41.0 and 41 are the same) and where it comes from ("Trygghetsmätning 2023").
 */
public record Measurement(LocalDate date, BigDecimal value, Optional<String> source) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Measurement> TYPE = CompositeType.of(Measurement.class,
      Field.one("date", Measurement::date, Types.DATE),
      Field.one("value", Measurement::value, Types.DECIMAL),
      Field.optional("source", Measurement::source, Types.TEXT));

  public Measurement {
    Checks.notNull(date, "measurement.date");
    Checks.check(date.getYear() >= 1000 && date.getYear() <= 9999, "measurement.date", date,
        "must have a four-digit year");
    Checks.notNull(value, "measurement.value");
    Checks.check(value.precision() <= 30 && Math.abs(value.scale()) <= 10, "measurement.value", value,
        "must have at most 30 significant digits and at most 10 decimals");
    value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    Checks.optionalName(source, "measurement.source");
  }

  public static Measurement of(LocalDate date, String value, String source) {
    Checks.notNull(value, "measurement.value");
    try {
      return new Measurement(date, new BigDecimal(value), Optional.ofNullable(source));
    } catch (NumberFormatException e) {
      throw new se.lokbra.core.ValidationException("measurement.value", value, "must be a decimal number");
    }
  }
}

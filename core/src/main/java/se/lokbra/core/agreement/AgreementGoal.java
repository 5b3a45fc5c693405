package se.lokbra.core.agreement;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.internal.Checks;

/**
 * A measurable goal of a {@link CooperationAgreement}: an indicator, the value it should reach (kept without trailing
 * zeros) and by when.
 */
public record AgreementGoal(IndicatorId indicator, BigDecimal target, LocalDate byWhen) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<AgreementGoal> TYPE = CompositeType.of(AgreementGoal.class,
      Field.one("indicator", AgreementGoal::indicator, IndicatorId.TYPE),
      Field.one("target", AgreementGoal::target, Types.DECIMAL),
      Field.one("byWhen", AgreementGoal::byWhen, Types.DATE));

  public AgreementGoal {
    Checks.notNull(indicator, "goal.indicator");
    Checks.notNull(target, "goal.target");
    Checks.check(target.precision() <= 30 && Math.abs(target.scale()) <= 10, "goal.target", target,
        "must have at most 30 significant digits and at most 10 decimals");
    target = target.signum() == 0 ? BigDecimal.ZERO : target.stripTrailingZeros();
    if (target.scale() < 0) {
      target = target.setScale(0);
    }
    Checks.notNull(byWhen, "goal.byWhen");
  }
}

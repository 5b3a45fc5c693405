package se.lokbra.core.plan;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.time.LocalDate;
import se.lokbra.core.internal.Checks;

/** When an {@link ActionPlan} was decided and by which body ("Kommunfullmäktige", "Kommunstyrelsen"). */
public record Decision(LocalDate date, String body) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Decision> TYPE = CompositeType.of(Decision.class,
      Field.one("date", Decision::date, Types.DATE),
      Field.one("body", Decision::body, Types.TEXT));

  public Decision {
    Checks.notNull(date, "decision.date");
    Checks.name(body, "decision.body");
  }
}

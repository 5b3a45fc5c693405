package se.lokbra.core.plan;

import java.time.LocalDate;
import se.lokbra.core.internal.Checks;

/** When an {@link ActionPlan} was decided and by which body ("Kommunfullmäktige", "Kommunstyrelsen"). */
public record Decision(LocalDate date, String body) {
  public Decision {
    Checks.date(date, "decision.date");
    Checks.name(body, "decision.body");
  }
}

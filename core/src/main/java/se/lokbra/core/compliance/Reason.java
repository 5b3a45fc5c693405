package se.lokbra.core.compliance;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import se.lokbra.core.internal.Checks;

/**
 * Why a {@link Finding} has its status: a stable {@code code} (such as {@code situationPicture.tooOld}) with its
 * {@code arguments}, so that a report can say it in its own language, and the same in English {@code text}.
 * Arguments are {@link java.time.LocalDate}s, {@link String}s, {@link Integer}s and
 * {@link se.lokbra.core.model.MandatePeriod}s, in the order the code's documentation in {@link Compliance} gives.
 */
public record Reason(String code, ImmutableList<Object> arguments, String text) {
  /**
   * Every code {@link Compliance} gives, by requirement (the class documentation of {@link Compliance} says when and
   * with which arguments): a report that says reasons in its own language needs a text for each.
   */
  public static final ImmutableSet<String> CODES = ImmutableSet.of(
      "situationPicture.none", "situationPicture.current", "situationPicture.agingSoon", "situationPicture.tooOld",
      "actionPlan.inForce", "actionPlan.endsSoon", "actionPlan.notGrounded", "actionPlan.ended",
      "actionPlan.notYetInForce", "actionPlan.undecided", "actionPlan.none",
      "coordinationFunction.inForce", "coordinationFunction.endsSoon", "coordinationFunction.ended",
      "coordinationFunction.notYetInForce", "coordinationFunction.none",
      "followUps.noPlan", "followUps.noDates", "followUps.missed", "followUps.dueSoon", "followUps.held");

  public Reason {
    Checks.name(code, "code");
    Checks.notNull(arguments, "arguments");
    Checks.name(text, "text");
  }

  static Reason of(String code, String text, Object... arguments) {
    Preconditions.checkArgument(CODES.contains(code), "reason code %s is not in Reason.CODES", code);
    return new Reason(code, ImmutableList.copyOf(arguments), text);
  }
}

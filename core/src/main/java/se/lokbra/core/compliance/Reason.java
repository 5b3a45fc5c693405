package se.lokbra.core.compliance;

import com.google.common.collect.ImmutableList;
import se.lokbra.core.internal.Checks;

/**
 * Why a {@link Finding} has its status: a stable {@code code} (such as {@code situationPicture.tooOld}) with its
 * {@code arguments}, so that a report can say it in its own language, and the same in English {@code text}.
 * Arguments are {@link java.time.LocalDate}s, {@link String}s, {@link Integer}s and
 * {@link se.lokbra.core.model.MandatePeriod}s, in the order the code's documentation in {@link Compliance} gives.
 */
public record Reason(String code, ImmutableList<Object> arguments, String text) {
  public Reason {
    Checks.name(code, "code");
    Checks.notNull(arguments, "arguments");
    Checks.name(text, "text");
  }

  static Reason of(String code, String text, Object... arguments) {
    return new Reason(code, ImmutableList.copyOf(arguments), text);
  }
}

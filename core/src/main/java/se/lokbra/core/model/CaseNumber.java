package se.lokbra.core.model;

import java.util.regex.Pattern;
import se.lokbra.core.internal.Checks;

/**
 * A case number ("diarienummer") under which a municipality registers a matter: {@code KS 2024/123},
 * {@code KS2024/0123}, {@code BUN 2023.456}, {@code 2024/17-1}. Kept as given; its shape is checked: an optional
 * register prefix of letters (and digits after the first letter), a four-digit year, a separator ({@code /},
 * {@code .}, {@code :} or {@code -}), the serial number, and an optional part number after {@code -} or
 * {@code .}.
 */
public record CaseNumber(String value) {
  private static final Pattern SHAPE = Pattern.compile(
      "(?:[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö0-9]{0,9}[ -]?)?(?:19|20)\\d{2}[/.:-]\\d{1,6}(?:[-.]\\d{1,4})?");

  public CaseNumber {
    Checks.notNull(value, "caseNumber");
    Checks.check(value.length() <= 40 && SHAPE.matcher(value).matches(), "caseNumber", value,
        "must be a case number such as 'KS 2024/123': an optional register prefix, the year, '/', the number");
  }

  public static CaseNumber of(String value) {
    return new CaseNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

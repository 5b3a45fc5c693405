package se.lokbra.core.model;

import se.lokbra.core.internal.Checks;

/**
 * A telephone number as people write it: digits, spaces, hyphens and parentheses, optionally starting with
 * {@code +}; 5 to 15 digits (the E.164 maximum). Swedish example: {@code 0586-610 00}.
 */
public record PhoneNumber(String value) {
  public PhoneNumber {
    Checks.notNull(value, "phone");
    long digits = value.chars().filter(Character::isDigit).count();
    Checks.check(value.matches("\\+?[0-9][0-9 ()-]*[0-9]") && digits >= 5 && digits <= 15, "phone", value,
        "must be 5 to 15 digits, with optional spaces, hyphens, parentheses and a leading '+'");
  }

  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.model;

import se.lokbra.core.internal.Checks;

/** An e-mail address: one {@code @}, a non-empty local part and a domain with at least one dot, no spaces. */
public record EmailAddress(String value) {
  public EmailAddress {
    Checks.notNull(value, "email");
    Checks.check(value.length() <= 254 && value.matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+"), "email", value,
        "must be an e-mail address such as kommun@karlskoga.se");
  }

  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.model;

import se.lokbra.core.internal.Checks;

/**
 * A Swedish organisation number ("organisationsnummer"): ten digits, accepted as {@code NNNNNN-NNNN} or as ten
 * digits and always printed as {@code NNNNNN-NNNN}. The first digit is the group (2: state, regions, municipalities
 * and parishes), digits 3–4 are at least 20 (which tells it from a personal identity number) and the last digit is a
 * Luhn check digit. Karlskoga kommun is {@code 212000-1991}.
 */
public record OrganisationNumber(String value) implements Comparable<OrganisationNumber> {
  public OrganisationNumber {
    Checks.notNull(value, "organisationNumber");
    Checks.check(value.matches("[0-9]{6}-[0-9]{4}"), "organisationNumber", value,
        "must be written NNNNNN-NNNN (use OrganisationNumber.parse for other forms)");
    String digits = value.substring(0, 6) + value.substring(7);
    Checks.check(digits.charAt(0) != '0' && digits.charAt(0) != '4', "organisationNumber", value,
        "must start with a group digit 1-3 or 5-9");
    Checks.check(Integer.parseInt(digits.substring(2, 4)) >= 20, "organisationNumber", value,
        "must have 20 or more in digits 3-4 (a personal identity number is not an organisation number)");
    Checks.check(luhnValid(digits), "organisationNumber", value, "must end with a valid Luhn check digit");
  }

  /** Parses {@code NNNNNN-NNNN} or ten digits without a hyphen. */
  public static OrganisationNumber parse(String text) {
    Checks.notNull(text, "organisationNumber");
    Checks.check(text.matches("[0-9]{6}-?[0-9]{4}"), "organisationNumber", text,
        "must be ten digits, written NNNNNN-NNNN or NNNNNNNNNN");
    String digits = text.replace("-", "");
    return new OrganisationNumber(digits.substring(0, 6) + "-" + digits.substring(6));
  }

  /** The group digit: 2 for state, regions, municipalities and parishes; 5 for limited companies; … */
  public int group() {
    return value.charAt(0) - '0';
  }

  /** The ten digits without the hyphen. */
  public String digits() {
    return value.substring(0, 6) + value.substring(7);
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Override
  public int compareTo(OrganisationNumber o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

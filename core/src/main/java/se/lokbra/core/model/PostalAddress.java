package se.lokbra.core.model;

import java.util.Optional;
import se.lokbra.core.internal.Checks;

/**
 * A postal or visiting address: street (with number), optional postal code, locality and ISO 3166 country code.
 * A Swedish postal code ("postnummer") has five digits and is kept as {@code NNN NN}.
 */
public record PostalAddress(String street, Optional<String> postalCode, String locality, String countryCode) {
  public PostalAddress {
    Checks.name(street, "address.street");
    Checks.notNull(postalCode, "address.postalCode");
    Checks.name(locality, "address.locality");
    Checks.notNull(countryCode, "address.countryCode");
    Checks.check(countryCode.matches("[A-Z]{2}"), "address.countryCode", countryCode,
        "must be an ISO 3166-1 alpha-2 code such as SE");
    if ("SE".equals(countryCode)) {
      postalCode.ifPresent(p -> Checks.check(p.matches("[0-9]{3} [0-9]{2}"), "address.postalCode", p,
          "must be a Swedish postal code written NNN NN"));
    } else {
      Checks.optionalName(postalCode, "address.postalCode");
    }
  }

  /** A Swedish address without postal code. */
  public static PostalAddress swedish(String street, String locality) {
    return new PostalAddress(street, Optional.empty(), locality, "SE");
  }

  /** A Swedish address; the postal code may be written {@code NNNNN} or {@code NNN NN}. */
  public static PostalAddress swedish(String street, String postalCode, String locality) {
    Checks.notNull(postalCode, "address.postalCode");
    String normal = postalCode.matches("[0-9]{5}") ? postalCode.substring(0, 3) + " " + postalCode.substring(3)
        : postalCode;
    return new PostalAddress(street, Optional.of(normal), locality, "SE");
  }
}

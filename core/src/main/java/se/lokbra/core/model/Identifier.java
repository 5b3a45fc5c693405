package se.lokbra.core.model;

import se.lokbra.core.internal.Checks;

/**
 * Another system's id for the same thing, like Popolo's {@code identifiers}: a scheme ({@code wikidata},
 * {@code se-bolagsverket}) and the id within it.
 */
public record Identifier(String scheme, String value) {
  public Identifier {
    Checks.notNull(scheme, "identifier.scheme");
    Checks.check(scheme.matches("[a-z][a-z0-9._:-]{0,99}"), "identifier.scheme", scheme,
        "must be 1 to 100 characters of a-z, 0-9, '.', '_', ':' and '-', starting with a letter");
    Checks.name(value, "identifier.value");
  }

  public static Identifier of(String scheme, String value) {
    return new Identifier(scheme, value);
  }
}

package se.lokbra.interop.popolo;

import se.lokbra.core.ValidationException;

/**
 * How to write a {@link PopoloExport}.
 *
 * @param idPrefix put before every id ({@code person/martin-harsmar}); with the base URL of an OParl export and a
 *     slash ({@code https://example.org/oparl/v1/}) the ids of people, organisations, memberships and meetings are
 *     the URLs of the same objects in the OParl export. Default: none.
 */
public record PopoloOptions(String idPrefix) {
  public PopoloOptions {
    if (idPrefix == null || idPrefix.chars().anyMatch(Character::isWhitespace)) {
      throw new ValidationException("idPrefix", idPrefix, "must be given (may be empty) and contain no whitespace");
    }
  }

  /** Ids without prefix. */
  public static PopoloOptions defaults() {
    return new PopoloOptions("");
  }

  public PopoloOptions withIdPrefix(String idPrefix) {
    return new PopoloOptions(idPrefix);
  }
}

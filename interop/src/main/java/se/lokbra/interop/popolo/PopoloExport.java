package se.lokbra.interop.popolo;

import java.io.IOException;
import java.io.OutputStream;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.interop.ExportException;
import se.lokbra.interop.internal.Json;
import se.lokbra.interop.internal.PopoloMapper;

/**
 * A {@link DataSet} as one Popolo JSON document (UTF-8) with the arrays {@code persons}, {@code organizations},
 * {@code memberships}, {@code events} and {@code areas}, each sorted by id.
 *
 * <ul>
 *   <li>ids are {@code person/ID}, {@code organization/ID}, {@code council/ID}, {@code party/KEY},
 *       {@code membership/KEY}, {@code meeting/ID}, {@code conference/ID} and {@code area/CODE} (after the
 *       {@link PopoloOptions#idPrefix}), the same paths as in the OParl export;</li>
 *   <li>organisations carry {@code identifiers}: the organisation number (scheme {@code se-organisationsnummer}),
 *       for a municipality its municipality code (scheme {@code se-kommunkod}), and the store's own identifiers
 *       (their scheme as given); an organisation with a municipality, and a council of one municipality, has that
 *       municipality as {@code area_id};</li>
 *   <li>memberships are a council's seats (role in Swedish, the organisation a person represents as
 *       {@code on_behalf_of_id}; a seat of an organisation alone names it as {@code member}), a person's
 *       affiliation and a person's party (parties are organisations of classification "politiskt parti");</li>
 *   <li>events are meetings (classification "sammanträde", date-times with offset, status {@code confirmed},
 *       {@code passed} or {@code cancelled}, the agenda and guests as description) and conferences
 *       (classification "konferens", dates, the first organiser as {@code organization_id}, speakers as
 *       attendees);</li>
 *   <li>contact details go to {@code contact_details} (types {@code email}, {@code voice}, {@code address}) and
 *       websites to {@code links}; {@code created_at}/{@code updated_at} are the store's timestamps.</li>
 * </ul>
 * Popolo has no notion of deletion, so tombstones are left out; measures have no Popolo counterpart.
 */
public final class PopoloExport {
  private PopoloExport() {}

  /** Writes the document to {@code out}, which is left open. */
  public static void write(DataSet data, PopoloOptions options, OutputStream out) {
    if (out == null) {
      throw new ValidationException("out", null, "is required");
    }
    try {
      out.write(toBytes(data, options));
    } catch (IOException e) {
      throw new ExportException("cannot write the Popolo export: " + e.getMessage(), e);
    }
  }

  /** The document as UTF-8 bytes. */
  public static byte[] toBytes(DataSet data, PopoloOptions options) {
    if (data == null || options == null) {
      throw new ValidationException("data, options", null, "must not be null");
    }
    return Json.bytes(PopoloMapper.document(data, options.idPrefix()));
  }
}

package se.lokbra.interop.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.interop.ExportException;
import se.lokbra.interop.internal.ICalendarWriter;

/**
 * A council's calendar feed (iCalendar, RFC 5545, UTF-8): a {@code VEVENT} for each of its meetings and for each
 * conference it organises, in order of start.
 *
 * <ul>
 *   <li>UIDs are {@code meeting-ID@DOMAIN} and {@code conference-ID@DOMAIN}, stable across exports;</li>
 *   <li>{@code DTSTAMP} and {@code LAST-MODIFIED} are the entity's {@code modified} timestamp and {@code CREATED}
 *       its {@code created} one (without a METHOD, RFC 5545 makes DTSTAMP the time of the last change; using the
 *       store's time rather than the export's keeps the feed byte-for-byte the same until the data changes);</li>
 *   <li>meetings are timed in Europe/Stockholm (a meeting stored in another zone is converted to it) with the
 *       matching {@code VTIMEZONE} (its present summer-time rules, exact since 27 October 1996; an older meeting is
 *       written in UTC, which every reader places right); conferences are all-day events
 *       ({@code VALUE=DATE});</li>
 *   <li>{@code STATUS:CANCELLED} for cancelled meetings, {@code CONFIRMED} otherwise; {@code SUMMARY},
 *       {@code LOCATION} and a {@code DESCRIPTION} with the agenda and guests (meetings) or the description and
 *       speakers (conferences);</li>
 *   <li>content lines are folded at 75 octets, never inside a UTF-8 character; lines end in CRLF.</li>
 * </ul>
 * Deleted meetings are simply absent from the feed.
 */
public final class ICalendarExport {
  private ICalendarExport() {}

  /** The feed of {@code council} as UTF-8 bytes. */
  public static byte[] toBytes(DataSet data, CouncilId council, ICalendarOptions options) {
    if (data == null || council == null || options == null) {
      throw new ValidationException("data, council, options", null, "must not be null");
    }
    return ICalendarWriter.feed(data, council, options.uidDomain());
  }

  /** Writes the feed of {@code council} to {@code out}, which is left open. */
  public static void write(DataSet data, CouncilId council, ICalendarOptions options, OutputStream out) {
    if (out == null) {
      throw new ValidationException("out", null, "is required");
    }
    byte[] feed = toBytes(data, council, options);
    try {
      out.write(feed);
    } catch (IOException e) {
      throw new ExportException("cannot write the calendar of council '" + council.value() + "': "
          + e.getMessage(), e);
    }
  }

  /** Writes one feed per council into {@code directory} (created if missing), named {@code COUNCIL-ID.ics}. */
  public static void writeAll(DataSet data, ICalendarOptions options, Path directory) {
    if (data == null || directory == null) {
      throw new ValidationException("data, directory", null, "must not be null");
    }
    for (Council council : data.councils()) {
      Path file = directory.resolve(council.id().value() + ".ics");
      byte[] feed = toBytes(data, council.id(), options);
      try {
        Files.createDirectories(directory);
        Files.write(file, feed);
      } catch (IOException e) {
        throw new ExportException("cannot write the calendar file " + file + ": " + e.getMessage(), e);
      }
    }
  }
}

package se.lokbra.interop.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Date and time formats shared by the exports: RFC 3339 as JSON Schema's {@code date-time} and {@code date} formats
 * expect, always with seconds and an explicit offset, never locale-dependent. Not API.
 */
public final class Times {
  /** {@code 2019-04-01T00:00:00+02:00}: seconds always written (ISO_OFFSET_DATE_TIME drops zero seconds). */
  private static final DateTimeFormatter OFFSET_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private Times() {}

  /** An instant in UTC: {@code 2019-04-01T08:30:00.123456Z} (fraction only when non-zero). */
  public static String instant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** A date-time with its own offset: {@code 2019-04-01T00:00:00+02:00}. */
  public static String dateTime(ZonedDateTime dateTime) {
    return OFFSET_DATE_TIME.format(dateTime);
  }

  /** {@code 2019-04-01}. */
  public static String date(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }
}

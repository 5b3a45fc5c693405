package se.lokbra.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The range of dates and instants lokbra stores, the same on every backend: years 1000 to 9999 (four-digit years),
 * dates from {@link #MIN_DATE} to {@link #MAX_DATE}, instants from {@link #MIN_INSTANT} to {@link #MAX_INSTANT}
 * (UTC, whole microseconds). In this range a date's ISO text sorts like the date, so SQLite (text columns) and
 * PostgreSQL ({@code date}, {@code timestamptz}) order and compare stored values identically.
 *
 * <p>Values outside it are refused where they are built (the domain records' constructors, a {@link Revision}
 * stamped by a store clock outside the range) with a {@link se.lokbra.core.ValidationException}. Query bounds
 * outside it ({@code upcoming(LocalDate.MAX)}, {@code findByDateOverlapping(LocalDate.MIN, LocalDate.MAX)},
 * {@code changesSince(Instant.MIN)}) are accepted and give what they mean: every stored value lies inside the range,
 * so a bound beyond it matches all of them or none.
 */
public final class DateLimits {
  /** The first day lokbra stores: 1000-01-01. */
  public static final LocalDate MIN_DATE = LocalDate.of(1000, 1, 1);
  /** The last day lokbra stores: 9999-12-31. */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
  /** The first instant lokbra stores: 1000-01-01T00:00:00Z. */
  public static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
  /** The last instant lokbra stores: 9999-12-31T23:59:59.999999Z. */
  public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

  private DateLimits() {}

  /** True if lokbra stores {@code date}. */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
  }

  /** True if lokbra stores {@code instant}. */
  public static boolean contains(Instant instant) {
    return !instant.isBefore(MIN_INSTANT) && !instant.isAfter(MAX_INSTANT);
  }
}

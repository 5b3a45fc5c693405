package se.lokbra.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import se.lokbra.core.internal.Checks;

/**
 * A date known to a year, a month or a day, as Popolo writes them: {@code 2018}, {@code 2018-05},
 * {@code 2018-05-14}. It stands for a range of days, from {@link #earliest()} to {@link #latest()}.
 */
public record PartialDate(LocalDate earliest, Precision precision) implements Comparable<PartialDate> {
  /** How much of the date is known. */
  public enum Precision { YEAR, MONTH, DAY }

  public PartialDate {
    Checks.date(earliest, "date");
    Checks.notNull(precision, "date.precision");
    Checks.check(precision == Precision.DAY || earliest.getDayOfMonth() == 1, "date", earliest,
        "must be the first day of its month when only the %s is known", precision.name().toLowerCase(
            java.util.Locale.ROOT));
    Checks.check(precision != Precision.YEAR || earliest.getMonthValue() == 1, "date", earliest,
        "must be 1 January when only the year is known");
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(checkedDate(year, 1, 1), Precision.YEAR);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(checkedDate(year, month, 1), Precision.MONTH);
  }

  public static PartialDate of(LocalDate day) {
    return new PartialDate(day, Precision.DAY);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static PartialDate parse(String text) {
    Checks.notNull(text, "date");
    if (text.matches("[0-9]{4}")) {
      return ofYear(Integer.parseInt(text));
    } else if (text.matches("[0-9]{4}-[0-9]{2}")) {
      return ofMonth(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)));
    } else if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return of(checkedDate(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
          Integer.parseInt(text.substring(8))));
    }
    throw new se.lokbra.core.ValidationException("date", text, "must be written YYYY, YYYY-MM or YYYY-MM-DD");
  }

  private static LocalDate checkedDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new se.lokbra.core.ValidationException("date", year + "-" + month + "-" + day,
          "must be a real calendar date");
    }
  }

  /** The last day this date can stand for. */
  public LocalDate latest() {
    return switch (precision) {
      case YEAR -> LocalDate.of(earliest.getYear(), 12, 31);
      case MONTH -> YearMonth.from(earliest).atEndOfMonth();
      case DAY -> earliest;
    };
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = earliest.compareTo(o.earliest);
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  /** ISO 8601 with the known precision: {@code 2018}, {@code 2018-05}, {@code 2018-05-14}. */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.valueOf(earliest.getYear());
      case MONTH -> YearMonth.from(earliest).toString();
      case DAY -> earliest.toString();
    };
  }
}

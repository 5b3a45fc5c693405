package se.lokbra.core.model;

import java.time.LocalDate;
import se.lokbra.core.internal.Checks;

/**
 * A political mandate period ("mandatperiod"): the four calendar years after a Swedish general election, such as
 * 2019–2022 after the 2018 election. Elections have been held every four years since 1994, so the periods lokbra
 * knows start in 1995, 1999, …, 2019, 2023. (Councils take office on 15 October of the election year; lokbra follows
 * the common usage of naming a period by its four full calendar years.)
 */
public record MandatePeriod(int startYear) implements Comparable<MandatePeriod> {
  public MandatePeriod {
    Checks.check(startYear >= 1995 && startYear <= 9995, "mandatePeriod", startYear,
        "must start in 1995 or later (four-year periods began after the 1994 election)");
    Checks.check((startYear - 1995) % 4 == 0, "mandatePeriod", startYear,
        "must start the year after an election year (1995, 1999, ..., 2019, 2023)");
  }

  public static MandatePeriod startingIn(int startYear) {
    return new MandatePeriod(startYear);
  }

  /** The mandate period that contains {@code date}. */
  public static MandatePeriod containing(LocalDate date) {
    Checks.notNull(date, "date");
    int year = date.getYear();
    Checks.check(year >= 1995, "date", date, "must be in 1995 or later");
    return new MandatePeriod(year - Math.floorMod(year - 1995, 4));
  }

  /** Parses {@code 2019–2022} (en dash) or {@code 2019-2022}. */
  public static MandatePeriod parse(String text) {
    Checks.notNull(text, "mandatePeriod");
    Checks.check(text.matches("[0-9]{4}[-–][0-9]{4}"), "mandatePeriod", text, "must be written YYYY–YYYY");
    int start = Integer.parseInt(text.substring(0, 4));
    int end = Integer.parseInt(text.substring(5));
    Checks.check(end == start + 3, "mandatePeriod", text, "must span four years (%s–%s)", start, start + 3);
    return new MandatePeriod(start);
  }

  public int endYear() {
    return startYear + 3;
  }

  /** 1 January of the first year. */
  public LocalDate start() {
    return LocalDate.of(startYear, 1, 1);
  }

  /** 31 December of the last year. */
  public LocalDate end() {
    return LocalDate.of(endYear(), 12, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  public MandatePeriod next() {
    return new MandatePeriod(startYear + 4);
  }

  public MandatePeriod previous() {
    return new MandatePeriod(startYear - 4);
  }

  @Override
  public int compareTo(MandatePeriod o) {
    return Integer.compare(startYear, o.startYear);
  }

  /** {@code 2019–2022}, with an en dash. */
  @Override
  public String toString() {
    return startYear + "–" + endYear();
  }
}

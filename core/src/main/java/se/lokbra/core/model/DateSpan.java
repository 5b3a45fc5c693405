package se.lokbra.core.model;

import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;

/**
 * A span of time given by partial dates, such as "2018" or "2019-03 – 2020-06"; an empty end means ongoing. The end
 * may not lie before the start.
 */
public record DateSpan(PartialDate start, Optional<PartialDate> end) {
  public DateSpan {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    end.ifPresent(e -> Checks.check(!e.latest().isBefore(start.earliest()), "end", e,
        "must not be before the start (%s)", start));
  }

  /** The whole calendar year: {@code 2018}. */
  public static DateSpan ofYear(int year) {
    PartialDate y = PartialDate.ofYear(year);
    return new DateSpan(y, Optional.of(y));
  }

  public static DateSpan of(PartialDate start, PartialDate end) {
    return new DateSpan(start, Optional.of(Checks.notNull(end, "end")));
  }

  /** From {@code start}, ongoing. */
  public static DateSpan from(PartialDate start) {
    return new DateSpan(start, Optional.empty());
  }

  /** The first day of the span. */
  public LocalDate firstDay() {
    return start.earliest();
  }

  /** The last day of the span; empty while ongoing. */
  public Optional<LocalDate> lastDay() {
    return end.map(PartialDate::latest);
  }

  /** True if the span shares at least one day with the closed range {@code from} to {@code to}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !firstDay().isAfter(to) && lastDay().map(l -> !l.isBefore(from)).orElse(true);
  }

  /** True if {@code day} lies within the span (an ongoing span holds every day from its first on). */
  public boolean contains(LocalDate day) {
    return overlaps(day, day);
  }

  /** True if every day of {@code other} lies within this span (an ongoing one only within an ongoing one). */
  public boolean contains(DateSpan other) {
    return !other.firstDay().isBefore(firstDay()) && (lastDay().isEmpty()
        || other.lastDay().isPresent() && !other.lastDay().get().isAfter(lastDay().get()));
  }

  /** True if the span shares at least one day with the calendar year. */
  public boolean overlapsYear(int year) {
    return overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** {@code 2018} for a single partial date, otherwise {@code start–end} or {@code start–}. */
  @Override
  public String toString() {
    if (end.isPresent() && end.get().equals(start)) {
      return start.toString();
    }
    return start + "–" + end.map(PartialDate::toString).orElse("");
  }
}

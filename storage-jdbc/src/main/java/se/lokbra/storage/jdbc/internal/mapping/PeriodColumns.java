package se.lokbra.storage.jdbc.internal.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.SqlType;

/**
 * A {@link DateSpan} as five columns: the start and end as partial dates (earliest day and precision) and the last
 * day, so that "overlaps a day" and "in a year" are plain range conditions on {@code start} and {@code last_day}.
 * The same columns serve measures, situation pictures, agreements, their promises and action plans.
 */
public final class PeriodColumns {
  final Column<LocalDate> start;
  final Column<String> startPrecision;
  final Column<LocalDate> end;
  final Column<String> endPrecision;
  final Column<LocalDate> lastDay;

  /** The columns {@code <prefix>_start}, {@code <prefix>_start_precision}, … {@code <prefix>_last_day}. */
  public PeriodColumns(String prefix) {
    start = Column.date(prefix + "_start");
    startPrecision = Column.text(prefix + "_start_precision");
    end = Column.date(prefix + "_end");
    endPrecision = Column.text(prefix + "_end_precision");
    lastDay = Column.date(prefix + "_last_day");
  }

  List<Column<?>> all() {
    return List.of(start, startPrecision, end, endPrecision, lastDay);
  }

  void write(Optional<DateSpan> period, Values row) {
    Optional<PartialDate> endDate = period.flatMap(DateSpan::end);
    row.set(start, period.map(p -> p.start().earliest()))
        .set(startPrecision, period.map(p -> p.start().precision().name()))
        .set(end, endDate.map(PartialDate::earliest))
        .set(endPrecision, endDate.map(e -> e.precision().name()))
        .set(lastDay, period.flatMap(DateSpan::lastDay));
  }

  /** The period, or empty if the start column is NULL. */
  Optional<DateSpan> read(Values row) {
    return row.optional(start).map(s -> new DateSpan(
        new PartialDate(s, PartialDate.Precision.valueOf(row.required(startPrecision))),
        row.optional(end).map(e -> new PartialDate(e, PartialDate.Precision.valueOf(row.required(endPrecision))))));
  }

  /** The period of a row that must have one. */
  DateSpan readRequired(Values row) {
    row.required(start);
    return read(row).orElseThrow();
  }

  /** The condition that the period includes {@code day}, adding its parameters; a missing period never does. */
  public String includes(LocalDate day, Params params) {
    return overlaps(day, day, params);
  }

  /** The condition that the period shares a day with {@code from}–{@code to}, adding its parameters. */
  public String overlaps(LocalDate from, LocalDate to, Params params) {
    params.add(SqlType.DATE, to).add(SqlType.DATE, from);
    return start.name() + " <= ? AND (" + lastDay.name() + " IS NULL OR " + lastDay.name() + " >= ?)";
  }
}

package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.problem.ProblemId;

/** {@link Indicator} ↔ tables {@code indicator} (with the baseline) and {@code indicator_value}. */
final class IndicatorMapping extends AggregateMapping<Indicator, IndicatorId> {
  static final Column<String> PROBLEM = Column.reference("problem_id", AggregateKind.PROBLEM);
  static final Column<String> NAME = Column.text("name");
  static final Column<String> UNIT = Column.text("unit");
  static final Column<LocalDate> BASELINE_DATE = Column.date("baseline_date");
  static final Column<BigDecimal> BASELINE_VALUE = Column.decimal("baseline_value");
  static final Column<String> BASELINE_SOURCE = Column.text("baseline_source");

  static final Column<String> INDICATOR_ID = Column.text("indicator_id");
  static final Column<LocalDate> DATE = Column.date("value_date");
  static final Column<BigDecimal> VALUE = Column.decimal("value");
  static final Column<String> SOURCE = Column.text("source");
  static final ChildTable<Indicator, Measurement> VALUES = ChildTable.of("indicator_value", INDICATOR_ID,
      List.of(POSITION, DATE, VALUE, SOURCE), Indicator::values,
      (e, i, row) -> row.set(POSITION, i).set(DATE, e.date()).set(VALUE, e.value()).set(SOURCE, e.source()),
      row -> new Measurement(row.required(DATE), row.required(VALUE), row.optional(SOURCE)));

  IndicatorMapping() {
    super(AggregateKind.INDICATOR, "indicator", List.of(PROBLEM, NAME, UNIT, BASELINE_DATE, BASELINE_VALUE,
        BASELINE_SOURCE), List.of(VALUES), Map.of("name", NAME), Set.of());
  }

  @Override
  void write(Indicator i, Values row) {
    row.set(PROBLEM, i.problem().value())
        .set(NAME, i.name())
        .set(UNIT, i.unit())
        .set(BASELINE_DATE, i.baseline().map(Measurement::date))
        .set(BASELINE_VALUE, i.baseline().map(Measurement::value))
        .set(BASELINE_SOURCE, i.baseline().flatMap(Measurement::source));
  }

  @Override
  Indicator read(Values row, Children children) {
    Optional<Measurement> baseline = row.optional(BASELINE_DATE).map(date -> new Measurement(date,
        row.required(BASELINE_VALUE), row.optional(BASELINE_SOURCE)));
    return new Indicator(id(row.required(ID)), revision(row), ProblemId.of(row.required(PROBLEM)),
        row.required(NAME), row.optional(UNIT), baseline, ImmutableList.copyOf(children.of(VALUES)));
  }

  @Override
  IndicatorId id(String value) {
    return IndicatorId.of(value);
  }
}

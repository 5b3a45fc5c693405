package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.organisation.OrganisationId;

/**
 * {@link Measure} ↔ table {@code measure} and its child tables. The period is kept as its partial dates (earliest
 * day and precision) plus its last day, so that the year query is a plain range condition.
 */
final class MeasureMapping extends AggregateMapping<Measure, MeasureId> {
  static final Column<String> COUNCIL = Column.reference("council_id", AggregateKind.COUNCIL);
  static final Column<String> TITLE = Column.text("title");
  static final Column<String> DESCRIPTION = Column.text("description");
  static final Column<String> CATEGORY = Column.text("category");
  static final Column<String> TARGET_PROBLEM = Column.text("target_problem");
  static final Column<LocalDate> PERIOD_START = Column.date("period_start");
  static final Column<String> PERIOD_START_PRECISION = Column.text("period_start_precision");
  static final Column<LocalDate> PERIOD_END = Column.date("period_end");
  static final Column<String> PERIOD_END_PRECISION = Column.text("period_end_precision");
  static final Column<LocalDate> PERIOD_LAST_DAY = Column.date("period_last_day");
  static final Column<String> STATUS = Column.text("status");

  static final Column<String> MEASURE_ID = Column.text("measure_id");
  static final Column<String> ORGANISATION = Column.reference("organisation_id", AggregateKind.ORGANISATION);
  static final ChildTable<Measure, OrganisationId> RESPONSIBLE = ChildTable.of("measure_responsible_organisation",
      MEASURE_ID, List.of(POSITION, ORGANISATION), Measure::responsibleOrganisations,
      (e, i, row) -> row.set(POSITION, i).set(ORGANISATION, e.value()),
      row -> OrganisationId.of(row.required(ORGANISATION)));

  static final Column<String> MUNICIPALITY = Column.text("municipality");
  static final ChildTable<Measure, MunicipalityCode> MUNICIPALITIES = ChildTable.of("measure_municipality",
      MEASURE_ID, List.of(POSITION, MUNICIPALITY), Measure::municipalities,
      (e, i, row) -> row.set(POSITION, i).set(MUNICIPALITY, e.value()),
      row -> MunicipalityCode.of(row.required(MUNICIPALITY)));

  static final Column<LocalDate> FOLLOW_UP_DATE = Column.date("follow_up_date");
  static final Column<String> NOTE = Column.text("note");
  static final Column<String> OUTCOME = Column.text("outcome");
  static final Column<String> MEETING = Column.reference("meeting_id", AggregateKind.MEETING);
  static final ChildTable<Measure, FollowUp> FOLLOW_UPS = ChildTable.of("measure_follow_up", MEASURE_ID,
      List.of(POSITION, FOLLOW_UP_DATE, NOTE, OUTCOME, MEETING), Measure::followUps,
      (e, i, row) -> row.set(POSITION, i).set(FOLLOW_UP_DATE, e.date()).set(NOTE, e.note())
          .set(OUTCOME, e.outcome().name()).set(MEETING, e.meeting().map(MeetingId::value)),
      row -> new FollowUp(row.required(FOLLOW_UP_DATE), row.required(NOTE),
          FollowUpOutcome.valueOf(row.required(OUTCOME)), row.optional(MEETING).map(MeetingId::of)));

  static final Column<String> INDICATOR = Column.text("indicator");
  static final Column<BigDecimal> TARGET = Column.decimal("target");
  static final Column<String> UNIT = Column.text("unit");
  static final ChildTable<Measure, Goal> GOALS = ChildTable.of("measure_goal", MEASURE_ID,
      List.of(POSITION, INDICATOR, TARGET, UNIT), Measure::goals,
      (e, i, row) -> row.set(POSITION, i).set(INDICATOR, e.indicator()).set(TARGET, e.target())
          .set(UNIT, e.unit()),
      row -> new Goal(row.required(INDICATOR), row.required(TARGET), row.optional(UNIT)));

  MeasureMapping() {
    super(AggregateKind.MEASURE, "measure", List.of(COUNCIL, TITLE, DESCRIPTION, CATEGORY, TARGET_PROBLEM,
        PERIOD_START, PERIOD_START_PRECISION, PERIOD_END, PERIOD_END_PRECISION, PERIOD_LAST_DAY, STATUS),
        List.of(RESPONSIBLE, MUNICIPALITIES, FOLLOW_UPS, GOALS),
        Map.of("title", TITLE, "status", STATUS, "category", CATEGORY, "start", PERIOD_START),
        Set.of(PERIOD_START));
  }

  @Override
  void write(Measure m, Values row) {
    Optional<DateSpan> period = m.period();
    Optional<PartialDate> end = period.flatMap(DateSpan::end);
    row.set(COUNCIL, m.council().value())
        .set(TITLE, m.title())
        .set(DESCRIPTION, m.description())
        .set(CATEGORY, m.category().name())
        .set(TARGET_PROBLEM, m.targetProblem())
        .set(PERIOD_START, period.map(p -> p.start().earliest()))
        .set(PERIOD_START_PRECISION, period.map(p -> p.start().precision().name()))
        .set(PERIOD_END, end.map(PartialDate::earliest))
        .set(PERIOD_END_PRECISION, end.map(e -> e.precision().name()))
        .set(PERIOD_LAST_DAY, period.flatMap(DateSpan::lastDay))
        .set(STATUS, m.status().name());
  }

  @Override
  Measure read(Values row, Children children) {
    Optional<DateSpan> period = row.optional(PERIOD_START).map(start -> new DateSpan(
        new PartialDate(start, PartialDate.Precision.valueOf(row.required(PERIOD_START_PRECISION))),
        row.optional(PERIOD_END).map(end -> new PartialDate(end,
            PartialDate.Precision.valueOf(row.required(PERIOD_END_PRECISION))))));
    return new Measure(id(row.required(ID)), revision(row), CouncilId.of(row.required(COUNCIL)),
        row.required(TITLE), row.required(DESCRIPTION), MeasureCategory.valueOf(row.required(CATEGORY)),
        row.optional(TARGET_PROBLEM), ImmutableSet.copyOf(children.of(RESPONSIBLE)),
        ImmutableSet.copyOf(children.of(MUNICIPALITIES)), period, MeasureStatus.valueOf(row.required(STATUS)),
        ImmutableList.copyOf(children.of(FOLLOW_UPS)), ImmutableList.copyOf(children.of(GOALS)));
  }

  @Override
  MeasureId id(String value) {
    return MeasureId.of(value);
  }
}

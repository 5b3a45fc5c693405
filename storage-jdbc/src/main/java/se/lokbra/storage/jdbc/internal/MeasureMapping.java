package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.ProblemId;

/**
 * {@link Measure} ↔ table {@code measure} and its child tables. The period is kept as its partial dates (earliest
 * day and precision) plus its last day, so that the year query is a plain range condition. A target that names a
 * cause refers to the cause's row ({@code measure_target.cause_key}), which keeps the cause in its problem.
 */
final class MeasureMapping extends AggregateMapping<Measure, MeasureId> {
  static final Column<String> COUNCIL = Column.reference("council_id", AggregateKind.COUNCIL);
  static final Column<String> TITLE = Column.text("title");
  static final Column<String> DESCRIPTION = Column.text("description");
  static final Column<String> CATEGORY = Column.text("category");
  static final Column<String> TARGET_PROBLEM = Column.text("target_problem");
  static final PeriodColumns PERIOD = new PeriodColumns("period");
  static final Column<String> STATUS = Column.text("status");
  static final Column<String> ACTION_PLAN = Column.reference("action_plan_id", AggregateKind.ACTION_PLAN);

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

  static final Column<String> PROBLEM = Column.reference("problem_id", AggregateKind.PROBLEM);
  static final Column<String> CAUSE = Column.part("cause_key", AggregateKind.PROBLEM);
  static final ChildTable<Measure, Target> TARGETS = ChildTable.of("measure_target", MEASURE_ID,
      List.of(POSITION, PROBLEM, CAUSE), Measure::targets,
      (e, i, row) -> row.set(POSITION, i).set(PROBLEM, e.problem().value()).set(CAUSE, e.cause()),
      row -> new Target(ProblemId.of(row.required(PROBLEM)), row.optional(CAUSE)));

  private static final ImmutableList<Column<?>> TALLY_COLUMNS = ImmutableList.of(COUNCIL, STATUS, CATEGORY,
      PERIOD.start, PERIOD.lastDay);

  MeasureMapping() {
    super(AggregateKind.MEASURE, "measure", ImmutableList.<Column<?>>builder()
        .add(COUNCIL, TITLE, DESCRIPTION, CATEGORY, TARGET_PROBLEM).addAll(PERIOD.all()).add(STATUS, ACTION_PLAN)
        .build(), List.of(RESPONSIBLE, MUNICIPALITIES, FOLLOW_UPS, GOALS, TARGETS),
        Map.of("title", TITLE, "status", STATUS, "category", CATEGORY, "start", PERIOD.start),
        Set.of(PERIOD.start));
  }

  @Override
  void write(Measure m, Values row) {
    row.set(COUNCIL, m.council().value())
        .set(TITLE, m.title())
        .set(DESCRIPTION, m.description())
        .set(CATEGORY, m.category().name())
        .set(TARGET_PROBLEM, m.targetProblem())
        .set(STATUS, m.status().name())
        .set(ACTION_PLAN, m.actionPlan().map(ActionPlanId::value));
    PERIOD.write(m.period(), row);
  }

  @Override
  Measure read(Values row, Children children) {
    return new Measure(id(row.required(ID)), revision(row), CouncilId.of(row.required(COUNCIL)),
        row.required(TITLE), row.required(DESCRIPTION), MeasureCategory.valueOf(row.required(CATEGORY)),
        row.optional(TARGET_PROBLEM), ImmutableSet.copyOf(children.of(RESPONSIBLE)),
        ImmutableSet.copyOf(children.of(MUNICIPALITIES)), PERIOD.read(row),
        MeasureStatus.valueOf(row.required(STATUS)), ImmutableList.copyOf(children.of(FOLLOW_UPS)),
        ImmutableList.copyOf(children.of(GOALS)), ImmutableList.copyOf(children.of(TARGETS)),
        row.optional(ACTION_PLAN).map(ActionPlanId::of));
  }

  /**
   * Every measure counts in {@code all} and in its council, status and category; one with a period also in the
   * year it starts ({@code start_year}) and, if it ends, the year of its last day ({@code end_year}). The measures
   * of year Y are then those starting in Y or before, less those that ended before Y: see {@link JdbcMeasures}.
   */
  @Override
  ImmutableList<Column<?>> tallyColumns() {
    return TALLY_COLUMNS;
  }

  @Override
  List<Tally> tallies(Values row) {
    List<Tally> tallies = new ArrayList<>(6);
    tallies.add(new Tally(table, "all", ""));
    tallies.add(new Tally(table, "council", row.required(COUNCIL)));
    tallies.add(new Tally(table, "status", row.required(STATUS)));
    tallies.add(new Tally(table, "category", row.required(CATEGORY)));
    LocalDate start = row.get(PERIOD.start);
    if (start != null) {
      tallies.add(new Tally(table, "start_year", year(start.getYear())));
    }
    LocalDate last = row.get(PERIOD.lastDay);
    if (last != null) {
      tallies.add(new Tally(table, "end_year", year(last.getYear())));
    }
    return tallies;
  }

  /** A year as a tally item: four digits (periods lie in years 1000 to 9999), so that text order is year order. */
  static String year(int year) {
    return Integer.toString(year);
  }

  @Override
  MeasureId id(String value) {
    return MeasureId.of(value);
  }
}

package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.plan.Decision;

/**
 * {@link ActionPlan} ↔ table {@code action_plan} and its child tables. Its measures are not here: each measure
 * names its plan ({@code measure.action_plan_id}).
 */
final class ActionPlanMapping extends AggregateMapping<ActionPlan, ActionPlanId> {
  static final Column<String> TITLE = Column.text("title");
  static final Column<String> COUNCIL = Column.reference("council_id", AggregateKind.COUNCIL);
  static final Column<LocalDate> DECISION_DATE = Column.date("decision_date");
  static final Column<String> DECISION_BODY = Column.text("decision_body");
  static final PeriodColumns PERIOD = new PeriodColumns("period");

  static final Column<String> PLAN_ID = Column.text("action_plan_id");
  static final Column<String> MUNICIPALITY = Column.text("municipality");
  static final ChildTable<ActionPlan, MunicipalityCode> MUNICIPALITIES = ChildTable.of("action_plan_municipality",
      PLAN_ID, List.of(POSITION, MUNICIPALITY), ActionPlan::municipalities,
      (e, i, row) -> row.set(POSITION, i).set(MUNICIPALITY, e.value()),
      row -> MunicipalityCode.of(row.required(MUNICIPALITY)));

  static final Column<LocalDate> FOLLOW_UP_DATE = Column.date("follow_up_date");
  static final ChildTable<ActionPlan, LocalDate> FOLLOW_UPS = ChildTable.of("action_plan_follow_up", PLAN_ID,
      List.of(POSITION, FOLLOW_UP_DATE), ActionPlan::followUpDates,
      (e, i, row) -> row.set(POSITION, i).set(FOLLOW_UP_DATE, e), row -> row.required(FOLLOW_UP_DATE));

  ActionPlanMapping() {
    super(AggregateKind.ACTION_PLAN, "action_plan", ImmutableList.<Column<?>>builder()
        .add(TITLE, COUNCIL, DECISION_DATE, DECISION_BODY).addAll(PERIOD.all()).build(),
        List.of(MUNICIPALITIES, FOLLOW_UPS), Map.of("decided", DECISION_DATE, "title", TITLE), Set.of(DECISION_DATE));
  }

  @Override
  void write(ActionPlan p, Values row) {
    row.set(TITLE, p.title())
        .set(COUNCIL, p.council().map(CouncilId::value))
        .set(DECISION_DATE, p.decision().map(Decision::date))
        .set(DECISION_BODY, p.decision().map(Decision::body));
    PERIOD.write(p.period(), row);
  }

  @Override
  ActionPlan read(Values row, Children children) {
    return new ActionPlan(id(row.required(ID)), revision(row), row.required(TITLE),
        ImmutableSet.copyOf(children.of(MUNICIPALITIES)), row.optional(COUNCIL).map(CouncilId::of),
        row.optional(DECISION_DATE).map(date -> new Decision(date, row.required(DECISION_BODY))), PERIOD.read(row),
        ImmutableList.copyOf(children.of(FOLLOW_UPS)));
  }

  @Override
  ActionPlanId id(String value) {
    return ActionPlanId.of(value);
  }
}

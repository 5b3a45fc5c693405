package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.problem.ProblemId;

/** {@link CooperationAgreement} ↔ table {@code cooperation_agreement} and its child tables. */
final class CooperationAgreementMapping extends AggregateMapping<CooperationAgreement, CooperationAgreementId> {
  static final Column<String> TITLE = Column.text("title");
  static final PeriodColumns PERIOD = new PeriodColumns("period");

  static final Column<String> AGREEMENT_ID = Column.text("cooperation_agreement_id");
  static final Column<String> ORGANISATION = Column.reference("organisation_id", AggregateKind.ORGANISATION);
  static final ChildTable<CooperationAgreement, OrganisationId> PARTIES = ChildTable.of(
      "cooperation_agreement_party", AGREEMENT_ID, List.of(POSITION, ORGANISATION), CooperationAgreement::parties,
      (e, i, row) -> row.set(POSITION, i).set(ORGANISATION, e.value()),
      row -> OrganisationId.of(row.required(ORGANISATION)));

  static final Column<String> PERSON = Column.reference("person_id", AggregateKind.PERSON);
  static final Column<String> ROLE = Column.text("role");
  // Not a reference of its own: the party a signatory signs for is one of the parties (the core checks it).
  static final Column<String> ON_BEHALF_OF = Column.text("on_behalf_of_id");
  static final Column<LocalDate> SIGNED_ON = Column.date("signed_on");
  static final ChildTable<CooperationAgreement, Signatory> SIGNATORIES = ChildTable.of(
      "cooperation_agreement_signatory", AGREEMENT_ID, List.of(POSITION, PERSON, ROLE, ON_BEHALF_OF, SIGNED_ON),
      CooperationAgreement::signatories,
      (e, i, row) -> row.set(POSITION, i).set(PERSON, e.person().value()).set(ROLE, e.role())
          .set(ON_BEHALF_OF, e.onBehalfOf().value()).set(SIGNED_ON, e.signedOn()),
      row -> new Signatory(PersonId.of(row.required(PERSON)), row.required(ROLE),
          OrganisationId.of(row.required(ON_BEHALF_OF)), row.optional(SIGNED_ON)));

  static final Column<String> PROBLEM = Column.reference("problem_id", AggregateKind.PROBLEM);
  static final ChildTable<CooperationAgreement, ProblemId> PROBLEMS = ChildTable.of(
      "cooperation_agreement_problem", AGREEMENT_ID, List.of(POSITION, PROBLEM), CooperationAgreement::problems,
      (e, i, row) -> row.set(POSITION, i).set(PROBLEM, e.value()), row -> ProblemId.of(row.required(PROBLEM)));

  static final Column<String> INDICATOR = Column.reference("indicator_id", AggregateKind.INDICATOR);
  static final Column<BigDecimal> TARGET = Column.decimal("target");
  static final Column<LocalDate> BY_WHEN = Column.date("by_when");
  static final ChildTable<CooperationAgreement, AgreementGoal> GOALS = ChildTable.of("cooperation_agreement_goal",
      AGREEMENT_ID, List.of(POSITION, INDICATOR, TARGET, BY_WHEN), CooperationAgreement::goals,
      (e, i, row) -> row.set(POSITION, i).set(INDICATOR, e.indicator().value()).set(TARGET, e.target())
          .set(BY_WHEN, e.byWhen()),
      row -> new AgreementGoal(IndicatorId.of(row.required(INDICATOR)), row.required(TARGET),
          row.required(BY_WHEN)));

  static final Column<LocalDate> FOLLOW_UP_DATE = Column.date("follow_up_date");
  static final ChildTable<CooperationAgreement, LocalDate> FOLLOW_UPS = ChildTable.of(
      "cooperation_agreement_follow_up", AGREEMENT_ID, List.of(POSITION, FOLLOW_UP_DATE),
      CooperationAgreement::followUpDates, (e, i, row) -> row.set(POSITION, i).set(FOLLOW_UP_DATE, e),
      row -> row.required(FOLLOW_UP_DATE));

  static final Column<String> TEXT = Column.text("text");
  static final Column<String> RESPONSIBLE = Column.reference("responsible_id", AggregateKind.ORGANISATION);
  static final PeriodColumns PROMISE_PERIOD = new PeriodColumns("period");
  static final Column<String> STATUS = Column.text("status");
  static final ChildTable<CooperationAgreement, CitizenPromise> PROMISES = ChildTable.of(
      "cooperation_agreement_promise", AGREEMENT_ID, ImmutableList.<Column<?>>builder().add(POSITION, TEXT,
          RESPONSIBLE).addAll(PROMISE_PERIOD.all()).add(STATUS).build(), CooperationAgreement::promises,
      (e, i, row) -> {
        row.set(POSITION, i).set(TEXT, e.text()).set(RESPONSIBLE, e.responsible().value())
            .set(STATUS, e.status().name());
        PROMISE_PERIOD.write(e.period(), row);
      },
      row -> new CitizenPromise(row.required(TEXT), OrganisationId.of(row.required(RESPONSIBLE)),
          PROMISE_PERIOD.read(row), PromiseStatus.valueOf(row.required(STATUS))));

  CooperationAgreementMapping() {
    super(AggregateKind.COOPERATION_AGREEMENT, "cooperation_agreement", ImmutableList.<Column<?>>builder()
        .add(TITLE).addAll(PERIOD.all()).build(), List.of(PARTIES, SIGNATORIES, PROBLEMS, GOALS, FOLLOW_UPS,
            PROMISES), Map.of("start", PERIOD.start, "title", TITLE), Set.of());
  }

  @Override
  void write(CooperationAgreement a, Values row) {
    row.set(TITLE, a.title());
    PERIOD.write(Optional.of(a.period()), row);
  }

  @Override
  CooperationAgreement read(Values row, Children children) {
    return new CooperationAgreement(id(row.required(ID)), revision(row), row.required(TITLE),
        ImmutableSet.copyOf(children.of(PARTIES)), ImmutableList.copyOf(children.of(SIGNATORIES)),
        PERIOD.readRequired(row),
        ImmutableSet.copyOf(children.of(PROBLEMS)), ImmutableList.copyOf(children.of(GOALS)),
        ImmutableList.copyOf(children.of(FOLLOW_UPS)), ImmutableList.copyOf(children.of(PROMISES)));
  }

  @Override
  CooperationAgreementId id(String value) {
    return CooperationAgreementId.of(value);
  }
}

package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.Repositories;
import se.lokbra.core.compliance.Compliance;
import se.lokbra.core.compliance.CountyView;
import se.lokbra.core.compliance.Finding;
import se.lokbra.core.compliance.Ledger;
import se.lokbra.core.compliance.Reason;
import se.lokbra.core.compliance.Requirement;
import se.lokbra.core.compliance.Status;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.coordination.CoordinationFunctionRepository;
import se.lokbra.core.coordination.CoordinationTask;
import se.lokbra.core.coordination.Holder;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.DecidingBody;
import se.lokbra.core.model.Decision;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.person.Person;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

/**
 * {@link Compliance} on every backend: a small data set saved through the API (one municipality that meets every
 * requirement, one that meets some, one council-only municipality) gives exactly the expected findings — status,
 * reason code and arguments, and the ids they rest on — read directly, inside a transaction, after reopening (a persistent store), and
 * in the county view.
 */
public abstract class ComplianceContract extends ContractSupport {
  static final MunicipalityCode COMPLETE = MunicipalityCode.of("1899");
  static final MunicipalityCode PARTIAL = MunicipalityCode.of("1898");
  static final MunicipalityCode COUNCIL_ONLY = MunicipalityCode.of("1897");
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
  static final MandatePeriod PERIOD = MandatePeriod.startingIn(2023);

  static final SituationPictureId PICTURE = SituationPictureId.of("lagesbild-2025");
  static final SituationPictureId OLD_PICTURE = SituationPictureId.of("lagesbild-2024");
  static final ActionPlanId PLAN = ActionPlanId.of("atgardsplan-2025");
  static final ActionPlanId UNGROUNDED_PLAN = ActionPlanId.of("atgardsplan-utan-lagesbild");

  private static DateSpan span(LocalDate from, LocalDate to) {
    return DateSpan.of(PartialDate.of(from), PartialDate.of(to));
  }

  @BeforeEach
  public void saveTheDataSet() {
    Person coordinator = store.people().save(fixtures.person());
    CouncilId council = store.councils().save(Council.builder().id("radet").name("Brottsförebyggande rådet")
        .municipalities(COMPLETE, PARTIAL, COUNCIL_ONLY).build()).id();
    Decision council2025 = Decision.of(LocalDate.of(2025, 2, 24), DecidingBody.MUNICIPAL_COUNCIL,
        "Kommunfullmäktige").withParagraph("§ 12").withCaseNumber("KS 2024/123");
    store.situationPictures().save(SituationPicture.builder().id(PICTURE).title("Lägesbild 2025")
        .municipalities(COMPLETE).date(LocalDate.of(2025, 10, 1)).period(DateSpan.ofYear(2025))
        .adoptedBy(Decision.of(LocalDate.of(2025, 11, 3), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen"))
        .build());
    store.situationPictures().save(SituationPicture.builder().id(OLD_PICTURE).title("Lägesbild 2024")
        .municipalities(PARTIAL).date(LocalDate.of(2024, 11, 20)).build());
    store.actionPlans().save(ActionPlan.builder().id(PLAN).title("Åtgärdsplan 2025–2027")
        .municipalities(COMPLETE).council(council).decision(council2025)
        .period(span(LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31)))
        .followUpDates(List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2027, 6, 30)))
        .restsOn(PICTURE).build());
    store.actionPlans().save(ActionPlan.builder().id(UNGROUNDED_PLAN).title("Åtgärdsplan utan lägesbild")
        .municipalities(PARTIAL).decision(council2025)
        .period(span(LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31))).build());
    store.repository(CoordinationFunctionRepository.class).save(CoordinationFunction.builder().id("samordning")
        .name("Samordningsfunktionen").municipality(COMPLETE.value())
        .decision(Decision.of(LocalDate.of(2023, 6, 12), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen"))
        .tasks(List.of(CoordinationTask.values()))
        .period(DateSpan.from(PartialDate.of(LocalDate.of(2023, 7, 1))))
        .addHolder(new Holder(coordinator.id(), 50, DateSpan.from(PartialDate.of(LocalDate.of(2023, 7, 1)))))
        .build());
    store.repository(CoordinationFunctionRepository.class).save(CoordinationFunction.builder().id("samordning-slut")
        .name("Samordning som slutar").municipality(PARTIAL.value())
        .period(span(LocalDate.of(2023, 7, 1), LocalDate.of(2027, 1, 31))).build());
    store.measures().save(measure("trygghetsvandringar", council, LocalDate.of(2025, 12, 10)));
    store.measures().save(measure("belysning", council, LocalDate.of(2026, 6, 30)));
    store.measures().save(measure("utan-uppfoljning", council));
  }

  private static Measure measure(String id, CouncilId council, LocalDate... followUps) {
    Measure.Builder b = Measure.builder().id(id).council(council).title("Insats " + id)
        .category(MeasureCategory.SITUATIONAL).actionPlan(PLAN);
    for (LocalDate date : followUps) {
      b.addFollowUp(new FollowUp(date, "Avstämd.", FollowUpOutcome.ON_TRACK, Optional.empty()));
    }
    return b.build();
  }

  private static Finding finding(Requirement r, Status s, String code, List<Object> arguments,
      List<String> basis) {
    return new Finding(r, s, new Reason(code, ImmutableList.copyOf(arguments), "ignored"),
        basis.stream().<EntityId>map(ComplianceContract::id).collect(ImmutableList.toImmutableList()));
  }

  private static EntityId id(String value) {
    return switch (value) {
      case "atgardsplan-2025", "atgardsplan-utan-lagesbild" -> ActionPlanId.of(value);
      case "lagesbild-2025", "lagesbild-2024" -> SituationPictureId.of(value);
      case "samordning", "samordning-slut" -> se.lokbra.core.coordination.CoordinationFunctionId.of(value);
      default -> se.lokbra.core.measure.MeasureId.of(value);
    };
  }

  /** The findings with the English text left out (it is checked once, in core). */
  private static List<Finding> withoutText(Ledger ledger) {
    return ledger.findings().stream().map(f -> new Finding(f.requirement(), f.status(), new Reason(
        f.reason().code(), f.reason().arguments(), "ignored"), f.basis())).toList();
  }

  static final List<Finding> COMPLETE_FINDINGS = List.of(
      finding(Requirement.SITUATION_PICTURE, Status.MET, "situationPicture.current",
          List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2027, 10, 1)), List.of("lagesbild-2025")),
      finding(Requirement.ACTION_PLAN, Status.MET, "actionPlan.inForce",
          List.of("Åtgärdsplan 2025–2027", LocalDate.of(2025, 2, 24)), List.of("atgardsplan-2025", "lagesbild-2025")),
      finding(Requirement.COORDINATION_FUNCTION, Status.MET, "coordinationFunction.inForce",
          List.of("Samordningsfunktionen"), List.of("samordning")),
      finding(Requirement.FOLLOW_UPS, Status.MET, "followUps.held", List.of("Åtgärdsplan 2025–2027", 2),
          List.of("atgardsplan-2025", "belysning", "trygghetsvandringar")));

  @Test
  public void theLedgerOfEachMunicipalityIsExactlyTheExpectedOne() {
    assertThat(withoutText(Compliance.of(store).ledger(COMPLETE, PERIOD, AS_OF)))
        .containsExactlyElementsOf(COMPLETE_FINDINGS);
    assertThat(withoutText(Compliance.of(store).ledger(PARTIAL, PERIOD, AS_OF))).containsExactly(
        finding(Requirement.SITUATION_PICTURE, Status.OUT_OF_DATE, "situationPicture.tooOld",
            List.of(LocalDate.of(2024, 11, 20), LocalDate.of(2026, 11, 20)), List.of("lagesbild-2024")),
        finding(Requirement.ACTION_PLAN, Status.MISSING, "actionPlan.notGrounded",
            List.of("Åtgärdsplan utan lägesbild"), List.of("atgardsplan-utan-lagesbild")),
        finding(Requirement.COORDINATION_FUNCTION, Status.DUE_SOON, "coordinationFunction.endsSoon",
            List.of("Samordning som slutar", LocalDate.of(2027, 1, 31)), List.of("samordning-slut")),
        finding(Requirement.FOLLOW_UPS, Status.MISSING, "followUps.noDates",
            List.of("Åtgärdsplan utan lägesbild"), List.of("atgardsplan-utan-lagesbild")));
    assertThat(withoutText(Compliance.of(store).ledger(COUNCIL_ONLY, PERIOD, AS_OF))).extracting(Finding::status)
        .containsOnly(Status.MISSING);
  }

  @Test
  public void theLedgerIsTheSameInATransactionAndAfterReopening() {
    Ledger direct = Compliance.of(store).ledger(COMPLETE, PERIOD, AS_OF);
    assertThat(direct.allMet()).isTrue();
    Ledger inTransaction = store.inTransaction((Repositories tx) -> Compliance.of(tx).ledger(COMPLETE, PERIOD,
        AS_OF));
    assertThat(inTransaction).isEqualTo(direct);
    if (persistent()) {
      reopen();
      assertThat(Compliance.of(store).ledger(COMPLETE, PERIOD, AS_OF)).as("after reopening").isEqualTo(direct);
    }
  }

  @Test
  public void theCountyViewHoldsEveryMunicipalityOfTheCountyInTheStore() {
    CountyView county = Compliance.of(store).county("18", PERIOD, AS_OF);
    assertThat(county.ledgers()).extracting(l -> l.municipality().value()).containsExactly("1897", "1898", "1899");
    assertThat(county.ledgers().get(2)).isEqualTo(Compliance.of(store).ledger(COMPLETE, PERIOD, AS_OF));
    assertThat(county.allMetCount()).isEqualTo(1);
    assertThat(Compliance.of(store).county("01", PERIOD, AS_OF).ledgers()).isEmpty();
  }
}

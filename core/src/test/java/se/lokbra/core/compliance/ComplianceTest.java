package se.lokbra.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.ValidationException;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.coordination.CoordinationFunctionRepository;
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
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

class ComplianceTest {
  static final MunicipalityCode M = MunicipalityCode.of("1880");
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
  static final MandatePeriod P = MandatePeriod.startingIn(2023);

  final LokbraStore store = LokbraStores.open("memory:compliance-" + UUID.randomUUID());

  @AfterEach
  void close() {
    store.close();
  }

  Ledger ledger() {
    return Compliance.of(store).ledger(M, P, AS_OF);
  }

  Finding finding(Requirement r) {
    return ledger().finding(r);
  }

  SituationPicture picture(String id, LocalDate date) {
    return store.situationPictures().save(SituationPicture.builder().id(id).title("Lägesbild " + id)
        .municipalities(M).date(date).build());
  }

  static DateSpan span(LocalDate from, LocalDate to) {
    return DateSpan.of(PartialDate.of(from), PartialDate.of(to));
  }

  ActionPlan plan(String id, LocalDate decided, DateSpan period, List<LocalDate> followUps,
      SituationPictureId... pictures) {
    return store.actionPlans().save(ActionPlan.builder().id(id).title("Plan " + id).municipalities(M)
        .decision(Decision.of(decided, DecidingBody.MUNICIPAL_COUNCIL, "Kommunfullmäktige"))
        .period(period).followUpDates(followUps).situationPictures(List.of(pictures)).build());
  }

  CoordinationFunction function(String id, DateSpan period) {
    return store.repository(CoordinationFunctionRepository.class).save(CoordinationFunction.builder().id(id)
        .name("Samordning " + id).municipality(M.value()).period(period).build());
  }

  Measure measure(String id, ActionPlanId plan, LocalDate... followUps) {
    CouncilId council = CouncilId.of("rad");
    if (!store.councils().existsById(council)) {
      store.councils().save(Council.builder().id(council).name("Rådet").municipalities(M).build());
    }
    Measure.Builder b = Measure.builder().id(id).council(council).title("Insats " + id)
        .category(MeasureCategory.SOCIAL).actionPlan(plan);
    for (LocalDate d : followUps) {
      b.addFollowUp(new FollowUp(d, "", FollowUpOutcome.ON_TRACK, java.util.Optional.empty()));
    }
    return store.measures().save(b.build());
  }

  /** A plan in force 2025–2027, decided 2025-02-01, resting on a picture. */
  ActionPlan groundedPlan(List<LocalDate> followUps) {
    SituationPicture p = picture("lb", LocalDate.of(2025, 6, 1));
    return plan("ap", LocalDate.of(2025, 2, 1), span(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)),
        followUps, p.id());
  }

  @Nested
  class SituationPictureRequirement {
    @Test
    void missingWithoutAPictureOrWithOnlyOnesOutsideThePeriodOrUndatedOrAfterTheDay() {
      Finding none = finding(Requirement.SITUATION_PICTURE);
      assertThat(none.status()).isEqualTo(Status.MISSING);
      assertThat(none.reason().code()).isEqualTo("situationPicture.none");
      assertThat(none.reason().arguments()).containsExactly(P);
      assertThat(none.basis()).isEmpty();
      picture("forra", LocalDate.of(2022, 11, 30));
      store.situationPictures().save(SituationPicture.builder().id("odaterad").title("Odaterad").municipalities(M)
          .build());
      assertThat(Compliance.of(store).ledger(M, P, LocalDate.of(2023, 3, 1)).status(Requirement.SITUATION_PICTURE))
          .as("a picture of the previous period does not count").isEqualTo(Status.MISSING);
      picture("senare", LocalDate.of(2026, 12, 4));
      assertThat(finding(Requirement.SITUATION_PICTURE).status()).as("dated after the day").isEqualTo(Status.MISSING);
    }

    @Test
    void metWhenTheNewestIsYoungerThanTheMaximumAgeLessTheWindow() {
      picture("gammal", LocalDate.of(2023, 5, 1));
      SituationPicture newest = picture("ny", LocalDate.of(2025, 6, 1));
      Finding f = finding(Requirement.SITUATION_PICTURE);
      assertThat(f.status()).isEqualTo(Status.MET);
      assertThat(f.reason().code()).isEqualTo("situationPicture.current");
      assertThat(f.reason().arguments()).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1));
      assertThat(f.basis()).containsExactly(newest.id());
    }

    @Test
    void dueSoonWhenItTurnsTooOldWithinTheWindow() {
      picture("lb", LocalDate.of(2025, 1, 15));
      Finding f = finding(Requirement.SITUATION_PICTURE);
      assertThat(f.status()).isEqualTo(Status.DUE_SOON);
      assertThat(f.reason().code()).isEqualTo("situationPicture.agingSoon");
      assertThat(Compliance.of(store, ComplianceOptions.builder().warningWindow(Period.ofMonths(1)).build())
          .ledger(M, P, AS_OF).status(Requirement.SITUATION_PICTURE)).isEqualTo(Status.MET);
    }

    @Test
    void exactlyTwentyFourMonthsOldStillCountsAndOneDayMoreIsOutOfDate() {
      picture("lb", LocalDate.of(2024, 12, 3));
      ComplianceOptions noWarning = ComplianceOptions.builder().warningWindow(Period.ZERO).build();
      assertThat(Compliance.of(store, noWarning).ledger(M, P, AS_OF).status(Requirement.SITUATION_PICTURE))
          .isEqualTo(Status.MET);
      assertThat(finding(Requirement.SITUATION_PICTURE).status()).isEqualTo(Status.DUE_SOON);
      Finding f = Compliance.of(store, noWarning).ledger(M, P, AS_OF.plusDays(1)).finding(
          Requirement.SITUATION_PICTURE);
      assertThat(f.status()).isEqualTo(Status.OUT_OF_DATE);
      assertThat(f.reason().code()).isEqualTo("situationPicture.tooOld");
      assertThat(f.reason().arguments()).containsExactly(LocalDate.of(2024, 12, 3), LocalDate.of(2026, 12, 3));
      assertThat(f.reason().text()).isEqualTo("The newest situation picture, of 2024-12-03, is older than 24 months (it "
          + "counted until 2026-12-03).");
      assertThat(Compliance.describe(Period.of(1, 0, 2))).isEqualTo("1 year and 2 days");
    }

    @Test
    void theMaximumAgeIsConfigurable() {
      picture("lb", LocalDate.of(2025, 6, 1));
      assertThat(Compliance.of(store, ComplianceOptions.defaults().withMaximumAge(Period.ofMonths(12)))
          .ledger(M, P, AS_OF).status(Requirement.SITUATION_PICTURE)).isEqualTo(Status.OUT_OF_DATE);
    }
  }

  @Nested
  class ActionPlanRequirement {
    @Test
    void missingWithoutAPlan() {
      assertThat(finding(Requirement.ACTION_PLAN).reason().code()).isEqualTo("actionPlan.none");
      assertThat(finding(Requirement.ACTION_PLAN).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void missingWhenUndecidedOrDecidedAfterTheDay() {
      store.actionPlans().save(ActionPlan.builder().id("utkast").title("Utkast").municipalities(M).build());
      Finding f = finding(Requirement.ACTION_PLAN);
      assertThat(f.status()).isEqualTo(Status.MISSING);
      assertThat(f.reason().code()).isEqualTo("actionPlan.undecided");
      assertThat(f.basis()).extracting(EntityId::value).containsExactly("utkast");
      plan("senare", LocalDate.of(2026, 12, 10), span(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)),
          List.of());
      assertThat(finding(Requirement.ACTION_PLAN).reason().code()).isEqualTo("actionPlan.undecided");
    }

    @Test
    void missingWhenDecidedButNotYetInForce() {
      plan("kommande", LocalDate.of(2026, 11, 1), span(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)),
          List.of());
      Finding f = finding(Requirement.ACTION_PLAN);
      assertThat(f.status()).isEqualTo(Status.MISSING);
      assertThat(f.reason().code()).isEqualTo("actionPlan.notYetInForce");
      assertThat(f.reason().arguments()).containsExactly("Plan kommande", LocalDate.of(2027, 1, 1));
    }

    @Test
    void missingWhenInForceButRestingOnNoSituationPicture() {
      plan("ap", LocalDate.of(2025, 2, 1), span(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)), List.of());
      Finding f = finding(Requirement.ACTION_PLAN);
      assertThat(f.status()).isEqualTo(Status.MISSING);
      assertThat(f.reason().code()).isEqualTo("actionPlan.notGrounded");
      assertThat(f.basis()).extracting(EntityId::value).containsExactly("ap");
    }

    @Test
    void outOfDateWhenTheDecidedPlansHaveEnded() {
      SituationPicture p = picture("lb", LocalDate.of(2023, 3, 1));
      plan("gammal", LocalDate.of(2023, 4, 1), span(LocalDate.of(2023, 4, 1), LocalDate.of(2025, 12, 31)),
          List.of(), p.id());
      Finding f = finding(Requirement.ACTION_PLAN);
      assertThat(f.status()).isEqualTo(Status.OUT_OF_DATE);
      assertThat(f.reason().code()).isEqualTo("actionPlan.ended");
      assertThat(f.reason().arguments()).containsExactly("Plan gammal", LocalDate.of(2025, 12, 31));
    }

    @Test
    void dueSoonWhenThePlanInForceEndsWithinTheWindow() {
      SituationPicture p = picture("lb", LocalDate.of(2025, 6, 1));
      ActionPlan plan = plan("ap", LocalDate.of(2024, 5, 1), span(LocalDate.of(2024, 5, 1),
          LocalDate.of(2027, 1, 31)), List.of(), p.id());
      Finding f = finding(Requirement.ACTION_PLAN);
      assertThat(f.status()).isEqualTo(Status.DUE_SOON);
      assertThat(f.reason().code()).isEqualTo("actionPlan.endsSoon");
      assertThat(f.basis()).containsExactly(plan.id(), p.id());
    }

    @Test
    void metWhenDecidedInForceAndGrounded() {
      ActionPlan plan = groundedPlan(List.of());
      Finding f = finding(Requirement.ACTION_PLAN);
      assertThat(f.status()).isEqualTo(Status.MET);
      assertThat(f.reason().code()).isEqualTo("actionPlan.inForce");
      assertThat(f.reason().arguments()).containsExactly("Plan ap", LocalDate.of(2025, 2, 1));
      assertThat(f.basis()).containsExactly(plan.id(), SituationPictureId.of("lb"));
    }
  }

  @Nested
  class CoordinationFunctionRequirement {
    @Test
    void missingWithoutOneOrBeforeItStarts() {
      assertThat(finding(Requirement.COORDINATION_FUNCTION).status()).isEqualTo(Status.MISSING);
      assertThat(finding(Requirement.COORDINATION_FUNCTION).reason().code()).isEqualTo("coordinationFunction.none");
      function("kommande", DateSpan.from(PartialDate.of(LocalDate.of(2027, 1, 1))));
      Finding f = finding(Requirement.COORDINATION_FUNCTION);
      assertThat(f.status()).isEqualTo(Status.MISSING);
      assertThat(f.reason().code()).isEqualTo("coordinationFunction.notYetInForce");
    }

    @Test
    void outOfDateWhenEnded() {
      function("gammal", span(LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30)));
      Finding f = finding(Requirement.COORDINATION_FUNCTION);
      assertThat(f.status()).isEqualTo(Status.OUT_OF_DATE);
      assertThat(f.reason().arguments()).containsExactly("Samordning gammal", LocalDate.of(2026, 6, 30));
    }

    @Test
    void dueSoonWhenEndingWithinTheWindowAndMetOtherwise() {
      function("slutar", span(LocalDate.of(2023, 7, 1), LocalDate.of(2026, 12, 31)));
      assertThat(finding(Requirement.COORDINATION_FUNCTION).status()).isEqualTo(Status.DUE_SOON);
      CoordinationFunction ongoing = function("fortsatt", DateSpan.from(PartialDate.of(LocalDate.of(2024, 1, 1))));
      Finding f = finding(Requirement.COORDINATION_FUNCTION);
      assertThat(f.status()).isEqualTo(Status.MET);
      assertThat(f.reason().code()).isEqualTo("coordinationFunction.inForce");
      assertThat(f.reason().arguments()).containsExactly(ongoing.name());
      assertThat(f.basis()).extracting(EntityId::value).containsExactly("fortsatt", "slutar");
    }
  }

  @Nested
  class FollowUpsRequirement {
    @Test
    void missingWithoutADecidedPlanInForce() {
      Finding f = finding(Requirement.FOLLOW_UPS);
      assertThat(f.status()).isEqualTo(Status.MISSING);
      assertThat(f.reason().code()).isEqualTo("followUps.noPlan");
    }

    @Test
    void missingWhenThePlanSetsNoDates() {
      groundedPlan(List.of());
      assertThat(finding(Requirement.FOLLOW_UPS).reason().code()).isEqualTo("followUps.noDates");
      assertThat(finding(Requirement.FOLLOW_UPS).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void missingWhenAPassedDateWasNotHeldAndALateFollowUpDoesNotHoldIt() {
      ActionPlan plan = groundedPlan(List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31),
          LocalDate.of(2026, 6, 30)));
      measure("a", plan.id(), LocalDate.of(2025, 6, 10), LocalDate.of(2026, 1, 15));
      Finding f = finding(Requirement.FOLLOW_UPS);
      assertThat(f.status()).isEqualTo(Status.MISSING);
      assertThat(f.reason().code()).isEqualTo("followUps.missed");
      assertThat(f.reason().arguments()).containsExactly("Plan ap", LocalDate.of(2025, 12, 31));
      assertThat(f.basis()).containsExactly(plan.id());
    }

    @Test
    void dueSoonWhenADateWithinTheWindowIsNotHeldYet() {
      ActionPlan plan = groundedPlan(List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31)));
      measure("a", plan.id(), LocalDate.of(2026, 6, 30));
      Finding f = finding(Requirement.FOLLOW_UPS);
      assertThat(f.status()).isEqualTo(Status.DUE_SOON);
      assertThat(f.reason().arguments()).containsExactly("Plan ap", LocalDate.of(2026, 12, 31));
      assertThat(Compliance.of(store).ledger(M, P, LocalDate.of(2026, 12, 31)).status(Requirement.FOLLOW_UPS))
          .as("due on the day itself").isEqualTo(Status.DUE_SOON);
    }

    @Test
    void metWhenEveryPassedDateWasHeldByAMeasureOfThePlan() {
      ActionPlan plan = groundedPlan(List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30),
          LocalDate.of(2027, 6, 30)));
      measure("b", plan.id(), LocalDate.of(2025, 11, 20));
      measure("a", plan.id(), LocalDate.of(2026, 6, 30));
      measure("ovrig", plan.id());
      Finding f = finding(Requirement.FOLLOW_UPS);
      assertThat(f.status()).isEqualTo(Status.MET);
      assertThat(f.reason().code()).isEqualTo("followUps.held");
      assertThat(f.reason().arguments()).containsExactly("Plan ap", 2);
      assertThat(f.basis()).extracting(EntityId::value).containsExactly("ap", "a", "b");
    }

    @Test
    void aFollowUpBeforeThePlanWasDecidedDoesNotHoldTheFirstDate() {
      ActionPlan plan = groundedPlan(List.of(LocalDate.of(2025, 6, 30)));
      measure("a", plan.id(), LocalDate.of(2025, 1, 20));
      assertThat(finding(Requirement.FOLLOW_UPS).status()).isEqualTo(Status.MISSING);
    }
  }

  @Test
  void aLedgerOfAPastPeriodIsJudgedOnItsLastDay() {
    picture("lb", LocalDate.of(2021, 3, 1));
    Ledger past = Compliance.of(store).ledger(M, MandatePeriod.startingIn(2019), AS_OF);
    assertThat(past.evaluatedOn()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(past.asOf()).isEqualTo(AS_OF);
    assertThat(past.status(Requirement.SITUATION_PICTURE)).isEqualTo(Status.DUE_SOON);
  }

  @Test
  void theDefaultPeriodHoldsTheDayAndAClockGivesTheDay() {
    Ledger l = Compliance.of(store).ledger(M, AS_OF);
    assertThat(l.period()).isEqualTo(P);
    Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant(),
        ZoneId.of("Europe/Stockholm"));
    assertThat(Compliance.of(store).ledger(M, clock)).isEqualTo(l);
    assertThat(l.findings()).extracting(Finding::requirement).containsExactly(Requirement.values());
  }

  @Test
  void theSampleHonestlyShowsWhatIsMissingIn2019To2022() {
    KarlskogaDegerfors.loadIfEmpty(store);
    Ledger l = Compliance.of(store).ledger(KarlskogaDegerfors.KARLSKOGA, MandatePeriod.startingIn(2019), AS_OF);
    assertThat(l.findings()).extracting(Finding::status).containsOnly(Status.MISSING);
    assertThat(l.findings()).extracting(x -> x.reason().code()).containsExactly("situationPicture.none",
        "actionPlan.undecided", "coordinationFunction.none", "followUps.noPlan");
    assertThat(l.allMet()).isFalse();
  }

  @Test
  void aCompleteMunicipalityMeetsEveryRequirement() {
    ActionPlan plan = groundedPlan(List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2027, 6, 30)));
    measure("a", plan.id(), LocalDate.of(2026, 6, 1));
    function("sf", DateSpan.from(PartialDate.of(LocalDate.of(2023, 7, 1))));
    Ledger l = ledger();
    assertThat(l.findings()).extracting(Finding::status).containsOnly(Status.MET);
    assertThat(l.allMet()).isTrue();
  }

  @Test
  void theCountyViewHasEveryMunicipalityOfTheCountyInTheStoreInCodeOrder() {
    picture("lb", LocalDate.of(2025, 6, 1));
    store.actionPlans().save(ActionPlan.builder().id("stockholm").title("Stockholm").municipalities(
        MunicipalityCode.of("0180")).build());
    store.councils().save(Council.builder().id("rad").name("Rådet").municipalities(MunicipalityCode.of("1883"),
        MunicipalityCode.of("1862")).build());
    store.repository(CoordinationFunctionRepository.class).save(CoordinationFunction.builder().id("sf")
        .name("Samordning").municipality("1814").build());
    CountyView county = Compliance.of(store).county("18", P, AS_OF);
    assertThat(county.ledgers()).extracting(l -> l.municipality().value())
        .containsExactly("1814", "1862", "1880", "1883");
    assertThat(county.ledgers().get(2)).isEqualTo(Compliance.of(store).ledger(M, P, AS_OF));
    assertThat(county.ledgers().get(0).status(Requirement.COORDINATION_FUNCTION)).isEqualTo(Status.MET);
    assertThat(county.allMetCount()).isZero();
    assertThat(Compliance.of(store).county("01", AS_OF).ledgers()).extracting(l -> l.municipality().value())
        .containsExactly("0180");
    assertThat(Compliance.of(store).county("12", AS_OF).ledgers()).isEmpty();
  }

  @Test
  void badInputIsAValidationExceptionNamingTheField() {
    Compliance c = Compliance.of(store);
    assertThatThrownBy(() -> c.county("99", AS_OF)).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("county");
    assertThatThrownBy(() -> c.county("1", AS_OF)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> c.ledger(null, P, AS_OF)).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("municipality");
    assertThatThrownBy(() -> c.ledger(M, null, AS_OF)).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("period");
    assertThatThrownBy(() -> c.ledger(M, P, null)).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("asOf");
    assertThatThrownBy(() -> ComplianceOptions.builder().maximumAge(Period.ZERO).build())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("maximumAge");
    assertThatThrownBy(() -> ComplianceOptions.defaults().withWarningWindow(Period.ofDays(-1)))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("warningWindow");
    assertThatThrownBy(() -> Compliance.of(null)).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("store");
  }
}

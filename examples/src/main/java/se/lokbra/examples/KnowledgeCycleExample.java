package se.lokbra.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.Target;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;

/**
 * The knowledge-based cycle from situation picture to follow-up, on the sample council: a situation picture finds a
 * problem and its causes, an indicator measures it, a cooperation agreement sets a goal and makes a citizen
 * promise, an action plan holds a measure that targets a cause, and a new indicator value shows the progress.
 * (Invented example data, not from the sample's sources.)
 */
public final class KnowledgeCycleExample {
  private KnowledgeCycleExample() {}

  /** Runs the cycle on a store with the sample data and returns the progress toward the goal (0 to 1). */
  public static BigDecimal run(LokbraStore store) {
    KarlskogaDegerfors.loadIfEmpty(store);
    // tag::cycle[]
    SituationPicture picture = store.situationPictures().save(SituationPicture.builder()
        .title("Lägesbild 2024").municipalities(KarlskogaDegerfors.KARLSKOGA).date(LocalDate.of(2024, 11, 1))
        .addSource(Source.of(SourceKind.SAFETY_SURVEY, "Trygghetsmätning 2024")).build());
    Problem problem = store.problems().save(Problem.builder().situationPicture(picture.id())
        .title("Otrygghet i centrum kvällstid").priority(1)
        .addCause(Cause.of("belysning", "Dålig belysning i gångtunnlar")).build());
    Indicator unsafe = store.indicators().save(Indicator.builder().problem(problem.id())
        .name("Andel som känner sig otrygga i centrum").unit("%")
        .baseline(Measurement.of(LocalDate.of(2024, 3, 1), "40", "Trygghetsmätning 2024")).build());
    store.cooperationAgreements().save(CooperationAgreement.builder().title("Samverkansöverenskommelse 2025–2027")
        .parties(List.of(KarlskogaDegerfors.KARLSKOGA_KOMMUN, KarlskogaDegerfors.POLICE))
        .period(DateSpan.of(PartialDate.ofYear(2025), PartialDate.ofYear(2027))).problems(List.of(problem.id()))
        .goals(List.of(new AgreementGoal(unsafe.id(), new BigDecimal("30"), LocalDate.of(2027, 12, 31))))
        .addPromise(new CitizenPromise("Kommunen byter belysningen i gångtunnlarna", KarlskogaDegerfors
            .KARLSKOGA_KOMMUN, Optional.of(DateSpan.ofYear(2025)), PromiseStatus.IN_PROGRESS)).build());
    ActionPlan plan = store.actionPlans().save(ActionPlan.builder().title("Åtgärdsplan 2025–2027")
        .municipalities(KarlskogaDegerfors.KARLSKOGA).decision(LocalDate.of(2025, 2, 24), "Kommunfullmäktige")
        .build());
    store.measures().save(Measure.builder().council(KarlskogaDegerfors.COUNCIL).title("Ny belysning i gångtunnlar")
        .category(MeasureCategory.SITUATIONAL).actionPlan(plan.id())
        .addTarget(Target.cause(problem.id(), "belysning")).period(DateSpan.ofYear(2025)).build());

    Indicator measured = store.indicators().save(store.indicators().getById(unsafe.id())
        .withValue(Measurement.of(LocalDate.of(2025, 3, 1), "35", "Trygghetsmätning 2025")));
    BigDecimal progress = measured.progressToward(new BigDecimal("30")).orElseThrow(); // 0.5: halfway
    // end::cycle[]
    return progress;
  }

  public static void main(String[] args) {
    try (LokbraStore store = LokbraStores.open(args.length > 0 ? args[0] : "memory:example")) {
      System.out.println("progress toward the goal: " + run(store));
    }
  }
}

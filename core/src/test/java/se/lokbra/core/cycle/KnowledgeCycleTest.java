package se.lokbra.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ValidationException;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.Target;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;

class KnowledgeCycleTest {
  private static final ProblemId PROBLEM = ProblemId.of("otrygghet");

  @Test
  void causeKeysAreUniqueWithinAProblemAndAreItsParts() {
    Problem p = Problem.builder().id(PROBLEM).title("Otrygghet").addCause(Cause.of("belysning", "Mörkt"))
        .addCause(Cause.of("unga", "Samlingsplatser")).build();
    assertThat(p.parts()).containsExactly("belysning", "unga");
    assertThat(p.cause("unga")).map(Cause::description).contains("Samlingsplatser");
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> p.toBuilder().addCause(Cause.of("unga", "Igen")).build());
    assertThat(e.field()).isEqualTo("causes[2].key");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Cause.of("Stor Bokstav", "x")).field())
        .isEqualTo("cause.key");
    assertThat(catchThrowableOfType(ValidationException.class, () -> p.toBuilder().priority(0).build()).rule())
        .contains("1 (highest)");
  }

  @Test
  void aMeasureRefersToTheCausesItTargets() {
    Measure m = Measure.builder().id("m").council(CouncilId.of("c")).title("Belysning")
        .category(MeasureCategory.SITUATIONAL).addTarget(Target.cause(PROBLEM, "belysning"))
        .addTarget(Target.problem(ProblemId.of("annat"))).build();
    assertThat(m.references()).filteredOn(r -> r.field().startsWith("targets"))
        .extracting(Reference::field, Reference::target, Reference::part)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("targets[0]", PROBLEM, Optional.of("belysning")),
            org.assertj.core.groups.Tuple.tuple("targets[1]", ProblemId.of("annat"), Optional.empty()));
    assertThat(m.targetsAProblem()).isTrue();
    assertThat(catchThrowableOfType(ValidationException.class, () -> m.toBuilder()
        .addTarget(Target.problem(ProblemId.of("annat"))).build()).field()).isEqualTo("targets");
    assertThat(MeasureQuery.all().withProblem(PROBLEM).matches(m)).isTrue();
    assertThat(MeasureQuery.all().withoutProblem().matches(m)).isFalse();
    assertThat(catchThrowableOfType(ValidationException.class, () -> MeasureQuery.all().withoutProblem()
        .withProblem(PROBLEM)).field()).isEqualTo("noProblem");
  }

  @Test
  void indicatorValuesStayInDateOrderAndGiveTheProgress() {
    Indicator i = Indicator.builder().problem(PROBLEM).name("Andel otrygga").unit("%")
        .baseline(Measurement.of(LocalDate.of(2021, 3, 1), "40.0", null)).build();
    assertThat(i.progressToward(new BigDecimal("30"))).as("no value yet").isEmpty();
    Indicator later = i.withValue(Measurement.of(LocalDate.of(2023, 3, 1), "32", null))
        .withValue(Measurement.of(LocalDate.of(2022, 3, 1), "36", null));
    assertThat(later.values()).extracting(Measurement::date).containsExactly(LocalDate.of(2022, 3, 1),
        LocalDate.of(2023, 3, 1));
    assertThat(later.latest()).map(Measurement::value).contains(new BigDecimal("32"));
    assertThat(later.progressToward(new BigDecimal("30"))).contains(new BigDecimal("0.8000"));
    assertThat(later.progressToward(new BigDecimal("40"))).as("target equals baseline").isEmpty();
    assertThat(later.progressToward(new BigDecimal("50"))).as("moved away").contains(new BigDecimal("-0.8000"));
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> i.toBuilder()
        .values(List.of(Measurement.of(LocalDate.of(2023, 1, 1), "1", null),
            Measurement.of(LocalDate.of(2022, 1, 1), "2", null))).build());
    assertThat(e.field()).isEqualTo("values[1].date");
    assertThat(Measurement.of(LocalDate.of(2022, 1, 1), "36.50", null).value()).isEqualTo(new BigDecimal("36.5"));
  }

  @Test
  void anAgreementIsInForceOverItsPeriodAndOnlyPartiesSign() {
    OrganisationId kommun = OrganisationId.of("kommun");
    CooperationAgreement a = CooperationAgreement.builder().title("Överenskommelse").parties(List.of(kommun))
        .period(DateSpan.ofYear(2024)).build();
    assertThat(a.isInForceOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(a.isInForceOn(LocalDate.of(2025, 1, 1))).isFalse();
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> a.toBuilder()
        .signatories(List.of(new Signatory(PersonId.of("p"), "Ordförande", OrganisationId.of("polisen"),
            Optional.empty()))).build());
    assertThat(e.field()).isEqualTo("signatories[0].onBehalfOf");
    assertThat(e.rule()).contains("one of the parties");
    assertThat(catchThrowableOfType(ValidationException.class, () -> a.toBuilder().parties(List.of()).build())
        .field()).isEqualTo("parties");
  }
}

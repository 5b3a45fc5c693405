package se.lokbra.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lokbra.core.ValidationException;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.model.DateSpan;

class MeasureTest {
  private final Measure planned = Measure.builder().id("m").council(CouncilId.of("c")).title("Trygghetsvandringar")
      .category(MeasureCategory.SITUATIONAL).period(DateSpan.ofYear(2018)).build();

  @Test
  void theLifecycleRunsFromPlannedToFollowedUp() {
    Measure done = planned.withStatus(MeasureStatus.IN_PROGRESS).withStatus(MeasureStatus.COMPLETED)
        .withStatus(MeasureStatus.FOLLOWED_UP);
    assertThat(done.status()).isEqualTo(MeasureStatus.FOLLOWED_UP);
    assertThat(done.status().isFinal()).isTrue();
    assertThat(planned.withStatus(MeasureStatus.PLANNED)).isEqualTo(planned);
  }

  @ParameterizedTest
  @EnumSource(value = MeasureStatus.class, names = {"PLANNED", "IN_PROGRESS", "COMPLETED"})
  void anyStateThatIsNotFinalCanBeCancelled(MeasureStatus from) {
    Measure m = planned.toBuilder().status(from).build();
    assertThat(m.withStatus(MeasureStatus.CANCELLED).status()).isEqualTo(MeasureStatus.CANCELLED);
  }

  @Test
  void anIllegalTransitionIsAClearError() {
    Measure completed = planned.toBuilder().status(MeasureStatus.COMPLETED).build();
    ValidationException back = catchThrowableOfType(ValidationException.class,
        () -> completed.withStatus(MeasureStatus.PLANNED));
    assertThat(back.field()).isEqualTo("status");
    assertThat(back.value()).isEqualTo("PLANNED");
    assertThat(back.rule()).contains("COMPLETED").contains("FOLLOWED_UP");
    ValidationException skip = catchThrowableOfType(ValidationException.class,
        () -> planned.withStatus(MeasureStatus.COMPLETED));
    assertThat(skip.rule()).contains("IN_PROGRESS");
    Measure cancelled = planned.withStatus(MeasureStatus.CANCELLED);
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> cancelled.withStatus(MeasureStatus.IN_PROGRESS)).rule()).contains("final");
  }

  @Test
  void goalsKeepTargetsWithoutTrailingZeros() {
    assertThat(Goal.of("Andel trygga", "80.0", "%")).isEqualTo(Goal.of("Andel trygga", "80", "%"));
    assertThat(Goal.of("x", "1E+3", null).target()).isEqualTo(new BigDecimal("1000"));
    assertThat(Goal.of("x", "0.00", null).target()).isEqualTo(BigDecimal.ZERO);
    assertThat(catchThrowableOfType(ValidationException.class, () -> Goal.of("x", "many", null)).field())
        .isEqualTo("goal.target");
  }

  @Test
  void requiredFieldsAreNamedWhenMissing() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Measure.builder().council(CouncilId.of("c")).category(MeasureCategory.OTHER).build());
    assertThat(e.field()).isEqualTo("title");
    assertThat(e.rule()).isEqualTo("is required");
    assertThat(catchThrowableOfType(ValidationException.class, () -> planned.toBuilder()
        .targetProblem(Optional.of("x".repeat(100_001))).build()).rule()).contains("100000");
  }

  @Test
  void aMeasureIsInTheYearsItsPeriodTouches() {
    assertThat(planned.isInYear(2018)).isTrue();
    assertThat(planned.isInYear(2019)).isFalse();
    assertThat(planned.toBuilder().period(Optional.empty()).build().isInYear(2018)).isFalse();
  }
}

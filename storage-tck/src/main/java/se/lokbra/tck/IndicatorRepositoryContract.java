package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.model.Reference;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/** The contract of {@link se.lokbra.core.indicator.IndicatorRepository}. */
public abstract class IndicatorRepositoryContract extends RepositoryContract<Indicator, IndicatorId> {
  protected Problem problem;

  @BeforeEach
  public void saveProblem() {
    problem = fixtures.savedProblem();
  }

  @Override
  protected Repository<Indicator, IndicatorId> repository(Repositories repositories) {
    return repositories.indicators();
  }

  @Override
  protected Indicator newEntity() {
    return fixtures.indicator(problem.id());
  }

  @Override
  protected Indicator richEntity() {
    return fixtures.richIndicator(problem.id());
  }

  @Override
  protected Indicator changed(Indicator entity) {
    return entity.toBuilder().name(Fixtures.unique("Renamed")).build();
  }

  @Test
  public void findsByProblemAndKeepsValuesInDateOrder() {
    Problem other = fixtures.savedProblem();
    Indicator rich = store.indicators().save(richEntity());
    Indicator plain = store.indicators().save(fixtures.indicator(other.id()));
    assertThat(store.indicators().findByProblem(problem.id(), PageRequest.first(10)).content()).containsExactly(rich);
    assertThat(store.indicators().findByProblem(other.id(), PageRequest.first(10)).content()).containsExactly(plain);

    Indicator recorded = store.indicators().save(rich.withValue(Measurement.of(LocalDate.of(2022, 9, 1), "37",
        "Enkät")));
    Indicator read = store.indicators().getById(rich.id());
    assertThat(read).isEqualTo(recorded);
    assertThat(read.values()).extracting(Measurement::date).containsExactly(LocalDate.of(2022, 3, 1),
        LocalDate.of(2022, 9, 1), LocalDate.of(2023, 3, 1));
    assertThat(read.latest()).map(Measurement::value).contains(new BigDecimal("35.25"));
    assertThat(read.progressToward(new BigDecimal("30"))).as("(35.25 - 41.5) / (30 - 41.5)")
        .contains(new BigDecimal("0.5435"));
  }

  @Test
  public void theProblemMustExistAndStaysWhileMeasured() {
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.indicators().save(fixtures.indicator(ProblemId.of("no-problem"))));
    assertThat(e.references()).extracting(Reference::field).containsExactly("problem");
    Indicator indicator = store.indicators().save(newEntity());
    ReferentialIntegrityException delete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.problems().deleteById(problem.id()));
    assertThat(delete.references()).singleElement().satisfies(r -> assertThat(r.source()).contains(indicator.id()));
  }
}

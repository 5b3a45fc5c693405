package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.Target;
import se.lokbra.core.model.Reference;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

/** The contract of {@link se.lokbra.core.problem.ProblemRepository}, including the causes measures refer to. */
public abstract class ProblemRepositoryContract extends RepositoryContract<Problem, ProblemId> {

  @Override
  protected Repository<Problem, ProblemId> repository(Repositories repositories) {
    return repositories.problems();
  }

  @Override
  protected Problem newEntity() {
    return fixtures.problem();
  }

  @Override
  protected Problem richEntity() {
    return fixtures.richProblem(fixtures.savedSituationPicture().id());
  }

  @Override
  protected Problem changed(Problem entity) {
    return entity.toBuilder().title(Fixtures.unique("Renamed")).build();
  }

  private Problem save(String title, Integer priority, SituationPictureId picture) {
    Problem.Builder b = fixtures.problem().toBuilder().title(title);
    if (priority != null) {
      b.priority(priority);
    }
    if (picture != null) {
      b.situationPicture(picture);
    }
    return store.problems().save(b.build());
  }

  @Test
  public void findsBySituationPictureAndPrioritisedInPriorityOrder() {
    SituationPicture picture = fixtures.savedSituationPicture();
    Problem second = save("Skadegörelse", 2, picture.id());
    Problem first = save("Narkotika", 1, picture.id());
    Problem alsoFirst = save("Inbrott", 1, null);
    Problem unprioritised = save("Buskörning", null, picture.id());

    assertThat(store.problems().findBySituationPicture(picture.id(), PageRequest.first(10)).content())
        .as("default order: title").containsExactly(unprioritised, first, second);
    assertThat(store.problems().findBySituationPicture(SituationPictureId.of("none"), PageRequest.first(10))
        .totalElements()).isZero();
    Page<Problem> prioritised = store.problems().findPrioritised(PageRequest.first(10));
    assertThat(prioritised.content()).containsExactly(alsoFirst, first, second);
    assertThat(prioritised.totalElements()).isEqualTo(3);
    assertThat(store.problems().findPrioritised(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("title")))).content())
        .containsExactly(second, first, alsoFirst);
    assertThat(store.problems().findPrioritised(PageRequest.of(1, 2)).content()).containsExactly(second);
    assertThat(store.problems().findAll(PageRequest.of(0, 10, Sort.by("priority", "title"))).content())
        .as("unprioritised first when sorting by priority").containsExactly(unprioritised, alsoFirst, first, second);
    Problem demoted = store.problems().save(first.toBuilder().priority(java.util.OptionalInt.empty()).build());
    assertThat(store.problems().findPrioritised(PageRequest.first(10)).content()).containsExactly(alsoFirst, second)
        .doesNotContain(demoted);
  }

  @Test
  public void aCauseAMeasureTargetsCannotBeDroppedNorItsProblemDeleted() {
    Problem problem = store.problems().save(fixtures.richProblem(fixtures.savedSituationPicture().id()));
    Council council = fixtures.savedCouncil();
    Measure measure = store.measures().save(fixtures.measure(council.id()).toBuilder()
        .addTarget(Target.cause(problem.id(), "c2")).build());

    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.problems().save(problem.toBuilder().causes(List.of(problem.causes().get(0))).build()));
    assertThat(e.entity()).isEqualTo(problem.id());
    assertThat(e.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(measure.id());
      assertThat(r.field()).isEqualTo("targets[0]");
      assertThat(r.part()).contains("c2");
    });
    assertThat(e).hasMessageContaining("'c2'").hasMessageContaining(measure.id().value());
    assertThat(store.problems().getById(problem.id())).isEqualTo(problem);

    Problem reworded = store.problems().save(problem.toBuilder().causes(List.of(Cause.of("c2", "Omformulerad"),
        Cause.of("c3", "Ny orsak"))).build());
    assertThat(reworded.parts()).containsExactly("c2", "c3");

    ReferentialIntegrityException delete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.problems().deleteById(problem.id()));
    assertThat(delete.references()).extracting(Reference::field).containsExactly("targets[0]");

    store.measures().save(store.measures().getById(measure.id()).toBuilder().targets(List.of()).build());
    assertThat(store.problems().save(reworded.toBuilder().causes(List.of()).build()).causes()).isEmpty();
    assertThat(store.problems().deleteById(problem.id())).isTrue();
  }

  @Test
  public void theSituationPictureMustExist() {
    Problem bad = fixtures.problem().toBuilder().situationPicture(SituationPictureId.of("no-picture")).build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.problems().save(bad));
    assertThat(e.references()).extracting(Reference::field).containsExactly("situationPicture");
    assertThat(store.problems().count()).isZero();
  }
}

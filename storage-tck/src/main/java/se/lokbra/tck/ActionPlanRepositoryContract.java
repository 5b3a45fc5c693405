package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.model.Reference;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/** The contract of {@link se.lokbra.core.plan.ActionPlanRepository}. */
public abstract class ActionPlanRepositoryContract extends RepositoryContract<ActionPlan, ActionPlanId> {

  @Override
  protected Repository<ActionPlan, ActionPlanId> repository(Repositories repositories) {
    return repositories.actionPlans();
  }

  @Override
  protected ActionPlan newEntity() {
    return fixtures.actionPlan();
  }

  @Override
  protected ActionPlan richEntity() {
    return fixtures.richActionPlan(fixtures.savedCouncil().id(), fixtures.savedSituationPicture().id());
  }

  @Override
  protected ActionPlan changed(ActionPlan entity) {
    return entity.toBuilder().title(Fixtures.unique("Renamed")).build();
  }

  @Test
  public void thePicturesAPlanRestsOnMustExistAndStayWhileItRestsOnThem() {
    var picture = fixtures.savedSituationPicture();
    se.lokbra.core.DataSet before = store.snapshot();
    ReferentialIntegrityException missing = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.actionPlans().save(fixtures.actionPlan().toBuilder()
            .restsOn(se.lokbra.core.situation.SituationPictureId.of("no-such-picture")).build()));
    assertThat(missing.references()).extracting(Reference::field).containsExactly("situationPictures[0]");
    assertThat(store.snapshot()).isEqualTo(before);

    ActionPlan plan = store.actionPlans().save(fixtures.actionPlan().toBuilder().restsOn(picture.id()).build());
    assertThat(store.actionPlans().getById(plan.id()).situationPictures()).containsExactly(picture.id());
    se.lokbra.core.DataSet resting = store.snapshot();
    ReferentialIntegrityException delete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.situationPictures().deleteById(picture.id()));
    assertThat(delete.references()).extracting(r -> r.source().orElseThrow()).containsExactly(plan.id());
    assertThat(store.snapshot()).isEqualTo(resting);
  }

  @Test
  public void findsByMunicipalityAndSortsByDecision() {
    ActionPlan both = store.actionPlans().save(fixtures.actionPlan().toBuilder().title("B")
        .municipalities(Fixtures.KARLSKOGA, Fixtures.DEGERFORS).decision(LocalDate.of(2024, 2, 26), "KF").build());
    ActionPlan karlskoga = store.actionPlans().save(fixtures.actionPlan().toBuilder().title("A").build());
    PageRequest all = PageRequest.first(10);
    assertThat(store.actionPlans().findByMunicipality(Fixtures.KARLSKOGA, all).content())
        .containsExactly(karlskoga, both);
    assertThat(store.actionPlans().findByMunicipality(Fixtures.DEGERFORS, all).content()).containsExactly(both);
    assertThat(store.actionPlans().findByMunicipality(Fixtures.OREBRO, all).content()).isEmpty();
    assertThat(store.actionPlans().findAll(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("decided")))).content())
        .as("undecided plans sort first ascending, so last descending").containsExactly(both, karlskoga);
  }

  @Test
  public void itsMeasuresAreFoundThroughThePlanWhichStaysWhileTheyReferToIt() {
    Council council = fixtures.savedCouncil();
    ActionPlan plan = store.actionPlans().save(fixtures.richActionPlan(council.id(), fixtures.savedSituationPicture().id()));
    Measure in = store.measures().save(fixtures.measure(council.id()).toBuilder().actionPlan(plan.id()).build());
    store.measures().save(fixtures.measure(council.id()));
    assertThat(store.measures().findByActionPlan(plan.id(), PageRequest.first(10)).content()).containsExactly(in);

    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.actionPlans().deleteById(plan.id()));
    assertThat(e.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(in.id());
      assertThat(r.field()).isEqualTo("actionPlan");
    });
    ReferentialIntegrityException missing = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.actionPlans().save(fixtures.actionPlan().toBuilder().council(CouncilId.of("none")).build()));
    assertThat(missing.references()).extracting(Reference::field).containsExactly("council");
  }
}

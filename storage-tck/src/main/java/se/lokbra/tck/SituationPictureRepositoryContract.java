package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

/** The contract of {@link se.lokbra.core.situation.SituationPictureRepository}. */
public abstract class SituationPictureRepositoryContract
    extends RepositoryContract<SituationPicture, SituationPictureId> {

  @Override
  protected Repository<SituationPicture, SituationPictureId> repository(Repositories repositories) {
    return repositories.situationPictures();
  }

  @Override
  protected SituationPicture newEntity() {
    return fixtures.situationPicture();
  }

  @Override
  protected SituationPicture richEntity() {
    return fixtures.richSituationPicture(fixtures.savedCouncil().id(), fixtures.savedOrganisation().id());
  }

  @Override
  protected SituationPicture changed(SituationPicture entity) {
    return entity.toBuilder().title(Fixtures.unique("Renamed")).build();
  }

  @Test
  public void findsByMunicipalityAndByCouncil() {
    Council council = fixtures.savedCouncil();
    SituationPicture both = store.situationPictures().save(fixtures.situationPicture().toBuilder()
        .municipalities(Fixtures.KARLSKOGA, Fixtures.DEGERFORS).council(council.id())
        .date(LocalDate.of(2023, 1, 1)).build());
    SituationPicture karlskoga = store.situationPictures().save(fixtures.situationPicture().toBuilder()
        .date(LocalDate.of(2024, 1, 1)).build());
    SituationPicture undated = store.situationPictures().save(fixtures.situationPicture());

    PageRequest all = PageRequest.first(10);
    assertThat(store.situationPictures().findByMunicipality(Fixtures.KARLSKOGA, all).content())
        .as("default order: date, undated first").containsExactly(undated, both, karlskoga);
    assertThat(store.situationPictures().findByMunicipality(Fixtures.DEGERFORS, all).content()).containsExactly(both);
    assertThat(store.situationPictures().findByMunicipality(Fixtures.OREBRO, all).content()).isEmpty();
    assertThat(store.situationPictures().findByCouncil(council.id(), all).content()).containsExactly(both);
    assertThat(store.situationPictures().findByCouncil(CouncilId.of("none"), all).content()).isEmpty();
    assertThat(store.situationPictures().findAll(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("date")))).content())
        .containsExactly(karlskoga, both, undated);
  }

  @Test
  public void theCouncilAndProducersMustExist() {
    SituationPicture bad = fixtures.situationPicture().toBuilder().council(CouncilId.of("no-council"))
        .producedBy(List.of(OrganisationId.of("no-org"))).build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.situationPictures().save(bad));
    assertThat(e.references()).extracting(Reference::field).containsExactly("council", "producedBy[0]");
    assertThat(store.situationPictures().count()).isZero();
  }

  @Test
  public void aPictureWithProblemsCannotBeDeleted() {
    SituationPicture picture = fixtures.savedSituationPicture();
    var problem = store.problems().save(fixtures.problem().toBuilder().situationPicture(picture.id()).build());
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.situationPictures().deleteById(picture.id()));
    assertThat(e.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(problem.id());
      assertThat(r.field()).isEqualTo("situationPicture");
    });
  }
}

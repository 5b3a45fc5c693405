package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.ValidationException;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/** The contract of {@link se.lokbra.core.organisation.OrganisationRepository}. */
public abstract class OrganisationRepositoryContract extends RepositoryContract<Organisation, OrganisationId> {

  @Override
  protected Repository<Organisation, OrganisationId> repository(Repositories repositories) {
    return repositories.organisations();
  }

  @Override
  protected Organisation newEntity() {
    return fixtures.organisation();
  }

  @Override
  protected Organisation richEntity() {
    return fixtures.richOrganisation(fixtures.savedOrganisation().id());
  }

  @Override
  protected Organisation changed(Organisation entity) {
    return entity.toBuilder().name(Fixtures.unique("Renamed")).build();
  }

  private Organisation save(String name, OrganisationKind kind, se.lokbra.core.model.MunicipalityCode municipality) {
    Organisation.Builder b = Organisation.builder().id(Fixtures.unique("org")).name(name).kind(kind);
    if (municipality != null) {
      b.municipality(municipality);
    }
    return store.organisations().save(b.build());
  }

  @Test
  public void findsByKindAndByMunicipality() {
    Organisation karlskoga = save("Karlskoga kommun", OrganisationKind.MUNICIPALITY, Fixtures.KARLSKOGA);
    Organisation degerfors = save("Degerfors kommun", OrganisationKind.MUNICIPALITY, Fixtures.DEGERFORS);
    Organisation police = save("Polisen", OrganisationKind.POLICE, null);
    Organisation school = save("Bregårdsskolan", OrganisationKind.SCHOOL, Fixtures.KARLSKOGA);

    Page<Organisation> municipalities = store.organisations().findByKind(OrganisationKind.MUNICIPALITY,
        PageRequest.first(10));
    assertThat(municipalities.content()).containsExactly(degerfors, karlskoga);
    assertThat(municipalities.totalElements()).isEqualTo(2);
    assertThat(store.organisations().findByKind(OrganisationKind.POLICE, PageRequest.first(10)).content())
        .containsExactly(police);
    assertThat(store.organisations().findByKind(OrganisationKind.REGION, PageRequest.first(10)).content())
        .isEmpty();
    assertThat(store.organisations().findByMunicipality(Fixtures.KARLSKOGA, PageRequest.first(10)).content())
        .containsExactly(school, karlskoga);
    assertThat(store.organisations().findByMunicipality(Fixtures.KARLSKOGA, PageRequest.of(1, 1)).content())
        .containsExactly(karlskoga);
    assertThat(store.organisations().findByMunicipality(Fixtures.OREBRO, PageRequest.first(10)).totalElements())
        .isZero();
  }

  @Test
  public void queriesFollowUpdatesAndDeletes() {
    Organisation school = save("Skolan", OrganisationKind.SCHOOL, Fixtures.KARLSKOGA);
    Organisation moved = store.organisations().save(school.toBuilder().kind(OrganisationKind.OTHER)
        .municipality(Fixtures.DEGERFORS).build());
    assertThat(store.organisations().findByKind(OrganisationKind.SCHOOL, PageRequest.first(10)).content()).isEmpty();
    assertThat(store.organisations().findByKind(OrganisationKind.OTHER, PageRequest.first(10)).content())
        .containsExactly(moved);
    assertThat(store.organisations().findByMunicipality(Fixtures.KARLSKOGA, PageRequest.first(10)).content())
        .isEmpty();
    store.organisations().deleteById(school.id());
    assertThat(store.organisations().findByMunicipality(Fixtures.DEGERFORS, PageRequest.first(10)).content())
        .isEmpty();
  }

  @Test
  public void findsByOrganisationNumber() {
    Organisation karlskoga = store.organisations().save(Organisation.builder().id("karlskoga-kommun")
        .name("Karlskoga kommun").kind(OrganisationKind.MUNICIPALITY).organisationNumber("2120001991").build());
    assertThat(store.organisations().findByOrganisationNumber(OrganisationNumber.parse("212000-1991")))
        .contains(karlskoga);
    assertThat(store.organisations().findByOrganisationNumber(OrganisationNumber.parse("202100-5489"))).isEmpty();
    store.organisations().deleteById(karlskoga.id());
    assertThat(store.organisations().findByOrganisationNumber(OrganisationNumber.parse("212000-1991"))).isEmpty();
  }

  @Test
  public void theOrganisationNumberIsUniqueAmongLiveOrganisations() {
    Organisation first = store.organisations().save(fixtures.organisation().toBuilder()
        .organisationNumber("212000-1991").build());
    Organisation second = fixtures.organisation().toBuilder().organisationNumber("212000-1991").build();
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> store.organisations().save(second));
    assertThat(e.field()).isEqualTo("organisationNumber");
    assertThat(e.value()).isEqualTo("212000-1991");
    assertThat(e).hasMessageContaining(first.id().value()).hasMessageContaining("unique");
    assertThat(store.organisations().existsById(second.id())).isFalse();

    Organisation renamed = store.organisations().save(first.toBuilder().name("Same number, new name").build());
    assertThat(renamed.organisationNumber()).isEqualTo(first.organisationNumber());

    store.organisations().deleteById(first.id());
    assertThat(store.organisations().save(second).version()).isEqualTo(1);
  }

  @Test
  public void theParentMustExist() {
    Organisation orphan = fixtures.organisation().toBuilder().parent(OrganisationId.of("no-such-parent")).build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.organisations().save(orphan));
    assertThat(e.entity()).isEqualTo(orphan.id());
    assertThat(e.onDelete()).isFalse();
    assertThat(e.references()).extracting(Reference::field).containsExactly("parent");
    assertThat(e).hasMessageContaining("no-such-parent").hasMessageContaining("parent");
    assertThat(store.organisations().count()).isZero();
  }

  @Test
  public void aParentWithChildrenCannotBeDeleted() {
    Organisation parent = fixtures.savedOrganisation();
    Organisation child = store.organisations().save(fixtures.organisation().toBuilder().parent(parent.id()).build());
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.organisations().deleteById(parent.id()));
    assertThat(e.onDelete()).isTrue();
    assertThat(e.entity()).isEqualTo(parent.id());
    assertThat(e.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(child.id());
      assertThat(r.field()).isEqualTo("parent");
    });
    assertThat(e).hasMessageContaining(child.id().value());
    assertThat(store.organisations().findById(parent.id())).contains(parent);

    store.organisations().deleteById(child.id());
    assertThat(store.organisations().deleteById(parent.id())).isTrue();
  }

  @Test
  public void sortsByKindThenName() {
    Organisation b = save("B", OrganisationKind.POLICE, null);
    Organisation a = save("A", OrganisationKind.POLICE, null);
    Organisation c = save("C", OrganisationKind.MUNICIPALITY, null);
    assertThat(store.organisations().findAll(PageRequest.of(0, 10,
        se.lokbra.core.repository.Sort.by("kind", "name"))).content()).containsExactly(c, a, b);
    assertThat(store.organisations().findAll(PageRequest.first(10)).content()).containsExactlyElementsOf(
        List.of(a, b, c));
  }
}

package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/** The contract of {@link se.lokbra.core.council.CouncilRepository}. */
public abstract class CouncilRepositoryContract extends RepositoryContract<Council, CouncilId> {

  @Override
  protected Repository<Council, CouncilId> repository(Repositories repositories) {
    return repositories.councils();
  }

  @Override
  protected Council newEntity() {
    return fixtures.council();
  }

  @Override
  protected Council richEntity() {
    Organisation org = fixtures.savedOrganisation();
    Person person = fixtures.savedPerson();
    return fixtures.richCouncil(org.id(), person.id());
  }

  @Override
  protected Council changed(Council entity) {
    return entity.toBuilder().name(Fixtures.unique("Renamed")).build();
  }

  @Test
  public void findsByMunicipality() {
    Council shared = store.councils().save(fixtures.council().toBuilder().name("Karlskoga–Degerfors")
        .municipalities(Fixtures.KARLSKOGA, Fixtures.DEGERFORS).build());
    Council karlskoga = store.councils().save(fixtures.council().toBuilder().name("Karlskoga").build());
    Council orebro = store.councils().save(fixtures.council().toBuilder().name("Örebro")
        .municipalities(Fixtures.OREBRO).build());

    assertThat(store.councils().findByMunicipality(Fixtures.KARLSKOGA, PageRequest.first(10)).content())
        .containsExactly(karlskoga, shared);
    assertThat(store.councils().findByMunicipality(Fixtures.DEGERFORS, PageRequest.first(10)).content())
        .containsExactly(shared);
    assertThat(store.councils().findByMunicipality(Fixtures.OREBRO, PageRequest.first(10)).content())
        .containsExactly(orebro);
    assertThat(store.councils().findByMunicipality(se.lokbra.core.model.MunicipalityCode.of("0180"),
        PageRequest.first(10)).totalElements()).isZero();
  }

  @Test
  public void membershipsRoundTripInOrderWithTheirDates() {
    Council rich = store.councils().save(richEntity());
    Council read = store.councils().getById(rich.id());
    assertThat(read.memberships()).containsExactlyElementsOf(rich.memberships());
    assertThat(read.chairOn(LocalDate.of(2019, 4, 1))).map(Membership::role).contains(Role.CHAIR);
    assertThat(read.chairOn(LocalDate.of(2023, 4, 1))).isEmpty();
    assertThat(read.membersOn(LocalDate.of(2024, 1, 1))).extracting(Membership::role)
        .containsExactly(Role.MEMBER, Role.ADJUNCT);
  }

  @Test
  public void membershipsMustReferToExistingOrganisationsAndPeople() {
    Council council = fixtures.council().toBuilder()
        .addMembership(Membership.ofOrganisation(OrganisationId.of("no-org"), Role.MEMBER, LocalDate.of(2019, 1, 1),
            Optional.empty()))
        .addMembership(Membership.ofPerson(PersonId.of("no-person"), Optional.empty(), Role.CHAIR,
            LocalDate.of(2019, 1, 1), Optional.empty()))
        .build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.councils().save(council));
    assertThat(e.references()).extracting(Reference::field)
        .containsExactly("memberships[0].organisation", "memberships[1].person");
    assertThat(e).hasMessageContaining("no-org").hasMessageContaining("no-person");
    assertThat(store.councils().count()).isZero();
  }

  @Test
  public void aMemberCannotBeDeletedWhileTheCouncilRefersToIt() {
    Person chair = fixtures.savedPerson();
    Council council = store.councils().save(fixtures.council().withMembership(Membership.ofPerson(chair.id(),
        Optional.empty(), Role.CHAIR, LocalDate.of(2019, 1, 1), Optional.empty())));
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.people().deleteById(chair.id()));
    assertThat(e.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(council.id());
      assertThat(r.field()).isEqualTo("memberships[0].person");
    });
    Council without = store.councils().save(council.toBuilder().memberships(java.util.List.of()).build());
    assertThat(without.memberships()).isEmpty();
    assertThat(store.people().deleteById(chair.id())).isTrue();
  }
}

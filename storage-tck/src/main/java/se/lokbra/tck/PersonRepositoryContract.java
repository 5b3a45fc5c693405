package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/** The contract of {@link se.lokbra.core.person.PersonRepository}. */
public abstract class PersonRepositoryContract extends RepositoryContract<Person, PersonId> {

  @Override
  protected Repository<Person, PersonId> repository(Repositories repositories) {
    return repositories.people();
  }

  @Override
  protected Person newEntity() {
    return fixtures.person();
  }

  @Override
  protected Person richEntity() {
    return fixtures.richPerson(fixtures.savedOrganisation().id());
  }

  @Override
  protected Person changed(Person entity) {
    return entity.toBuilder().familyName(Fixtures.unique("Renamed")).build();
  }

  private Person person(String given, String family, Organisation affiliation) {
    Person.Builder b = Person.builder().id(Fixtures.unique("person")).givenName(given).familyName(family);
    if (affiliation != null) {
      b.affiliation(affiliation.id());
    }
    return store.people().save(b.build());
  }

  @Test
  public void findsByOrganisation() {
    Organisation board = fixtures.savedOrganisation();
    Organisation police = fixtures.savedOrganisation();
    Person annika = person("Annika", "Borg", board);
    Person bertil = person("Bertil", "Borg", board);
    Person cecilia = person("Cecilia", "Ek", police);
    person("David", "Al", null);

    assertThat(store.people().findByOrganisation(board.id(), PageRequest.first(10)).content())
        .containsExactly(annika, bertil);
    assertThat(store.people().findByOrganisation(police.id(), PageRequest.first(10)).content())
        .containsExactly(cecilia);
    assertThat(store.people().findByOrganisation(OrganisationId.of("nobody"), PageRequest.first(10)).content())
        .isEmpty();
    Person moved = store.people().save(annika.toBuilder().affiliation(police.id()).build());
    assertThat(store.people().findByOrganisation(police.id(), PageRequest.first(10)).content())
        .containsExactly(moved, cecilia);
  }

  @Test
  public void theDefaultOrderIsFamilyNameThenGivenName() {
    Person b = person("Bo", "Åberg", null);
    Person a = person("Anna", "Zorn", null);
    Person c = person("Carl", "Zorn", null);
    Person d = person("Dag", "Andersson", null);
    assertThat(store.people().findAll(PageRequest.first(10)).content()).containsExactly(d, a, c, b);
    assertThat(store.people().findAll(PageRequest.of(0, 10, Sort.by("givenName"))).content())
        .containsExactly(a, b, c, d);
  }

  @Test
  public void theAffiliationMustExistAndCannotBeDeletedWhileReferenced() {
    Person orphan = fixtures.person().toBuilder().affiliation(OrganisationId.of("gone")).build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.people().save(orphan));
    assertThat(e.references()).extracting(Reference::field).containsExactly("affiliation");
    assertThat(store.people().count()).isZero();

    Organisation org = fixtures.savedOrganisation();
    Person person = store.people().save(fixtures.person().toBuilder().affiliation(org.id()).build());
    ReferentialIntegrityException onDelete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.organisations().deleteById(org.id()));
    assertThat(onDelete.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(person.id());
      assertThat(r.field()).isEqualTo("affiliation");
    });
    assertThat(store.organisations().existsById(org.id())).isTrue();
  }
}

package se.lokbra.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.ValidationException;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.person.PersonRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

class GenericRepositoriesTest {
  /** A repository interface whose query is a default method: what a new aggregate's repository looks like. */
  interface PeopleByName extends Repository<Person, PersonId> {
    default Page<Person> findByFamilyName(String familyName, PageRequest page) {
      return findBy("familyName", familyName, page);
    }
  }

  /** A query that is not a default method: only a backend's own class could answer it. */
  interface PeopleWithOwnQuery extends Repository<Person, PersonId> {
    Page<Person> findByShoeSize(int size, PageRequest page);
  }

  private final LokbraStore store = LokbraStores.open("memory:generic-repositories");

  @AfterEach
  void close() {
    store.close();
  }

  private static Person person(String id, String given, String family) {
    return Person.builder().id(id).givenName(given).familyName(family).build();
  }

  @Test
  void defaultQueriesRunOnTheGenericOperations() {
    PeopleByName people = GenericRepositories.of(PeopleByName.class, store.repository(Person.TYPE));

    people.save(person("a", "Anna", "Berg"));
    people.save(person("b", "Bo", "Ek"));
    people.save(person("c", "Cecilia", "Berg"));

    assertThat(people.findByFamilyName("Berg", PageRequest.first(10)).content()).extracting(p -> p.id().value())
        .containsExactly("a", "c");
    assertThat(people.count()).isEqualTo(3);
    assertThat(people.findById(PersonId.of("b"))).map(Person::givenName).contains("Bo");
    assertThat(people.toString()).startsWith("PeopleByName[");
    assertThat(people).isEqualTo(people).isNotEqualTo(GenericRepositories.of(PeopleByName.class,
        store.repository(Person.TYPE)));
  }

  @Test
  void exceptionsOfTheGenericRepositoryPassUnwrapped() {
    PeopleByName people = GenericRepositories.of(PeopleByName.class, store.repository(Person.TYPE));

    assertThatThrownBy(() -> people.findBy("shoeSize", 42, PageRequest.first(1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("shoeSize")
        .hasMessageContaining("is not a field of person");
  }

  @Test
  void aRepositoryThatIsAlreadyOfTheInterfaceIsItself() {
    PersonRepository own = store.people();

    assertThat(GenericRepositories.of(PersonRepository.class, own)).isSameAs(own);
    assertThat(GenericRepositories.interfacesOf(own)).contains(PersonRepository.class);
  }

  @Test
  void anAbstractQueryOfItsOwnIsRefusedByName() {
    assertThatThrownBy(() -> GenericRepositories.of(PeopleWithOwnQuery.class, store.repository(Person.TYPE)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("findByShoeSize")
        .hasMessageContaining("not default methods");
  }
}

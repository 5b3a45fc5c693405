package se.lokbra.storage.jdbc.internal.repository;

import se.lokbra.core.spi.Arguments;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.person.PersonRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The person repository. */
public final class JdbcPeople extends JdbcRepository<Person, PersonId> implements PersonRepository {
  public JdbcPeople(JdbcStore store, AggregateDao<Person, PersonId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Person> findByOrganisation(OrganisationId organisation, PageRequest page) {
    Arguments.notNull(organisation, "organisation");
    return query(p -> {
      p.text(organisation.value());
      return "affiliation_id = ?";
    }, page);
  }
}

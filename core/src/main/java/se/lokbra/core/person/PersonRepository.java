package se.lokbra.core.person;

import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link Person}s. Sort properties: {@code familyName}, {@code givenName}, {@code id}, {@code created},
 * {@code modified}; default order: family name, given name, then id.
 */
public interface PersonRepository extends Repository<Person, PersonId> {
  /** People whose affiliation is {@code organisation}; an unknown id gives an empty page. */
  Page<Person> findByOrganisation(OrganisationId organisation, PageRequest page);
}

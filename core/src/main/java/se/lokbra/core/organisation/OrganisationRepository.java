package se.lokbra.core.organisation;

import java.util.Optional;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link Organisation}s. The organisation number is unique among live organisations: saving a second
 * organisation with a taken number throws {@link se.lokbra.core.ValidationException} on {@code organisationNumber}.
 * Sort properties: {@code name}, {@code kind}, {@code id}, {@code created}, {@code modified}; default order: name,
 * then id.
 */
public interface OrganisationRepository extends Repository<Organisation, OrganisationId> {
  Page<Organisation> findByKind(OrganisationKind kind, PageRequest page);

  /** Organisations whose municipality is {@code municipality}. */
  Page<Organisation> findByMunicipality(MunicipalityCode municipality, PageRequest page);

  /** The live organisation with this number; empty if none has it. */
  Optional<Organisation> findByOrganisationNumber(OrganisationNumber number);
}

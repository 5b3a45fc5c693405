package se.lokbra.core.council;

import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link Council}s. Sort properties: {@code name}, {@code id}, {@code created}, {@code modified}; default
 * order: name, then id. A council's memberships must refer to existing organisations and people.
 */
public interface CouncilRepository extends Repository<Council, CouncilId> {
  /** Councils that cover the municipality; an unknown code gives an empty page. */
  Page<Council> findByMunicipality(MunicipalityCode municipality, PageRequest page);
}

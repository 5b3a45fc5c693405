package se.lokbra.core.situation;

import se.lokbra.core.council.CouncilId;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link SituationPicture}s. Sort properties: {@code date} (pictures without one first), {@code title},
 * {@code id}, {@code created}, {@code modified}; default order: date, then id.
 */
public interface SituationPictureRepository extends Repository<SituationPicture, SituationPictureId> {
  /** Situation pictures that cover the municipality. */
  Page<SituationPicture> findByMunicipality(MunicipalityCode municipality, PageRequest page);

  /** Situation pictures made by the council. */
  Page<SituationPicture> findByCouncil(CouncilId council, PageRequest page);
}

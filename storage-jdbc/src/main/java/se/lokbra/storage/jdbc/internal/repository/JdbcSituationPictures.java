package se.lokbra.storage.jdbc.internal.repository;

import se.lokbra.core.council.CouncilId;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.SituationPictureRepository;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The situation picture repository. */
public final class JdbcSituationPictures extends JdbcRepository<SituationPicture, SituationPictureId>
    implements SituationPictureRepository {
  public JdbcSituationPictures(JdbcStore store, AggregateDao<SituationPicture, SituationPictureId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<SituationPicture> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
    Arguments.notNull(municipality, "municipality");
    return query(p -> {
      p.text(municipality.value());
      return "id IN (SELECT situation_picture_id FROM situation_picture_municipality WHERE municipality = ?)";
    }, page);
  }

  @Override
  public Page<SituationPicture> findByCouncil(CouncilId council, PageRequest page) {
    Arguments.notNull(council, "council");
    return query(p -> {
      p.text(council.value());
      return "council_id = ?";
    }, page);
  }
}

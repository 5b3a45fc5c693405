package se.lokbra.storage.jdbc.internal.repository;

import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.CouncilRepository;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The council repository. */
public final class JdbcCouncils extends JdbcRepository<Council, CouncilId> implements CouncilRepository {
  public JdbcCouncils(JdbcStore store, AggregateDao<Council, CouncilId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Council> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
    Arguments.notNull(municipality, "municipality");
    return query(p -> {
      p.text(municipality.value());
      return "id IN (SELECT council_id FROM council_municipality WHERE municipality = ?)";
    }, page);
  }
}

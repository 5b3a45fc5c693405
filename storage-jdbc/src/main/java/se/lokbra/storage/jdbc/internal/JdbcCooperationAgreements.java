package se.lokbra.storage.jdbc.internal;

import java.time.LocalDate;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.CooperationAgreementRepository;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;

/** The cooperation agreement repository. */
final class JdbcCooperationAgreements extends JdbcRepository<CooperationAgreement, CooperationAgreementId>
    implements CooperationAgreementRepository {
  JdbcCooperationAgreements(JdbcStore store, AggregateDao<CooperationAgreement, CooperationAgreementId> dao,
      Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<CooperationAgreement> findInForceOn(LocalDate date, PageRequest page) {
    Arguments.notNull(date, "date");
    return query(p -> CooperationAgreementMapping.PERIOD.includes(date, p), page);
  }

  @Override
  public Page<CooperationAgreement> findByPromiseStatus(PromiseStatus status, PageRequest page) {
    Arguments.notNull(status, "status");
    return query(p -> {
      p.text(status.name());
      return "id IN (SELECT cooperation_agreement_id FROM cooperation_agreement_promise WHERE status = ?)";
    }, page);
  }
}

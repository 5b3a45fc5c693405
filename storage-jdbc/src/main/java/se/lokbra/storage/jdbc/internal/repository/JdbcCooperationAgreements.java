package se.lokbra.storage.jdbc.internal.repository;

import java.time.LocalDate;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.CooperationAgreementRepository;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.mapping.PeriodColumns;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The cooperation agreement repository. */
public final class JdbcCooperationAgreements extends JdbcRepository<CooperationAgreement, CooperationAgreementId>
    implements CooperationAgreementRepository {
  /** The columns of {@link CooperationAgreement#period}. */
  private static final PeriodColumns PERIOD = new PeriodColumns("period");

  public JdbcCooperationAgreements(JdbcStore store, AggregateDao<CooperationAgreement, CooperationAgreementId> dao,
      Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<CooperationAgreement> findInForceOn(LocalDate date, PageRequest page) {
    Arguments.notNull(date, "date");
    return query(p -> PERIOD.includes(date, p), page);
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

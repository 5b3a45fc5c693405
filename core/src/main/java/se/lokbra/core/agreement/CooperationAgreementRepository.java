package se.lokbra.core.agreement;

import java.time.LocalDate;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link CooperationAgreement}s. Sort properties: {@code start} (first day of the period), {@code title},
 * {@code id}, {@code created}, {@code modified}; default order: start, then id.
 */
public interface CooperationAgreementRepository
    extends Repository<CooperationAgreement, CooperationAgreementId> {
  /** The agreements in force on {@code date}: their period includes the day. */
  Page<CooperationAgreement> findInForceOn(LocalDate date, PageRequest page);

  /** The agreements with at least one citizen promise in {@code status}. */
  Page<CooperationAgreement> findByPromiseStatus(PromiseStatus status, PageRequest page);
}

package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/** The contract of {@link se.lokbra.core.agreement.CooperationAgreementRepository}. */
public abstract class CooperationAgreementRepositoryContract
    extends RepositoryContract<CooperationAgreement, CooperationAgreementId> {
  protected Organisation municipality;
  protected Organisation police;

  @BeforeEach
  public void saveParties() {
    municipality = fixtures.savedOrganisation();
    police = fixtures.savedOrganisation();
  }

  @Override
  protected Repository<CooperationAgreement, CooperationAgreementId> repository(Repositories repositories) {
    return repositories.cooperationAgreements();
  }

  @Override
  protected CooperationAgreement newEntity() {
    return fixtures.agreement(municipality.id());
  }

  @Override
  protected CooperationAgreement richEntity() {
    Problem problem = fixtures.savedProblem();
    Indicator indicator = store.indicators().save(fixtures.indicator(problem.id()));
    return fixtures.richAgreement(municipality.id(), police.id(), fixtures.savedPerson().id(), problem.id(),
        indicator.id());
  }

  @Override
  protected CooperationAgreement changed(CooperationAgreement entity) {
    return entity.toBuilder().title(Fixtures.unique("Renamed")).build();
  }

  private CooperationAgreement save(String title, DateSpan period, PromiseStatus... statuses) {
    CooperationAgreement.Builder b = fixtures.agreement(municipality.id()).toBuilder().title(title).period(period);
    for (PromiseStatus status : statuses) {
      b.addPromise(new CitizenPromise("Löfte " + status, municipality.id(), Optional.empty(), status));
    }
    return store.cooperationAgreements().save(b.build());
  }

  @Test
  public void findsAgreementsInForceOnADayBoundariesIncluded() {
    CooperationAgreement old = save("2020–2023", DateSpan.of(PartialDate.ofYear(2020), PartialDate.ofYear(2023)));
    CooperationAgreement current = save("2024–", DateSpan.from(PartialDate.of(LocalDate.of(2024, 1, 15))));
    PageRequest all = PageRequest.first(10);
    assertThat(store.cooperationAgreements().findInForceOn(LocalDate.of(2023, 12, 31), all).content())
        .containsExactly(old);
    assertThat(store.cooperationAgreements().findInForceOn(LocalDate.of(2024, 1, 14), all).content()).isEmpty();
    assertThat(store.cooperationAgreements().findInForceOn(LocalDate.of(2024, 1, 15), all).content())
        .containsExactly(current);
    assertThat(store.cooperationAgreements().findInForceOn(LocalDate.of(2040, 1, 1), all).content())
        .containsExactly(current);
    assertThat(store.cooperationAgreements().findInForceOn(LocalDate.of(2019, 12, 31), all).totalElements())
        .isZero();
  }

  @Test
  public void findsAgreementsByTheStatusOfTheirPromises() {
    DateSpan period = DateSpan.ofYear(2024);
    CooperationAgreement a = save("A", period, PromiseStatus.IN_PROGRESS, PromiseStatus.FULFILLED);
    CooperationAgreement b = save("B", period, PromiseStatus.IN_PROGRESS, PromiseStatus.IN_PROGRESS);
    save("C", period);
    PageRequest all = PageRequest.first(10);
    assertThat(store.cooperationAgreements().findByPromiseStatus(PromiseStatus.IN_PROGRESS, all).content())
        .containsExactlyInAnyOrder(a, b);
    assertThat(store.cooperationAgreements().findByPromiseStatus(PromiseStatus.IN_PROGRESS, all).totalElements())
        .isEqualTo(2);
    assertThat(store.cooperationAgreements().findByPromiseStatus(PromiseStatus.FULFILLED, all).content())
        .containsExactly(a);
    assertThat(store.cooperationAgreements().findByPromiseStatus(PromiseStatus.WITHDRAWN, all).content()).isEmpty();

    CooperationAgreement kept = store.cooperationAgreements().save(b.toBuilder().promises(List.of(
        new CitizenPromise("Löfte", municipality.id(), Optional.empty(), PromiseStatus.FULFILLED))).build());
    assertThat(store.cooperationAgreements().findByPromiseStatus(PromiseStatus.FULFILLED, all).content())
        .containsExactlyInAnyOrder(a, kept);
    assertThat(store.cooperationAgreements().findByPromiseStatus(PromiseStatus.IN_PROGRESS, all).content())
        .containsExactly(a);
  }

  @Test
  public void everythingItRefersToMustExist() {
    CooperationAgreement bad = fixtures.agreement(municipality.id()).toBuilder()
        .signatories(List.of(new Signatory(PersonId.of("no-person"), "Ordförande", municipality.id(),
            Optional.empty())))
        .problems(List.of(ProblemId.of("no-problem")))
        .goals(List.of(new AgreementGoal(IndicatorId.of("no-indicator"), BigDecimal.TEN, LocalDate.of(2025, 1, 1))))
        .addPromise(new CitizenPromise("Löfte", se.lokbra.core.organisation.OrganisationId.of("no-org"),
            Optional.empty(), PromiseStatus.PLANNED))
        .build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.cooperationAgreements().save(bad));
    assertThat(e.references()).extracting(Reference::field).containsExactly("signatories[0].person", "problems[0]",
        "goals[0].indicator", "promises[0].responsible");
    assertThat(store.cooperationAgreements().count()).isZero();

    CooperationAgreement rich = store.cooperationAgreements().save(richEntity());
    ReferentialIntegrityException delete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.organisations().deleteById(police.id()));
    assertThat(delete.references()).extracting(r -> r.source().orElseThrow())
        .containsOnly(rich.id());
    assertThat(delete.references()).extracting(Reference::field)
        .containsExactlyInAnyOrder("parties[1]", "promises[0].responsible");
  }
}

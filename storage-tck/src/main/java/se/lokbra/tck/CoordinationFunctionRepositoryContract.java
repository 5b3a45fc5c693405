package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.ValidationException;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.coordination.CoordinationFunctionId;
import se.lokbra.core.coordination.CoordinationFunctionRepository;
import se.lokbra.core.coordination.Holder;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * The contract of {@link CoordinationFunctionRepository}: a kind whose repository no backend implements by hand, so
 * this also checks that every backend serves a repository interface's default-method queries generically.
 */
public abstract class CoordinationFunctionRepositoryContract
    extends RepositoryContract<CoordinationFunction, CoordinationFunctionId> {
  protected Organisation office;
  protected Person coordinator;

  @BeforeEach
  public void saveOfficeAndCoordinator() {
    office = fixtures.savedOrganisation();
    coordinator = fixtures.savedPerson();
  }

  private CoordinationFunctionRepository functions() {
    return store.repository(CoordinationFunctionRepository.class);
  }

  @Override
  protected Repository<CoordinationFunction, CoordinationFunctionId> repository(Repositories repositories) {
    return repositories.repository(CoordinationFunctionRepository.class);
  }

  @Override
  protected CoordinationFunction newEntity() {
    return fixtures.coordinationFunction();
  }

  @Override
  protected CoordinationFunction richEntity() {
    return fixtures.richCoordinationFunction(office.id(), coordinator.id());
  }

  @Override
  protected CoordinationFunction changed(CoordinationFunction entity) {
    return entity.toBuilder().name(Fixtures.unique("Renamed")).build();
  }

  @Test
  public void findsByMunicipalityAndInForceOnADate() {
    CoordinationFunction rich = functions().save(richEntity()); // Karlskoga and Degerfors, from July 2023
    CoordinationFunction ended = functions().save(fixtures.coordinationFunction().toBuilder()
        .period(DateSpan.of(PartialDate.ofYear(2020), PartialDate.ofYear(2022))).build()); // Karlskoga
    CoordinationFunction orebro = functions().save(fixtures.coordinationFunction().toBuilder()
        .municipalities(List.of(Fixtures.OREBRO)).build());

    assertThat(functions().findByMunicipality(Fixtures.KARLSKOGA, PageRequest.first(10)).content())
        .containsExactlyInAnyOrder(rich, ended);
    assertThat(functions().findByMunicipality(Fixtures.DEGERFORS, PageRequest.first(10)).content())
        .containsExactly(rich);
    assertThat(functions().findInForceOn(Fixtures.KARLSKOGA, LocalDate.of(2024, 3, 1))).containsExactly(rich);
    assertThat(functions().findInForceOn(Fixtures.KARLSKOGA, LocalDate.of(2021, 3, 1))).containsExactly(ended);
    assertThat(functions().findInForceOn(Fixtures.KARLSKOGA, LocalDate.of(2023, 1, 1))).isEmpty();
    assertThat(functions().findInForceOn(Fixtures.OREBRO, LocalDate.of(1999, 1, 1))).containsExactly(orebro);
    List<CoordinationFunction> inTransaction = store.inTransaction(tx -> tx.repository(
        CoordinationFunctionRepository.class).findByMunicipality(Fixtures.DEGERFORS, PageRequest.first(10)).content());
    assertThat(inTransaction).containsExactly(rich);
  }

  @Test
  public void theHoldersAndTheOfficeMustExistAndStayWhileReferredTo() {
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> functions().save(fixtures.coordinationFunction().toBuilder().addHolder(new Holder(
            PersonId.of("nobody"), 100, DateSpan.from(PartialDate.ofYear(2024)))).build()));
    assertThat(e.references()).extracting(Reference::field).containsExactly("holders[0].person");
    assertThat(functions().count()).isZero();

    CoordinationFunction saved = functions().save(richEntity());
    ReferentialIntegrityException delete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.people().deleteById(coordinator.id()));
    assertThat(delete.references()).extracting(r -> r.source().orElseThrow()).contains(saved.id());
    assertThat(store.people().existsById(coordinator.id())).isTrue();
  }

  @Test
  public void aHolderOutsideTheFunctionsPeriodIsRefused() {
    CoordinationFunction base = fixtures.coordinationFunction().toBuilder()
        .period(DateSpan.of(PartialDate.ofYear(2023), PartialDate.ofYear(2024))).build();

    assertThatThrownBy(() -> base.toBuilder().addHolder(new Holder(coordinator.id(), 50,
        DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofYear(2025)))).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("holders[0].period")
        .hasMessageContaining("must lie within the function's period");
    assertThatThrownBy(() -> new Holder(coordinator.id(), 0, DateSpan.from(PartialDate.ofYear(2023))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("percentOfFullTime");
  }
}

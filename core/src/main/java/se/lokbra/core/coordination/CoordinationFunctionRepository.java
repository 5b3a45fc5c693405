package se.lokbra.core.coordination;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Pages;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link CoordinationFunction}s. Sort properties: {@code name}, {@code decided}, {@code id},
 * {@code created}, {@code modified}; default order: name, then id. The queries are default methods over the
 * generic operations, so every backend answers them alike.
 */
public interface CoordinationFunctionRepository extends Repository<CoordinationFunction, CoordinationFunctionId> {
  /** The coordination functions that serve {@code municipality} (in force or not). */
  default Page<CoordinationFunction> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
    Checks.notNull(municipality, "municipality");
    return findBy("municipalities", municipality, page);
  }

  /**
   * The coordination functions of {@code municipality} {@linkplain CoordinationFunction#isInForceOn in force} on
   * {@code date}, in the default order; empty if it has none (which the law does not allow).
   */
  default ImmutableList<CoordinationFunction> findInForceOn(MunicipalityCode municipality, LocalDate date) {
    Checks.notNull(municipality, "municipality");
    Checks.notNull(date, "date");
    return Pages.all(page -> findByMunicipality(municipality, page)).stream().filter(f -> f.isInForceOn(date))
        .collect(ImmutableList.toImmutableList());
  }
}

package se.lokbra.examples;

import java.time.Period;
import java.util.List;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.compliance.Compliance;
import se.lokbra.core.compliance.ComplianceOptions;
import se.lokbra.core.compliance.CountyView;
import se.lokbra.core.compliance.Finding;
import se.lokbra.core.compliance.Ledger;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.sample.KarlskogaDegerfors;

/**
 * The compliance ledger (law 2023:196) of the fictional {@link ExampleMunicipality}, which meets every requirement,
 * and of the sample's Karlskoga for 2019–2022, which honestly shows what is missing; and the county view of Örebro
 * county.
 */
public final class ComplianceExample {
  private ComplianceExample() {}

  /** What the example found. */
  public record Result(Ledger exempelby, Ledger karlskoga2019, CountyView orebroCounty, List<String> lines) {}

  /** Loads both data sets into {@code store} (if absent) and computes the ledgers. */
  public static Result run(LokbraStore store) {
    KarlskogaDegerfors.loadIfEmpty(store);
    ExampleMunicipality.loadIfAbsent(store);
    // tag::compliance[]
    Compliance compliance = Compliance.of(store, ComplianceOptions.builder()
        .maximumAge(Period.ofMonths(24)).warningWindow(Period.ofMonths(3)).build());
    Ledger exempelby = compliance.ledger(ExampleMunicipality.EXEMPELBY, ExampleMunicipality.AS_OF);
    List<String> lines = exempelby.findings().stream()
        .map(f -> f.requirement() + " " + f.status() + ": " + f.reason().text()).toList();
    // SITUATION_PICTURE MET: The situation picture of 2025-10-06 is current (it counts until 2027-10-06).
    Ledger karlskoga = compliance.ledger(KarlskogaDegerfors.KARLSKOGA, MandatePeriod.parse("2019–2022"),
        ExampleMunicipality.AS_OF); // every requirement MISSING: the sources name no picture, decision or function
    CountyView orebro = compliance.county("18", ExampleMunicipality.AS_OF); // 1862, 1883, 1899
    // end::compliance[]
    return new Result(exempelby, karlskoga, orebro, lines);
  }

  /** The findings of a ledger that are not met. */
  public static List<Finding> unmet(Ledger ledger) {
    return ledger.findings().stream().filter(f -> !f.isMet()).toList();
  }
}

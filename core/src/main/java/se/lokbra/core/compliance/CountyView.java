package se.lokbra.core.compliance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.MandatePeriod;

/**
 * The ledgers of every municipality of a county ("län", the first two digits of the municipality code) that the
 * store knows of, in municipality code order: what a county administrative board ("länsstyrelse") follows up.
 */
public record CountyView(String countyCode, MandatePeriod period, LocalDate asOf, ImmutableList<Ledger> ledgers) {
  public CountyView {
    Checks.notNull(countyCode, "county");
    Checks.notNull(period, "period");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(ledgers, "ledgers");
  }

  /** How many of the municipalities meet every requirement. */
  public long allMetCount() {
    return ledgers.stream().filter(Ledger::allMet).count();
  }
}

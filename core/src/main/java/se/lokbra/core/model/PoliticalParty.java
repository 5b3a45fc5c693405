package se.lokbra.core.model;

import se.lokbra.core.internal.Checks;

/**
 * A political party ("parti"), by its usual abbreviation and its name: {@code M} — Moderaterna. The constants are the
 * parties of the Riksdag; local parties are made with {@link #of}.
 */
public record PoliticalParty(String abbreviation, String name) {
  public static final PoliticalParty SOCIALDEMOKRATERNA = of("S", "Socialdemokraterna");
  public static final PoliticalParty MODERATERNA = of("M", "Moderaterna");
  public static final PoliticalParty SVERIGEDEMOKRATERNA = of("SD", "Sverigedemokraterna");
  public static final PoliticalParty CENTERPARTIET = of("C", "Centerpartiet");
  public static final PoliticalParty VANSTERPARTIET = of("V", "Vänsterpartiet");
  public static final PoliticalParty KRISTDEMOKRATERNA = of("KD", "Kristdemokraterna");
  public static final PoliticalParty LIBERALERNA = of("L", "Liberalerna");
  public static final PoliticalParty MILJOPARTIET = of("MP", "Miljöpartiet de gröna");

  public PoliticalParty {
    Checks.notNull(abbreviation, "party.abbreviation");
    Checks.check(abbreviation.matches("[\\p{L}\\p{N}.&-]{1,12}"), "party.abbreviation", abbreviation,
        "must be 1 to 12 letters, digits, '.', '&' or '-'");
    Checks.name(name, "party.name");
  }

  public static PoliticalParty of(String abbreviation, String name) {
    return new PoliticalParty(abbreviation, name);
  }

  @Override
  public String toString() {
    return abbreviation;
  }
}

package se.lokbra.core.model;

/**
 * The kind of body that takes a {@link Decision}. Its name is given beside it ("Kommunfullmäktige i Karlskoga",
 * "Socialnämnden").
 */
public enum DecidingBody {
  /** The municipal council ("kommunfullmäktige"), the elected assembly. */
  MUNICIPAL_COUNCIL,
  /** The municipal executive board ("kommunstyrelsen"). */
  MUNICIPAL_EXECUTIVE_BOARD,
  /** A committee of the municipality ("nämnd"). */
  COMMITTEE,
  /** The local crime-prevention council itself ("Lokalt brottsförebyggande råd"). */
  CRIME_PREVENTION_COUNCIL,
  /** Any other body, and decisions recorded before the kind was (stores of format 2 and schema version 4). */
  OTHER
}

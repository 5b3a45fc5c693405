package se.lokbra.core.organisation;

/** What kind of body an {@link Organisation} is. */
public enum OrganisationKind {
  /** A municipality ("kommun"). */
  MUNICIPALITY,
  /** A municipal administration or department ("förvaltning"). */
  MUNICIPAL_ADMINISTRATION,
  /** A municipally owned company ("kommunalt bolag"). */
  MUNICIPAL_COMPANY,
  /** The police, or one of its local police areas ("lokalpolisområde"). */
  POLICE,
  /** A county administrative board ("länsstyrelse"). */
  COUNTY_ADMINISTRATIVE_BOARD,
  /** A region ("region"), formerly county council. */
  REGION,
  /** A national agency ("myndighet"), such as Brå. */
  NATIONAL_AGENCY,
  /** A school ("skola"). */
  SCHOOL,
  /** A university or university college ("universitet", "högskola"). */
  UNIVERSITY,
  /** A non-profit association ("ideell förening"). */
  NON_PROFIT,
  /** A business ("företag"). */
  BUSINESS,
  /** Anything else. */
  OTHER
}

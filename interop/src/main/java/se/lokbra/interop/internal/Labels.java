package se.lokbra.interop.internal;

import java.util.Locale;
import java.util.Optional;
import se.lokbra.core.council.Role;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.PostalAddress;
import se.lokbra.core.organisation.OrganisationKind;

/**
 * The human-readable words the exports write for lokbra's enums. Roles, kinds and states are free text in OParl and
 * Popolo; lokbra's users and their integrators read Swedish, so the Swedish terms the domain's Javadoc gives are used.
 * Not API.
 */
public final class Labels {
  private Labels() {}

  /** "ordförande", "ledamot", … */
  public static String role(Role role) {
    return switch (role) {
      case CHAIR -> "ordförande";
      case VICE_CHAIR -> "vice ordförande";
      case MEMBER -> "ledamot";
      case DEPUTY -> "ersättare";
      case COORDINATOR -> "samordnare";
      case ADJUNCT -> "adjungerad";
      case EXPERT -> "sakkunnig";
    };
  }

  /** "kommun", "polis", … */
  public static String organisationKind(OrganisationKind kind) {
    return switch (kind) {
      case MUNICIPALITY -> "kommun";
      case MUNICIPAL_ADMINISTRATION -> "förvaltning";
      case MUNICIPAL_COMPANY -> "kommunalt bolag";
      case POLICE -> "polis";
      case COUNTY_ADMINISTRATIVE_BOARD -> "länsstyrelse";
      case REGION -> "region";
      case NATIONAL_AGENCY -> "myndighet";
      case SCHOOL -> "skola";
      case UNIVERSITY -> "universitet eller högskola";
      case NON_PROFIT -> "ideell förening";
      case BUSINESS -> "företag";
      case OTHER -> "övrig";
    };
  }

  /** "planerat", "genomfört", "inställt". */
  public static String meetingState(MeetingState state) {
    return switch (state) {
      case PLANNED -> "planerat";
      case HELD -> "genomfört";
      case CANCELLED -> "inställt";
    };
  }

  /** The enum constant in lower case, for machine-readable ids: {@code vice_chair}. */
  public static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** "Katrinedalsgatan 4, 691 83 Karlskoga" (the country only when not Sweden). */
  public static String address(PostalAddress address) {
    StringBuilder text = new StringBuilder(address.street()).append(", ");
    address.postalCode().ifPresent(p -> text.append(p).append(' '));
    text.append(address.locality());
    if (!"SE".equals(address.countryCode())) {
      text.append(", ").append(address.countryCode());
    }
    return text.toString();
  }

  /** Empty for blank text, so that empty descriptions are left out rather than written as "". */
  public static Optional<String> nonBlank(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}

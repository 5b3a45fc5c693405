package se.lokbra.core.agreement;

import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;

/**
 * Who signed a {@link CooperationAgreement}: the person, in which role ("kommunstyrelsens ordförande",
 * "lokalpolisområdeschef"), for which party, and when.
 */
public record Signatory(PersonId person, String role, OrganisationId onBehalfOf, Optional<LocalDate> signedOn) {
  public Signatory {
    Checks.notNull(person, "signatory.person");
    Checks.name(role, "signatory.role");
    Checks.notNull(onBehalfOf, "signatory.onBehalfOf");
    Checks.optionalDate(signedOn, "signatory.signedOn");
  }
}

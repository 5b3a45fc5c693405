package se.lokbra.core.agreement;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
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
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Signatory> TYPE = CompositeType.of(Signatory.class,
      Field.one("person", Signatory::person, PersonId.TYPE),
      Field.one("role", Signatory::role, Types.TEXT),
      Field.one("onBehalfOf", Signatory::onBehalfOf, OrganisationId.TYPE),
      Field.optional("signedOn", Signatory::signedOn, Types.DATE));

  public Signatory {
    Checks.notNull(person, "signatory.person");
    Checks.name(role, "signatory.role");
    Checks.notNull(onBehalfOf, "signatory.onBehalfOf");
    Checks.notNull(signedOn, "signatory.signedOn");
  }
}

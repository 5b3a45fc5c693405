package se.lokbra.core.agreement;

import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.organisation.OrganisationId;

/**
 * A citizen promise ("medborgarlöfte"): the public part of a {@link CooperationAgreement}, a commitment to residents
 * by the police and the municipality — its text, the party responsible, the period and how it stands.
 */
public record CitizenPromise(String text, OrganisationId responsible, Optional<DateSpan> period,
    PromiseStatus status) {
  public CitizenPromise {
    Checks.longText(text, "promise.text");
    Checks.check(!text.isBlank(), "promise.text", text, "must not be blank");
    Checks.notNull(responsible, "promise.responsible");
    Checks.notNull(period, "promise.period");
    Checks.notNull(status, "promise.status");
  }
}

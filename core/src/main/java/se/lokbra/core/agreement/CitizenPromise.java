package se.lokbra.core.agreement;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
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
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<CitizenPromise> TYPE = CompositeType.of(CitizenPromise.class,
      Field.one("text", CitizenPromise::text, Types.TEXT),
      Field.one("responsible", CitizenPromise::responsible, OrganisationId.TYPE),
      Field.optional("period", CitizenPromise::period, Types.DATE_SPAN),
      Field.one("status", CitizenPromise::status, ScalarType.enumType(PromiseStatus.class)));

  public CitizenPromise {
    Checks.longText(text, "promise.text");
    Checks.check(!text.isBlank(), "promise.text", text, "must not be blank");
    Checks.notNull(responsible, "promise.responsible");
    Checks.notNull(period, "promise.period");
    Checks.notNull(status, "promise.status");
  }
}

package se.lokbra.core.organisation;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Organisation}; see {@link EntityId} for the rules. */
public record OrganisationId(String value) implements EntityId {
  public OrganisationId {
    EntityId.checkValue(value, "organisationId");
  }

  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  /** A new random id (a UUID). */
  public static OrganisationId random() {
    return new OrganisationId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.ORGANISATION;
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.organisation;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Organisation}; see {@link EntityId} for the rules. */
public record OrganisationId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<OrganisationId> TYPE = ScalarType.id(OrganisationId.class, OrganisationId::of, () -> AggregateKind.ORGANISATION);

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

package se.lokbra.core.person;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Person}; see {@link EntityId} for the rules. */
public record PersonId(String value) implements EntityId {
  public PersonId {
    EntityId.checkValue(value, "personId");
  }

  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /** A new random id (a UUID). */
  public static PersonId random() {
    return new PersonId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.PERSON;
  }

  @Override
  public String toString() {
    return value;
  }
}

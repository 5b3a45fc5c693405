package se.lokbra.core.person;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Person}; see {@link EntityId} for the rules. */
public record PersonId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<PersonId> TYPE = ScalarType.id(PersonId.class, PersonId::of, () -> AggregateKind.PERSON);

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

package se.lokbra.core.meeting;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.person.PersonId;

/** A guest at a {@link Meeting} ("gäst") and what the guest spoke about. */
public record Guest(PersonId person, Optional<String> topic) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Guest> TYPE = CompositeType.of(Guest.class,
      Field.one("person", Guest::person, PersonId.TYPE),
      Field.optional("topic", Guest::topic, Types.TEXT));

  public Guest {
    Checks.notNull(person, "guest.person");
    Checks.optionalLongText(topic, "guest.topic");
  }

  public static Guest of(PersonId person, String topic) {
    return new Guest(person, Optional.of(Checks.notNull(topic, "guest.topic")));
  }
}

package se.lokbra.core.meeting;

import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.person.PersonId;

/** A guest at a {@link Meeting} ("gäst") and what the guest spoke about. */
public record Guest(PersonId person, Optional<String> topic) {
  public Guest {
    Checks.notNull(person, "guest.person");
    Checks.optionalLongText(topic, "guest.topic");
  }

  public static Guest of(PersonId person, String topic) {
    return new Guest(person, Optional.of(Checks.notNull(topic, "guest.topic")));
  }
}

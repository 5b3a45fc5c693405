package se.lokbra.core.conference;

import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.person.PersonId;

/** A speaker at a {@link Conference} ("talare") and the topic. */
public record Speaker(PersonId person, Optional<String> topic) {
  public Speaker {
    Checks.notNull(person, "speaker.person");
    Checks.optionalLongText(topic, "speaker.topic");
  }

  public static Speaker of(PersonId person, String topic) {
    return new Speaker(person, Optional.of(Checks.notNull(topic, "speaker.topic")));
  }
}

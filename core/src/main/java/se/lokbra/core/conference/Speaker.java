package se.lokbra.core.conference;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.person.PersonId;

/** A speaker at a {@link Conference} ("talare") and the topic. */
public record Speaker(PersonId person, Optional<String> topic) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Speaker> TYPE = CompositeType.of(Speaker.class,
      Field.one("person", Speaker::person, PersonId.TYPE),
      Field.optional("topic", Speaker::topic, Types.TEXT));

  public Speaker {
    Checks.notNull(person, "speaker.person");
    Checks.optionalLongText(topic, "speaker.topic");
  }

  public static Speaker of(PersonId person, String topic) {
    return new Speaker(person, Optional.of(Checks.notNull(topic, "speaker.topic")));
  }
}

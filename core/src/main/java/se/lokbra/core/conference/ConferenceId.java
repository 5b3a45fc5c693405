package se.lokbra.core.conference;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Conference}; see {@link EntityId} for the rules. */
public record ConferenceId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<ConferenceId> TYPE = ScalarType.id(ConferenceId.class, ConferenceId::of, () -> AggregateKind.CONFERENCE);

  public ConferenceId {
    EntityId.checkValue(value, "conferenceId");
  }

  public static ConferenceId of(String value) {
    return new ConferenceId(value);
  }

  /** A new random id (a UUID). */
  public static ConferenceId random() {
    return new ConferenceId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.CONFERENCE;
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.meeting;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Meeting}; see {@link EntityId} for the rules. */
public record MeetingId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<MeetingId> TYPE = ScalarType.id(MeetingId.class, MeetingId::of, () -> AggregateKind.MEETING);

  public MeetingId {
    EntityId.checkValue(value, "meetingId");
  }

  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  /** A new random id (a UUID). */
  public static MeetingId random() {
    return new MeetingId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.MEETING;
  }

  @Override
  public String toString() {
    return value;
  }
}

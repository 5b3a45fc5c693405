package se.lokbra.core.meeting;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Meeting}; see {@link EntityId} for the rules. */
public record MeetingId(String value) implements EntityId {
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

package se.lokbra.core.situation;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link SituationPicture}; see {@link EntityId} for the rules. */
public record SituationPictureId(String value) implements EntityId {
  public SituationPictureId {
    EntityId.checkValue(value, "situationPictureId");
  }

  public static SituationPictureId of(String value) {
    return new SituationPictureId(value);
  }

  /** A new random id (a UUID). */
  public static SituationPictureId random() {
    return new SituationPictureId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.SITUATION_PICTURE;
  }

  @Override
  public String toString() {
    return value;
  }
}

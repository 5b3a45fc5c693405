package se.lokbra.core.situation;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link SituationPicture}; see {@link EntityId} for the rules. */
public record SituationPictureId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<SituationPictureId> TYPE = ScalarType.id(SituationPictureId.class, SituationPictureId::of, () -> AggregateKind.SITUATION_PICTURE);

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

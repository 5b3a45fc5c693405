package se.lokbra.core.agreement;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link CooperationAgreement}; see {@link EntityId} for the rules. */
public record CooperationAgreementId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<CooperationAgreementId> TYPE = ScalarType.id(CooperationAgreementId.class, CooperationAgreementId::of, () -> AggregateKind.COOPERATION_AGREEMENT);

  public CooperationAgreementId {
    EntityId.checkValue(value, "cooperationAgreementId");
  }

  public static CooperationAgreementId of(String value) {
    return new CooperationAgreementId(value);
  }

  /** A new random id (a UUID). */
  public static CooperationAgreementId random() {
    return new CooperationAgreementId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.COOPERATION_AGREEMENT;
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.agreement;

import java.util.UUID;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link CooperationAgreement}; see {@link EntityId} for the rules. */
public record CooperationAgreementId(String value) implements EntityId {
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

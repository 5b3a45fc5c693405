package se.lokbra.core.problem;

import se.lokbra.core.meta.ScalarType;
import java.util.UUID;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;

/** The id of a {@link Problem}; see {@link EntityId} for the rules. */
public record ProblemId(String value) implements EntityId {
  /** The id type: how backends read and write this id, and the kind it names. */
  public static final ScalarType<ProblemId> TYPE = ScalarType.id(ProblemId.class, ProblemId::of, () -> AggregateKind.PROBLEM);

  public ProblemId {
    EntityId.checkValue(value, "problemId");
  }

  public static ProblemId of(String value) {
    return new ProblemId(value);
  }

  /** A new random id (a UUID). */
  public static ProblemId random() {
    return new ProblemId(UUID.randomUUID().toString());
  }

  @Override
  public AggregateKind kind() {
    return AggregateKind.PROBLEM;
  }

  @Override
  public String toString() {
    return value;
  }
}

package se.lokbra.core.measure;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.problem.ProblemId;

/**
 * What a {@link Measure} targets: a problem, and optionally one of its causes (by the cause's key). A measure that
 * targets nothing cannot be justified by the knowledge-based method.
 */
public record Target(ProblemId problem, Optional<String> cause) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Target> TYPE = CompositeType.of(Target.class,
      Field.one("problem", Target::problem, ProblemId.TYPE),
      Field.optional("cause", Target::cause, Types.TEXT)).withPartReference("problem", "cause");

  public Target {
    Checks.notNull(problem, "target.problem");
    Checks.notNull(cause, "target.cause");
  }

  public static Target problem(ProblemId problem) {
    return new Target(problem, Optional.empty());
  }

  public static Target cause(ProblemId problem, String cause) {
    return new Target(problem, Optional.of(Checks.notNull(cause, "target.cause")));
  }
}

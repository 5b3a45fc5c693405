package se.lokbra.core.problem;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import java.util.regex.Pattern;
import se.lokbra.core.internal.Checks;

/**
 * A cause of a {@link Problem}, found by the cause analysis ("orsaksanalys"): a key unique within the problem (so
 * measures can say which cause they target: {@code Target}) and what the cause is.
 */
public record Cause(String key, String description) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Cause> TYPE = CompositeType.of(Cause.class,
      Field.one("key", Cause::key, Types.TEXT),
      Field.one("description", Cause::description, Types.TEXT));

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  public Cause {
    Checks.notNull(key, "cause.key");
    Checks.check(KEY.matcher(key).matches(), "cause.key", key,
        "must be 1 to 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit");
    Checks.longText(description, "cause.description");
    Checks.check(!description.isBlank(), "cause.description", description, "must not be blank");
  }

  public static Cause of(String key, String description) {
    return new Cause(key, description);
  }
}

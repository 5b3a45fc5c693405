package se.lokbra.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value breaks a rule: a malformed organisation number, an end before a start, an illegal status change. The
 * exception names the field, the rejected value and the rule; when the value belongs to a stored entity it also
 * names the entity ({@code measure 'andt-strategy'}). A store that throws it is exactly as before the call.
 */
public class ValidationException extends LokbraException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String entity;
  private final String field;
  private final String value;
  private final String rule;

  public ValidationException(String field, @Nullable Object value, String rule) {
    this(null, field, value, rule);
  }

  /**
   * @param entity the entity the value belongs to (e.g. {@code measure 'andt-strategy'}), or null if none
   */
  public ValidationException(@Nullable String entity, String field, @Nullable Object value, String rule) {
    super(message(entity, field, value, rule));
    this.entity = entity;
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /** The same error, naming the entity the value belongs to. */
  public ValidationException inEntity(String entityDescription) {
    ValidationException e = new ValidationException(entityDescription, field, value, rule);
    e.initCause(this);
    return e;
  }

  public Optional<String> entity() {
    return Optional.ofNullable(entity);
  }

  /** The field, as a path from the entity: {@code name}, {@code memberships[2].end}. */
  public String field() {
    return field;
  }

  /** The rejected value as text ({@code "null"} for a missing value). */
  public String value() {
    return value;
  }

  /** The rule the value breaks, as a sentence fragment ("must have ten digits"). */
  public String rule() {
    return rule;
  }

  private static String message(@Nullable String entity, String field, @Nullable Object value, String rule) {
    String shown = String.valueOf(value);
    if (shown.length() > 200) {
      shown = shown.substring(0, 200) + "…";
    }
    String prefix = entity == null ? "" : entity + ": ";
    return prefix + "invalid " + field + " '" + shown + "': " + rule;
  }
}

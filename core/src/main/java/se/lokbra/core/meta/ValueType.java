package se.lokbra.core.meta;

import se.lokbra.core.internal.Checks;

/**
 * What kind of value a {@link Field} holds, as backends need to know it: either a {@link ScalarType} (one value
 * with a canonical text form: a text, a number, a date, an id, an enum constant) or a {@link CompositeType} (a
 * record of fields of its own, such as a follow-up of a measure). Backends map each to their own storage: the JSON
 * store to strings, numbers and objects, the JDBC store to columns and child tables.
 *
 * @param <V> the Java type of the value
 */
public abstract sealed class ValueType<V> permits ScalarType, CompositeType {
  private final String name;
  private final Class<V> javaType;

  ValueType(String name, Class<V> javaType) {
    this.name = Checks.notNull(name, "name");
    this.javaType = Checks.notNull(javaType, "javaType");
  }

  /** A short English name for messages and schemas: {@code text}, {@code date}, {@code FollowUp}. */
  public final String name() {
    return name;
  }

  /** The Java type of the value. */
  public final Class<V> javaType() {
    return javaType;
  }

  /** The value as this type's Java type; for generic code that holds values as {@code Object}. */
  public final V cast(Object value) {
    return javaType.cast(value);
  }

  @Override
  public String toString() {
    return name;
  }
}

package se.lokbra.core.meta;

/**
 * How many values a {@link Field} holds, and in which container the record keeps them.
 */
public enum Cardinality {
  /** Exactly one value, never absent. */
  ONE,
  /** An {@link java.util.Optional} (or an {@link java.util.OptionalInt}, adapted by the field): zero or one value. */
  OPTIONAL,
  /** An {@link com.google.common.collect.ImmutableList}: ordered, may repeat. */
  LIST,
  /** An {@link com.google.common.collect.ImmutableSet}: in insertion order, no repeats. */
  SET;

  /** True for {@link #LIST} and {@link #SET}. */
  public boolean isCollection() {
    return this == LIST || this == SET;
  }
}

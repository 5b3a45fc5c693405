package se.lokbra.core.spi;

import com.google.common.collect.ImmutableList;
import se.lokbra.core.internal.Checks;

/**
 * Argument checks for backends (the same ones the domain model makes): each throws
 * {@link se.lokbra.core.ValidationException} naming the field, the value and the rule, never a
 * {@link NullPointerException} or an {@link IllegalArgumentException}, so a backend's repositories refuse bad input
 * exactly as the memory store does.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * Refuses a null value.
   *
   * @param value the argument
   * @param field its name, for the exception
   * @param <T> its type
   * @return {@code value}
   */
  public static <T> T notNull(T value, String field) {
    return Checks.notNull(value, field);
  }

  /**
   * Refuses a value for which {@code condition} is false.
   *
   * @param condition whether the value keeps the rule
   * @param field the argument's name
   * @param value the argument, named in the exception
   * @param rule the rule, a {@link com.google.common.base.Strings#lenientFormat} template ({@code %s})
   * @param args the template's arguments
   */
  public static void check(boolean condition, String field, Object value, String rule, Object... args) {
    Checks.check(condition, field, value, rule, args);
  }

  /**
   * Copies {@code values} into an immutable list, refusing a null iterable and null elements (named
   * {@code field[index]}).
   *
   * @param values the argument
   * @param field its name, for the exception
   * @param <T> the element type
   * @return the elements, in order
   */
  public static <T> ImmutableList<T> list(Iterable<? extends T> values, String field) {
    return Checks.list(values, field);
  }
}

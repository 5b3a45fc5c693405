package se.lokbra.core.internal;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.ValidationException;
import se.lokbra.core.model.DateLimits;

/**
 * Guava-style preconditions that throw {@link ValidationException} (field, value, rule) instead of
 * {@link IllegalArgumentException} or {@link NullPointerException}. Not API.
 */
public final class Checks {
  /** Longest name, title or other one-line text. */
  public static final int MAX_SHORT_TEXT = 1_000;
  /** Longest description, note or other free text. */
  public static final int MAX_LONG_TEXT = 100_000;

  private Checks() {}

  public static void check(boolean condition, String field, @Nullable Object value, String rule,
      @Nullable Object... args) {
    if (!condition) {
      throw new ValidationException(field, value, Strings.lenientFormat(rule, args));
    }
  }

  public static <T> T notNull(@Nullable T value, String field) {
    if (value == null) {
      throw new ValidationException(field, null, "is required");
    }
    return value;
  }

  /** A required single-line text: not blank, at most {@link #MAX_SHORT_TEXT} characters, no control characters. */
  public static String name(@Nullable String value, String field) {
    notNull(value, field);
    check(!value.isBlank(), field, value, "must not be blank");
    check(value.length() <= MAX_SHORT_TEXT, field, value, "must be at most %s characters", MAX_SHORT_TEXT);
    check(value.indexOf('\n') < 0 && value.indexOf('\r') < 0, field, value, "must be a single line");
    text(value, field);
    return value;
  }

  /** An optional single-line text: empty, or a valid {@link #name}. */
  public static Optional<String> optionalName(@Nullable Optional<String> value, String field) {
    notNull(value, field);
    value.ifPresent(v -> name(v, field));
    return value;
  }

  /** Free text (may be empty): at most {@link #MAX_LONG_TEXT} characters of valid Unicode, tab and line breaks. */
  public static String longText(@Nullable String value, String field) {
    notNull(value, field);
    check(value.length() <= MAX_LONG_TEXT, field, value.length() + " characters", "must be at most %s characters",
        MAX_LONG_TEXT);
    text(value, field);
    return value;
  }

  public static Optional<String> optionalLongText(@Nullable Optional<String> value,
      String field) {
    notNull(value, field);
    value.ifPresent(v -> longText(v, field));
    return value;
  }

  /**
   * Rejects what not every backend can store the same way: NUL and other control characters (PostgreSQL refuses
   * NUL in text), and unpaired surrogates (not valid Unicode, so not valid UTF-8 either).
   */
  private static void text(String value, String field) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new ValidationException(field, value, String.format(java.util.Locale.ROOT,
            "must not contain the control character U+%04X (at index %d)", (int) c, i));
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new ValidationException(field, value, "must be valid Unicode (unpaired surrogate at index " + i + ")");
      }
      if (Character.isLowSurrogate(c)) {
        throw new ValidationException(field, value, "must be valid Unicode (unpaired surrogate at index " + i + ")");
      }
    }
  }

  /** A required date in the range lokbra stores ({@link DateLimits}). */
  public static LocalDate date(LocalDate value, String field) {
    notNull(value, field);
    check(DateLimits.contains(value), field, value, "must lie between %s and %s (the dates lokbra stores)",
        DateLimits.MIN_DATE, DateLimits.MAX_DATE);
    return value;
  }

  /** An optional date: empty, or a valid {@link #date}. */
  public static Optional<LocalDate> optionalDate(Optional<LocalDate> value, String field) {
    notNull(value, field);
    value.ifPresent(v -> date(v, field));
    return value;
  }

  /** Dates in the range lokbra stores, copied into an immutable list; a bad element is named by index. */
  public static ImmutableList<LocalDate> dates(Iterable<LocalDate> values, String field) {
    ImmutableList<LocalDate> list = list(values, field);
    for (int i = 0; i < list.size(); i++) {
      date(list.get(i), field + "[" + i + "]");
    }
    return list;
  }

  /** A required instant in the range lokbra stores ({@link DateLimits}). */
  public static Instant instant(Instant value, String field) {
    notNull(value, field);
    check(DateLimits.contains(value), field, value, "must lie between %s and %s (the instants lokbra stores)",
        DateLimits.MIN_INSTANT, DateLimits.MAX_INSTANT);
    return value;
  }

  /** Copies {@code values} into an immutable list, rejecting null elements by index. */
  public static <T> ImmutableList<T> list(@Nullable Iterable<? extends @Nullable T> values, String field) {
    notNull(values, field);
    ImmutableList.Builder<T> builder = ImmutableList.builder();
    int i = 0;
    for (@Nullable T value : values) {
      if (value == null) {
        throw new ValidationException(field + "[" + i + "]", null, "is required");
      }
      builder.add(value);
      i++;
    }
    return builder.build();
  }

  /** Copies {@code values} into an immutable set in encounter order, rejecting null elements by index. */
  public static <T> ImmutableSet<T> set(@Nullable Iterable<? extends @Nullable T> values, String field) {
    return ImmutableSet.copyOf(list(values, field));
  }

  /** Appends one element to an immutable list. */
  public static <T> ImmutableList<T> append(ImmutableList<T> list, @Nullable T value, String field) {
    return ImmutableList.<T>builder().addAll(list).add(notNull(value, field)).build();
  }
}

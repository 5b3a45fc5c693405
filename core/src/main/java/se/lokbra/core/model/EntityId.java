package se.lokbra.core.model;

import se.lokbra.core.AggregateKind;
import java.util.regex.Pattern;
import se.lokbra.core.internal.Checks;

/**
 * The id of an aggregate: a typed value such as {@code CouncilId}. Ids are chosen by the caller (a readable slug
 * such as {@code karlskoga-degerfors}) or random ({@code CouncilId.random()}); they are 1 to 64 characters of
 * {@code a-z}, {@code 0-9}, {@code -} and {@code _}, starting with a letter or digit, so they are safe as file names
 * and URL path segments on every platform. An id never changes and is never reused for another entity.
 */
public interface EntityId extends Comparable<EntityId> {
  Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  String value();

  AggregateKind kind();

  @Override
  default int compareTo(EntityId other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : value().compareTo(other.value());
  }

  /** Validates an id value; for the id types' constructors. */
  static String checkValue(String value, String field) {
    Checks.notNull(value, field);
    Checks.check(PATTERN.matcher(value).matches(), field, value,
        "must be 1 to 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit");
    return value;
  }
}

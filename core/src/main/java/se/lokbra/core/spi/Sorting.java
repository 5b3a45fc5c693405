package se.lokbra.core.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import se.lokbra.core.ValidationException;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.repository.Sort;

/**
 * The sort rules every backend follows, so that pages come out in the same order everywhere: the properties each
 * aggregate sorts by, its default order, the id as the final tie-breaker, the {@linkplain
 * se.lokbra.core.meta.AggregateType#textSortKeys text properties} in the sort's {@link Sort.TextOrder} (Swedish,
 * {@link Collation#ORDER}, unless code point order is asked for), ids, codes and enums (by name) by Unicode code
 * point, missing values first in ascending order. A SQL backend maps {@link #effectiveOrders} to columns (a text
 * property in Swedish order to its stored {@link Collation#sortKey sort key} and then the text, with a binary
 * collation and {@code NULLS FIRST}/{@code LAST}); an in-memory backend uses {@link #comparator}.
 */
public final class Sorting {
  private static final Map<AggregateKind, ImmutableMap<String, Function<Aggregate<?, ?>, Comparable<?>>>> KEYS =
      keys();

  /** Text order by Unicode code point; equal to byte order of UTF-8 and to SQL's binary ("C") collation. */
  public static final Comparator<String> CODE_POINT_ORDER = Sorting::compareCodePoints;

  private Sorting() {}

  /** The properties {@code kind} sorts by. */
  public static ImmutableSortedSet<String> properties(AggregateKind kind) {
    return ImmutableSortedSet.copyOf(KEYS.get(kind).keySet());
  }

  /** The default order of {@code kind}, without the id tie-breaker. */
  public static Sort defaultSort(AggregateKind kind) {
    return kind.descriptor().defaultSort();
  }

  /**
   * The orders to apply for {@code sort}: the default order if unsorted, and the id appended as tie-breaker unless
   * it is already there.
   *
   * @throws ValidationException if a property is not one {@code kind} sorts by
   */
  public static ImmutableList<Sort.Order> effectiveOrders(AggregateKind kind, Sort sort) {
    Sort base = sort.isUnsorted() ? kind.descriptor().defaultSort() : sort;
    // The text order of a default order is the one the (unsorted) sort asks for: see the comparator.
    ImmutableList.Builder<Sort.Order> orders = ImmutableList.builder();
    boolean hasId = false;
    for (Sort.Order order : base.orders()) {
      if (!KEYS.get(kind).containsKey(order.property())) {
        throw new ValidationException("sort.property", order.property(), "is not a sort property of "
            + kind.plural() + " (one of " + String.join(", ", properties(kind)) + ")");
      }
      hasId |= order.property().equals("id");
      orders.add(order);
    }
    if (!hasId) {
      orders.add(Sort.Order.asc("id"));
    }
    return orders.build();
  }

  /**
   * True if {@code property} of {@code kind} compares as {@code sort}'s {@link Sort#textOrder} says: a text
   * property in Swedish order. SQL backends order such a property by its sort key column, then by the text.
   */
  public static boolean isCollated(AggregateKind kind, Sort sort, String property) {
    return sort.textOrder() == Sort.TextOrder.SWEDISH && kind.descriptor().textSortKeys().contains(property);
  }

  /** The comparator for {@code sort} on {@code kind}, tie-broken by id. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T extends Aggregate<?, ?>> Comparator<T> comparator(AggregateKind kind, Sort sort) {
    Comparator<T> result = null;
    for (Sort.Order order : effectiveOrders(kind, sort)) {
      Function<Aggregate<?, ?>, Comparable<?>> key = KEYS.get(kind).get(order.property());
      boolean collated = isCollated(kind, sort, order.property());
      Comparator<Comparable> values = (a, b) -> a instanceof String s
          ? collated ? Collation.ORDER.compare(s, (String) b) : compareCodePoints(s, (String) b)
          : a.compareTo(b);
      Comparator<T> c = Comparator.comparing(t -> (Comparable) key.apply(t), Comparator.nullsFirst(values));
      if (order.direction() == Sort.Direction.DESC) {
        c = c.reversed();
      }
      result = result == null ? c : result.thenComparing(c);
    }
    return result;
  }

  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        // UTF-16 units sort as their code points unless a surrogate (half of a code point above U+FFFF) is
        // involved; that rare case takes the exact way.
        return Character.isSurrogate(ca) || Character.isSurrogate(cb) ? compareByCodePoint(a, b) : ca - cb;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int compareByCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** The sort keys of every kind, from its {@link se.lokbra.core.meta.AggregateType#sortKeys description}. */
  @SuppressWarnings("unchecked")
  private static Map<AggregateKind, ImmutableMap<String, Function<Aggregate<?, ?>, Comparable<?>>>> keys() {
    Map<AggregateKind, ImmutableMap<String, Function<Aggregate<?, ?>, Comparable<?>>>> all =
        new java.util.EnumMap<>(AggregateKind.class);
    for (AggregateKind kind : AggregateKind.values()) {
      all.put(kind, (ImmutableMap<String, Function<Aggregate<?, ?>, Comparable<?>>>) (ImmutableMap<?, ?>)
          kind.descriptor().sortKeys());
    }
    return java.util.Collections.unmodifiableMap(all);
  }
}

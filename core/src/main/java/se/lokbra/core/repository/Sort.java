package se.lokbra.core.repository;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import se.lokbra.core.internal.Checks;

/**
 * The order of a page: properties, each ascending or descending, compared in turn; the id always breaks ties, so an
 * order is total and stable. Text sorts by Unicode code point (the same on every backend, not by a language's
 * collation); enums by name; a missing value sorts before any present one in ascending order. Each repository names
 * the properties it can sort by; {@link #unsorted()} means the repository's default order.
 */
public record Sort(ImmutableList<Order> orders) {
  private static final Sort UNSORTED = new Sort(ImmutableList.of());

  /** Sort direction. */
  public enum Direction { ASC, DESC }

  /** One property and its direction. */
  public record Order(String property, Direction direction) {
    public Order {
      Checks.notNull(property, "sort.property");
      Checks.check(property.matches("[a-zA-Z][a-zA-Z0-9]*"), "sort.property", property, "must be a property name");
      Checks.notNull(direction, "sort.direction");
    }

    public static Order asc(String property) {
      return new Order(property, Direction.ASC);
    }

    public static Order desc(String property) {
      return new Order(property, Direction.DESC);
    }
  }

  public Sort {
    Checks.notNull(orders, "sort");
  }

  public static Sort unsorted() {
    return UNSORTED;
  }

  /** Ascending by each property in turn. */
  public static Sort by(String... properties) {
    return new Sort(Arrays.stream(Checks.notNull(properties, "sort")).map(Order::asc)
        .collect(ImmutableList.toImmutableList()));
  }

  public static Sort by(Order... orders) {
    return new Sort(Checks.list(Arrays.asList(Checks.notNull(orders, "sort")), "sort"));
  }

  /** The same properties, every direction reversed. */
  public Sort descending() {
    return new Sort(orders.stream().map(o -> new Order(o.property(), o.direction() == Direction.ASC
        ? Direction.DESC : Direction.ASC)).collect(ImmutableList.toImmutableList()));
  }

  public boolean isUnsorted() {
    return orders.isEmpty();
  }
}

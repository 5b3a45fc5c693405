package se.lokbra.core.repository;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import se.lokbra.core.internal.Checks;

/**
 * The order of a page: properties, each ascending or descending, compared in turn; the id always breaks ties, so an
 * order is total and stable. Text (titles, names) sorts in Swedish order by default, the same on every backend
 * ({@link TextOrder#SWEDISH}: å, ä, ö last, case and accents secondary, numbers by value), or by Unicode code point
 * if asked ({@link #codePointOrder()}); ids, codes and enums (by name) always by code point; a missing value sorts
 * before any present one in ascending order. Each repository names the properties it can sort by;
 * {@link #unsorted()} means the repository's default order, in which the text order applies too.
 *
 * @param orders the properties in turn; empty for the repository's default order
 * @param textOrder how the text properties among them (and in the default order) compare
 */
public record Sort(ImmutableList<Order> orders, TextOrder textOrder) {
  private static final Sort UNSORTED = new Sort(ImmutableList.of());

  /** Sort direction. */
  public enum Direction { ASC, DESC }

  /** How text compares: in Swedish order, or by Unicode code point. */
  public enum TextOrder {
    /**
     * Swedish collation (svensk sortering) with ICU4J: å, ä, ö after z and in that order; case and accents secondary;
     * digits as numbers; texts the collation holds equal then by code point. See
     * {@link se.lokbra.core.spi.Collation}.
     */
    SWEDISH,
    /** By Unicode code point, as UTF-8 bytes and SQL's binary collation compare: {@code "Z" < "a" < "Å" < "Ä"}. */
    CODE_POINT
  }

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
    Checks.notNull(textOrder, "sort.textOrder");
  }

  /** These orders, text in Swedish order. */
  public Sort(ImmutableList<Order> orders) {
    this(orders, TextOrder.SWEDISH);
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
        ? Direction.DESC : Direction.ASC)).collect(ImmutableList.toImmutableList()), textOrder);
  }

  /** The same properties, text by Unicode code point: {@code Sort.by("title").codePointOrder()}. */
  public Sort codePointOrder() {
    return withTextOrder(TextOrder.CODE_POINT);
  }

  /** The same properties, text compared as {@code textOrder} says. */
  public Sort withTextOrder(TextOrder textOrder) {
    return new Sort(orders, textOrder);
  }

  /** True if no property is named: the repository's default order (in this sort's {@link #textOrder}). */
  public boolean isUnsorted() {
    return orders.isEmpty();
  }

  /** True for {@link #unsorted()} itself: the default order, text in Swedish order. */
  public boolean isDefault() {
    return orders.isEmpty() && textOrder == TextOrder.SWEDISH;
  }
}

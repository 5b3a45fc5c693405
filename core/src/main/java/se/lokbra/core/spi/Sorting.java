package se.lokbra.core.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import se.lokbra.core.ValidationException;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.Decision;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.repository.Sort;

/**
 * The sort rules every backend follows, so that pages come out in the same order everywhere: the properties each
 * aggregate sorts by, its default order, the id as the final tie-breaker, text by Unicode code point, enums by name,
 * missing values first in ascending order. A SQL backend maps {@link #effectiveOrders} to columns (with a binary
 * collation and {@code NULLS FIRST}/{@code LAST}); an in-memory backend uses {@link #comparator}.
 */
public final class Sorting {
  private static final Map<AggregateKind, ImmutableMap<String, Function<Aggregate<?, ?>, Comparable<?>>>> KEYS =
      keys();
  private static final Map<AggregateKind, Sort> DEFAULTS = ImmutableMap.<AggregateKind, Sort>builder()
      .put(AggregateKind.COUNCIL, Sort.by("name"))
      .put(AggregateKind.ORGANISATION, Sort.by("name"))
      .put(AggregateKind.PERSON, Sort.by("familyName", "givenName"))
      .put(AggregateKind.MEASURE, Sort.by("title"))
      .put(AggregateKind.MEETING, Sort.by("start"))
      .put(AggregateKind.CONFERENCE, Sort.by("start"))
      .put(AggregateKind.SITUATION_PICTURE, Sort.by("date"))
      .put(AggregateKind.PROBLEM, Sort.by("title"))
      .put(AggregateKind.INDICATOR, Sort.by("name"))
      .put(AggregateKind.COOPERATION_AGREEMENT, Sort.by("start"))
      .put(AggregateKind.ACTION_PLAN, Sort.by("title"))
      .build();

  /** Text order by Unicode code point; equal to byte order of UTF-8 and to SQL's binary ("C") collation. */
  public static final Comparator<String> CODE_POINT_ORDER = Sorting::compareCodePoints;

  private Sorting() {}

  /** The properties {@code kind} sorts by. */
  public static ImmutableSortedSet<String> properties(AggregateKind kind) {
    return ImmutableSortedSet.copyOf(KEYS.get(kind).keySet());
  }

  /** The default order of {@code kind}, without the id tie-breaker. */
  public static Sort defaultSort(AggregateKind kind) {
    return DEFAULTS.get(kind);
  }

  /**
   * The orders to apply for {@code sort}: the default order if unsorted, and the id appended as tie-breaker unless
   * it is already there.
   *
   * @throws ValidationException if a property is not one {@code kind} sorts by
   */
  public static ImmutableList<Sort.Order> effectiveOrders(AggregateKind kind, Sort sort) {
    Sort base = sort.isUnsorted() ? DEFAULTS.get(kind) : sort;
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

  /** The comparator for {@code sort} on {@code kind}, tie-broken by id. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T extends Aggregate<?, ?>> Comparator<T> comparator(AggregateKind kind, Sort sort) {
    Comparator<T> result = null;
    for (Sort.Order order : effectiveOrders(kind, sort)) {
      Function<Aggregate<?, ?>, Comparable<?>> key = KEYS.get(kind).get(order.property());
      Comparator<Comparable> values = (a, b) -> a instanceof String s ? compareCodePoints(s, (String) b)
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

  private static Map<AggregateKind, ImmutableMap<String, Function<Aggregate<?, ?>, Comparable<?>>>> keys() {
    ImmutableMap.Builder<AggregateKind, ImmutableMap<String, Function<Aggregate<?, ?>, Comparable<?>>>> all =
        ImmutableMap.builder();
    for (AggregateKind kind : AggregateKind.values()) {
      ImmutableMap.Builder<String, Function<Aggregate<?, ?>, Comparable<?>>> k = ImmutableMap.builder();
      k.put("id", a -> a.id().value());
      k.put("created", a -> a.revision().created().orElse(null));
      k.put("modified", a -> a.revision().modified().orElse(null));
      switch (kind) {
        case COUNCIL -> k.put("name", a -> ((Council) a).name());
        case ORGANISATION -> {
          k.put("name", a -> ((Organisation) a).name());
          k.put("kind", a -> ((Organisation) a).kind().name());
        }
        case PERSON -> {
          k.put("familyName", a -> ((Person) a).familyName());
          k.put("givenName", a -> ((Person) a).givenName());
        }
        case MEASURE -> {
          k.put("title", a -> ((Measure) a).title());
          k.put("status", a -> ((Measure) a).status().name());
          k.put("category", a -> ((Measure) a).category().name());
          k.put("start", a -> ((Measure) a).period().map(DateSpan::firstDay).orElse(null));
        }
        case MEETING -> k.put("start", a -> ((Meeting) a).start().toInstant());
        case CONFERENCE -> {
          k.put("start", a -> ((Conference) a).start());
          k.put("title", a -> ((Conference) a).title());
        }
        case SITUATION_PICTURE -> {
          k.put("date", a -> ((SituationPicture) a).date().orElse(null));
          k.put("title", a -> ((SituationPicture) a).title());
        }
        case PROBLEM -> {
          k.put("priority", a -> {
            java.util.OptionalInt p = ((Problem) a).priority();
            return p.isPresent() ? Integer.valueOf(p.getAsInt()) : null;
          });
          k.put("title", a -> ((Problem) a).title());
        }
        case INDICATOR -> k.put("name", a -> ((Indicator) a).name());
        case COOPERATION_AGREEMENT -> {
          k.put("start", a -> ((CooperationAgreement) a).period().firstDay());
          k.put("title", a -> ((CooperationAgreement) a).title());
        }
        case ACTION_PLAN -> {
          k.put("decided", a -> ((ActionPlan) a).decision().map(Decision::date).orElse(null));
          k.put("title", a -> ((ActionPlan) a).title());
        }
      }
      all.put(kind, k.build());
    }
    return all.build();
  }
}

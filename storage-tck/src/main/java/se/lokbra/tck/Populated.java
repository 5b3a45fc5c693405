package se.lokbra.tck;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Cardinality;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.model.Aggregate;

/**
 * Which fields of an entity are left unset, judged by its {@link AggregateType description} alone: a field is
 * unset if it is an empty optional or collection, an empty text, or equal to its {@link Field#defaultValue
 * default}. A composite value must have all its own fields set (recursively); of a collection of composite values,
 * at least one element must. This is how the TCK checks that its "rich" fixtures and its
 * {@link FullInstances generated instances} really set every field, so that a field added to a description without
 * test data makes a test fail instead of going untested.
 */
public final class Populated {
  private Populated() {}

  /**
   * The paths of the fields of {@code entity} that are unset, such as {@code targets} or
   * {@code contact.website}; empty if every field is set.
   */
  public static <T extends Aggregate<?, T>> ImmutableList<String> unsetFields(AggregateType<T, ?> type, T entity) {
    List<String> unset = new ArrayList<>();
    for (Field<T, ?> field : type.fields()) {
      check(field, entity, field.name(), unset);
    }
    return ImmutableList.copyOf(unset);
  }

  /** {@link #unsetFields} for an entity of any kind. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ImmutableList<String> unsetFields(Aggregate<?, ?> entity) {
    AggregateType type = entity.aggregateKind().descriptor();
    return unsetFields(type, (Aggregate) entity);
  }

  @SuppressWarnings("unchecked")
  private static void check(Field<?, ?> declared, Object owner, String path, List<String> unset) {
    Field<Object, ?> field = (Field<Object, ?>) declared;
    ImmutableCollection<?> values = field.values(owner);
    if (values.isEmpty()) {
      unset.add(path);
      return;
    }
    Object first = values.iterator().next();
    if (field.cardinality() == Cardinality.ONE && field.defaultValue().filter(first::equals).isPresent()) {
      unset.add(path + " (the default " + (first instanceof String ? "\"" + first + "\"" : first) + ")");
      return;
    }
    if (field.type() instanceof CompositeType<?> composite) {
      List<String> fewest = null;
      for (Object value : values) {
        List<String> inner = new ArrayList<>();
        for (Field<?, ?> sub : composite.fields()) {
          check(sub, value, path + "." + sub.name(), inner);
        }
        if (fewest == null || inner.size() < fewest.size()) {
          fewest = inner;
        }
      }
      unset.addAll(fewest);
    } else if (values.stream().anyMatch(v -> v instanceof String s && s.isEmpty())) {
      unset.add(path + " (empty text)");
    }
  }
}

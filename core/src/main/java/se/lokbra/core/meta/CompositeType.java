package se.lokbra.core.meta;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.LokbraException;
import se.lokbra.core.internal.Checks;

/**
 * A value made of fields of its own: a record such as a follow-up, a goal or a postal address. Its fields are the
 * record's components, in order; values are built through the record's canonical constructor, looked up once when
 * the type is built (no reflection per value).
 *
 * <p>A composite may hold a <em>part reference</em> ({@link #withPartReference}): a field naming an aggregate and a
 * second, optional text field naming one of that aggregate's {@link se.lokbra.core.model.Aggregate#parts parts}
 * (a measure's target: a problem and one of its causes). Such a value is one reference, to the part if it names
 * one.
 *
 * @param <V> the record
 */
public final class CompositeType<V> extends ValueType<V> {
  private final ImmutableList<Field<V, ?>> fields;
  private final ImmutableMap<String, Field<V, ?>> byName;
  private final MethodHandle constructor;
  private final @Nullable PartReference<V> partReference;
  private final boolean mayRefer;

  /** A part reference: the field that names the aggregate and the field that names the part. */
  record PartReference<V>(Field<V, ?> target, Field<V, String> part) {}

  private CompositeType(Class<V> record, ImmutableList<Field<V, ?>> fields, MethodHandle constructor,
      @Nullable PartReference<V> partReference) {
    super(record.getSimpleName(), record);
    this.fields = fields;
    this.byName = fields.stream().collect(ImmutableMap.toImmutableMap(Field::name, f -> f));
    this.constructor = constructor;
    this.partReference = partReference;
    this.mayRefer = partReference != null || fields.stream().anyMatch(f -> f.isReference()
        || (f.type() instanceof CompositeType<?> c && c.mayRefer()));
  }

  /**
   * The composite type of {@code record}, whose components must be exactly {@code fields}, in order.
   *
   * @throws IllegalStateException if the fields do not match the record's components
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <V extends Record> CompositeType<V> of(Class<V> record, Field<V, ?>... fields) {
    ImmutableList<Field<V, ?>> list = ImmutableList.copyOf(fields);
    return new CompositeType<>(record, list, constructor(record, List.of(), list), null);
  }

  /**
   * This type, whose values refer to a part of another aggregate: {@code target} names the aggregate (an id field)
   * and {@code part} the part's key (an optional text field).
   */
  @SuppressWarnings("unchecked")
  public CompositeType<V> withPartReference(String target, String part) {
    Field<V, ?> t = field(target);
    Field<V, ?> p = field(part);
    Checks.check(t.isReference() && t.cardinality() == Cardinality.ONE, target, t, "must be one id");
    Checks.check(p.type() == Types.TEXT && p.cardinality() == Cardinality.OPTIONAL, part, p,
        "must be an optional text");
    return new CompositeType<>(javaType(), fields, constructor, new PartReference<>(t, (Field<V, String>) p));
  }

  /** The fields, in the order of the record's components. */
  public ImmutableList<Field<V, ?>> fields() {
    return fields;
  }

  /**
   * The field called {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Field<V, ?> field(String name) {
    Field<V, ?> field = byName.get(name);
    if (field == null) {
      throw new IllegalArgumentException(javaType().getSimpleName() + " has no field " + name + " (fields: "
          + byName.keySet() + ")");
    }
    return field;
  }

  /** True if values of this type hold references (directly or in nested values). */
  public boolean mayRefer() {
    return mayRefer;
  }

  /** The part reference of this type's values, if they make one. */
  Optional<PartReference<V>> partReference() {
    return Optional.ofNullable(partReference);
  }

  /**
   * A value from its fields' values in field form, in field order (see {@link Field}); a {@code null} stands for a
   * required field that was left out, which the record refuses.
   *
   * @throws se.lokbra.core.ValidationException if the record refuses the values
   */
  public V construct(@Nullable Object... values) {
    return javaType().cast(invoke(constructor, fields, 0, values));
  }

  // ---------------------------------------------------------------- shared with AggregateType

  /**
   * The canonical constructor of {@code record}, spread over an {@code Object[]}, after checking that its
   * components are the {@code leading} types followed by the {@code fields}.
   */
  static MethodHandle constructor(Class<?> record, List<Class<?>> leading, List<? extends Field<?, ?>> fields) {
    RecordComponent[] components = record.getRecordComponents();
    if (components == null) {
      throw new IllegalStateException(record.getName() + " is not a record");
    }
    String declared = fields.stream().map(Field::name).toList().toString();
    if (components.length != leading.size() + fields.size()) {
      throw new IllegalStateException(record.getSimpleName() + " has components " + Arrays.stream(components)
          .map(RecordComponent::getName).toList() + " but its type declares " + leading.size() + " leading and "
          + declared);
    }
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (i < leading.size()) {
        check(record, components[i], leading.get(i));
        continue;
      }
      Field<?, ?> field = fields.get(i - leading.size());
      if (!components[i].getName().equals(field.name())) {
        throw new IllegalStateException(record.getSimpleName() + " component " + i + " is "
            + components[i].getName() + " but its type declares " + field.name() + " there (fields: " + declared
            + ")");
      }
      check(record, components[i], field.componentType());
    }
    try {
      MethodHandle handle = MethodHandles.publicLookup().findConstructor(record,
          MethodType.methodType(void.class, types));
      return handle.asSpreader(Object[].class, types.length).asType(
          MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no public canonical constructor in " + record.getName(), e);
    }
  }

  private static void check(Class<?> record, RecordComponent component, Class<?> expected) {
    Class<?> actual = component.getType();
    if (!(actual == expected || (actual.isPrimitive() && box(actual) == expected))) {
      throw new IllegalStateException(record.getSimpleName() + "." + component.getName() + " is a "
          + actual.getSimpleName() + " but its field is declared as " + expected.getSimpleName());
    }
  }

  private static Class<?> box(Class<?> primitive) {
    return MethodType.methodType(primitive).wrap().returnType();
  }

  /** Invokes a spread constructor with leading arguments already in place and field values converted. */
  static Object invoke(MethodHandle constructor, List<? extends Field<?, ?>> fields, int leading,
      @Nullable Object[] values) {
    if (values.length != leading + fields.size()) {
      throw new IllegalArgumentException("expected " + (leading + fields.size()) + " values, got " + values.length);
    }
    Object[] arguments = new Object[values.length];
    System.arraycopy(values, 0, arguments, 0, leading);
    for (int i = 0; i < fields.size(); i++) {
      arguments[leading + i] = fields.get(i).toComponent(values[leading + i]);
    }
    try {
      return constructor.invokeExact(arguments);
    } catch (LokbraException | IllegalArgumentException | IllegalStateException e) {
      throw e;
    } catch (Throwable e) {
      if (e instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("constructor failed", e);
    }
  }
}

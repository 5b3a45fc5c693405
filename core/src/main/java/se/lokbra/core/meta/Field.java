package se.lokbra.core.meta;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;

/**
 * One field of an aggregate or of a composite value: its name (the record component's), its {@link ValueType},
 * its {@link Cardinality} and the getter that reads it. Fields are declared once, next to their record, and every
 * backend derives its form of the field from the declaration (JSON key, SQL column or child table, schema entry,
 * reference check, fixture). A declaration is checked against the record's components when its type is built, so
 * a component without a field (or a field in the wrong place) fails at class initialisation.
 *
 * <p>Values pass through a field in <em>field form</em>: the value itself for {@link Cardinality#ONE}, an
 * {@link Optional} for {@link Cardinality#OPTIONAL}, an {@link ImmutableList} or {@link ImmutableSet} for the
 * collections. A field over an {@link OptionalInt} ({@link #optionalInt}) adapts it to {@code Optional<Integer>}.
 *
 * @param <T> the record that holds the field
 * @param <V> the type of one value
 */
public final class Field<T, V> {
  private final String name;
  private final ValueType<V> type;
  private final Cardinality cardinality;
  private final Function<? super T, ?> getter;
  private final @Nullable Function<Object, Object> toComponent;
  private final @Nullable V defaultValue;
  private final boolean omittedWhenDefault;
  private final boolean unique;

  private Field(String name, ValueType<V> type, Cardinality cardinality, Function<? super T, ?> getter,
      @Nullable Function<Object, Object> toComponent, @Nullable V defaultValue, boolean omittedWhenDefault, boolean unique) {
    this.name = Checks.name(name, "field.name");
    this.type = Checks.notNull(type, "field.type");
    this.cardinality = Checks.notNull(cardinality, "field.cardinality");
    this.getter = Checks.notNull(getter, "field.getter");
    this.toComponent = toComponent;
    this.defaultValue = defaultValue;
    this.omittedWhenDefault = omittedWhenDefault;
    this.unique = unique;
  }

  /** A field that always holds one value. */
  public static <T, V> Field<T, V> one(String name, Function<? super T, ? extends V> getter, ValueType<V> type) {
    return new Field<>(name, type, Cardinality.ONE, getter, null, null, false, false);
  }

  /** A field over an {@link Optional}. */
  public static <T, V> Field<T, V> optional(String name, Function<? super T, Optional<V>> getter,
      ValueType<V> type) {
    return new Field<>(name, type, Cardinality.OPTIONAL, getter, null, null, false, false);
  }

  /** A field over an {@link OptionalInt}, seen as an {@code Optional<Integer>} of type {@link Types#INTEGER}. */
  public static <T> Field<T, Integer> optionalInt(String name, Function<? super T, OptionalInt> getter) {
    Function<? super T, Optional<Integer>> adapted = owner -> {
      OptionalInt value = getter.apply(owner);
      return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    };
    return new Field<>(name, Types.INTEGER, Cardinality.OPTIONAL, adapted, value -> {
      Optional<?> optional = (Optional<?>) value;
      return optional.isPresent() ? OptionalInt.of((Integer) optional.get()) : OptionalInt.empty();
    }, null, false, false);
  }

  /** A field over an {@link ImmutableList}. */
  public static <T, V> Field<T, V> list(String name, Function<? super T, ImmutableList<V>> getter,
      ValueType<V> type) {
    return new Field<>(name, type, Cardinality.LIST, getter, null, null, false, false);
  }

  /** A field over an {@link ImmutableSet}. */
  public static <T, V> Field<T, V> set(String name, Function<? super T, ImmutableSet<V>> getter,
      ValueType<V> type) {
    return new Field<>(name, type, Cardinality.SET, getter, null, null, false, false);
  }

  /**
   * This field with a default value, which readers use when a stored entity leaves the field out (the value the
   * record's builder starts with). Only for {@link Cardinality#ONE}.
   */
  public Field<T, V> orDefault(V value) {
    Checks.check(cardinality == Cardinality.ONE, name, cardinality, "only a field of one value has a default");
    return new Field<>(name, type, cardinality, getter, toComponent, Checks.notNull(value, name), omittedWhenDefault,
        unique);
  }

  /** This field left out of written documents when it equals its {@link #orDefault default}. */
  public Field<T, V> omittedWhenDefault() {
    Checks.check(defaultValue != null, name, null, "needs a default before it can be omitted when default");
    return new Field<>(name, type, cardinality, getter, toComponent, defaultValue, true, unique);
  }

  /** This field unique among the live entities of its kind (when present). Only for scalar fields. */
  public Field<T, V> unique() {
    Checks.check(type instanceof ScalarType && !cardinality.isCollection(), name, type,
        "only a single scalar field can be unique");
    return new Field<>(name, type, cardinality, getter, toComponent, defaultValue, omittedWhenDefault, true);
  }

  public String name() {
    return name;
  }

  public ValueType<V> type() {
    return type;
  }

  public Cardinality cardinality() {
    return cardinality;
  }

  /** The value readers use when the field is left out, if any. */
  public Optional<V> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** True if writers leave the field out when it equals its default. */
  public boolean isOmittedWhenDefault() {
    return omittedWhenDefault;
  }

  /** True if the stores keep the field's value unique among the live entities of its kind. */
  public boolean isUnique() {
    return unique;
  }

  /**
   * True if stores can find entities by this field's value ({@code Repository.findBy}): a field of text, a code, an
   * id, an enum constant, an integer, a year or a date, single, optional or a collection. Decimals, instants,
   * date-times and composite values are not.
   */
  public boolean isQueryable() {
    return type instanceof ScalarType<V> s && switch (s.form()) {
      case TEXT, CODE, ID, ENUM, INTEGER, YEAR, DATE -> true;
      default -> false;
    };
  }

  /** True if this field holds ids of other aggregates. */
  public boolean isReference() {
    return type instanceof ScalarType<V> s && s.form() == ScalarType.Form.ID;
  }

  /** The field's value in field form (see the class comment). */
  public Object get(T owner) {
    return getter.apply(owner);
  }

  /** The single value of a {@link Cardinality#ONE} field. */
  public V one(T owner) {
    return type.cast(getter.apply(owner));
  }

  /** The value of an {@link Cardinality#OPTIONAL} field (also usable on a ONE field). */
  @SuppressWarnings("unchecked")
  public Optional<V> optional(T owner) {
    Object value = getter.apply(owner);
    return cardinality == Cardinality.ONE ? Optional.of(type.cast(value)) : (Optional<V>) value;
  }

  /** The values of the field as a collection: one, zero or one, or all of a list or set. */
  @SuppressWarnings("unchecked")
  public ImmutableCollection<V> values(T owner) {
    Object value = getter.apply(owner);
    return switch (cardinality) {
      case ONE -> ImmutableList.of(type.cast(value));
      case OPTIONAL -> ((Optional<V>) value).map(ImmutableList::of).orElse(ImmutableList.of());
      case LIST, SET -> (ImmutableCollection<V>) value;
    };
  }

  /**
   * The field's value in field form, built from values a reader collected: {@code values} must hold at most one
   * element unless the field is a collection. An empty {@code values} gives the empty optional or collection, or
   * the {@link #defaultValue default}, or {@code null} for a required field left out (the record then refuses it).
   */
  public @Nullable Object fromValues(Collection<? extends V> values) {
    return switch (cardinality) {
      case ONE -> values.isEmpty() ? defaultValue : values.iterator().next();
      case OPTIONAL -> values.isEmpty() ? Optional.empty() : Optional.of(values.iterator().next());
      case LIST -> ImmutableList.copyOf(values);
      case SET -> ImmutableSet.copyOf(values);
    };
  }

  /** The value a reader gives when the field is absent: empty, the default, or {@code null} if required. */
  public @Nullable Object absent() {
    return switch (cardinality) {
      case ONE -> defaultValue;
      case OPTIONAL -> Optional.empty();
      case LIST -> ImmutableList.of();
      case SET -> ImmutableSet.of();
    };
  }

  /** A value in field form as the record's component wants it (an {@code OptionalInt} for {@link #optionalInt}). */
  @Nullable Object toComponent(@Nullable Object fieldForm) {
    return fieldForm == null || toComponent == null ? fieldForm : toComponent.apply(fieldForm);
  }

  /** The Java type of the record component this field reads. */
  Class<?> componentType() {
    if (toComponent != null) {
      return OptionalInt.class;
    }
    return switch (cardinality) {
      case ONE -> type.javaType();
      case OPTIONAL -> Optional.class;
      case LIST -> ImmutableList.class;
      case SET -> ImmutableSet.class;
    };
  }

  @Override
  public String toString() {
    return name + ": " + cardinality.name().toLowerCase(java.util.Locale.ROOT) + " " + type;
  }
}

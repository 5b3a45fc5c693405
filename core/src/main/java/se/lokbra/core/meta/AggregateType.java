package se.lokbra.core.meta;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/**
 * The one description of an aggregate that every backend, codec, schema and test derives from: its names, its id
 * type, its fields in the order of the record's components (after {@code id} and {@code revision}), the
 * properties it sorts by, its default order, and which of its parts others may refer to. Declared once, as the
 * {@code TYPE} constant of the aggregate's record, and registered once in {@link AggregateKind}.
 *
 * <p>From the description follow: {@link #references} (every id held in any field, with its path such as
 * {@code followUps[0].meeting}), {@link #parts}, the {@link #uniqueFields unique fields} the stores enforce, the
 * {@link #sortKeys sort keys}, and construction through the canonical constructor ({@link #construct}), checked
 * against the record's components when the type is built.
 *
 * @param <T> the aggregate
 * @param <I> its id type
 */
public final class AggregateType<T extends Aggregate<I, T>, I extends EntityId> {
  private final Class<T> javaType;
  private final ScalarType<I> idType;
  private final String singular;
  private final String plural;
  private final ImmutableList<Field<T, ?>> fields;
  private final ImmutableMap<String, Field<T, ?>> byName;
  private final MethodHandle constructor;
  private final ImmutableMap<String, Function<? super T, @Nullable Comparable<?>>> sortKeys;
  private final Sort defaultSort;
  private final ImmutableSet<String> textSortKeys;
  private final @Nullable Field<T, ?> partsField;
  private final @Nullable Field<?, String> partKey;
  private final ImmutableList<Field<T, ?>> uniqueFields;
  private final Class<? extends Repository<T, I>> repositoryType;

  private AggregateType(Builder<T, I> b) {
    this.repositoryType = b.repositoryType;
    this.javaType = b.javaType;
    this.idType = b.idType;
    this.singular = b.singular;
    this.plural = b.plural;
    this.fields = ImmutableList.copyOf(b.fields);
    this.byName = fields.stream().collect(ImmutableMap.toImmutableMap(Field::name, f -> f));
    this.constructor = CompositeType.constructor(javaType, List.of(idType.javaType(), Revision.class), fields);
    ImmutableMap.Builder<String, Function<? super T, @Nullable Comparable<?>>> keys = ImmutableMap.builder();
    keys.put("id", t -> t.id().value());
    keys.put("created", t -> t.revision().created().orElse(null));
    keys.put("modified", t -> t.revision().modified().orElse(null));
    keys.putAll(b.sortKeys);
    this.sortKeys = keys.buildOrThrow();
    Checks.check(!b.defaultSort.isUnsorted(), "defaultSort", b.defaultSort, "must name a property");
    for (Sort.Order order : b.defaultSort.orders()) {
      Checks.check(sortKeys.containsKey(order.property()), "defaultSort", order.property(),
          "is not a sort property of %s", plural);
    }
    this.defaultSort = b.defaultSort;
    this.textSortKeys = ImmutableSet.copyOf(b.textSortKeys);
    this.partsField = b.partsField == null ? null : field(b.partsField);
    if (partsField != null) {
      Checks.check(partsField.type() instanceof CompositeType && partsField.cardinality().isCollection(),
          b.partsField, partsField, "parts must be a list or set of composite values");
      Field<?, ?> key = ((CompositeType<?>) partsField.type()).field(b.partKey);
      Checks.check(key.type() == Types.TEXT && key.cardinality() == Cardinality.ONE, b.partKey, key,
          "a part key must be one text");
      @SuppressWarnings("unchecked")
      Field<?, String> k = (Field<?, String>) key;
      this.partKey = k;
    } else {
      this.partKey = null;
    }
    this.uniqueFields = fields.stream().filter(Field::isUnique).collect(ImmutableList.toImmutableList());
  }

  /**
   * Starts the description of an aggregate.
   *
   * @param singular lower-case English name of one entity: {@code situation picture}
   * @param plural the name of the collection, words joined by {@code _}: {@code situation_pictures}
   */
  public static <T extends Aggregate<I, T>, I extends EntityId> Builder<T, I> builder(Class<T> javaType,
      ScalarType<I> idType, String singular, String plural) {
    return new Builder<>(javaType, idType, singular, plural);
  }

  /** Lower-case English name of one entity: {@code council}. */
  public String singular() {
    return singular;
  }

  /** Lower-case English name of the collection, words joined by {@code _}: {@code people}. */
  public String plural() {
    return plural;
  }

  public Class<T> javaType() {
    return javaType;
  }

  /**
   * The repository interface of this aggregate: {@link Repository} itself, or an interface extending it with the
   * aggregate's queries. A backend without an implementation of its own for the kind serves the queries that are
   * default methods (over {@link Repository#findBy}) generically; see {@code se.lokbra.core.spi.GenericRepositories}.
   */
  public Class<? extends Repository<T, I>> repositoryType() {
    return repositoryType;
  }

  public ScalarType<I> idType() {
    return idType;
  }

  /** The registered kind of this aggregate. */
  public AggregateKind kind() {
    return idType.target().orElseThrow();
  }

  /** The fields after {@code id} and {@code revision}, in the order of the record's components. */
  public ImmutableList<Field<T, ?>> fields() {
    return fields;
  }

  /**
   * The field called {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public Field<T, ?> field(String name) {
    Field<T, ?> field = byName.get(name);
    if (field == null) {
      throw new IllegalArgumentException(javaType.getSimpleName() + " has no field " + name + " (fields: "
          + byName.keySet() + ")");
    }
    return field;
  }

  /**
   * Parses an id of this kind.
   *
   * @throws se.lokbra.core.ValidationException if the text is not a valid id
   */
  public I id(String value) {
    return idType.parse(value);
  }

  /**
   * An entity from its id, revision and field values in field form and field order (see {@link Field}).
   *
   * @throws se.lokbra.core.ValidationException if the record refuses the values
   */
  public T construct(I id, Revision revision, @Nullable Object... values) {
    Object[] all = new Object[values.length + 2];
    all[0] = id;
    all[1] = revision;
    System.arraycopy(values, 0, all, 2, values.length);
    return javaType.cast(CompositeType.invoke(constructor, fields, 2, all));
  }

  /** The field values of {@code entity} in field form, in field order: what {@link #construct} takes. */
  public Object[] values(T entity) {
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = fields.get(i).get(entity);
    }
    return values;
  }

  /** Sort property to the key it sorts by ({@code null} for a missing value): {@code id}, {@code created}, …. */
  public ImmutableMap<String, Function<? super T, @Nullable Comparable<?>>> sortKeys() {
    return sortKeys;
  }

  /**
   * The sort properties over a text field (titles, names): those that compare in the {@link Sort.TextOrder} a sort
   * asks for, Swedish by default. The others (ids, codes, enums, dates, numbers) never depend on it.
   */
  public ImmutableSet<String> textSortKeys() {
    return textSortKeys;
  }

  /** The default order, without the id tie-breaker. */
  public Sort defaultSort() {
    return defaultSort;
  }

  /** The fields whose values the stores keep unique among the live entities of this kind. */
  public ImmutableList<Field<T, ?>> uniqueFields() {
    return uniqueFields;
  }

  /** The field holding the parts others may refer to, if this aggregate has parts. */
  public Optional<Field<T, ?>> partsField() {
    return Optional.ofNullable(partsField);
  }

  /** The field of a part that holds its key, if this aggregate has parts. */
  public Optional<Field<?, String>> partKey() {
    return Optional.ofNullable(partKey);
  }

  /** The keys of {@code entity}'s parts (see {@link Aggregate#parts}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ImmutableSet<String> parts(T entity) {
    if (partsField == null) {
      return ImmutableSet.of();
    }
    Field key = partKey;
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    for (Object part : partsField.values(entity)) {
      keys.add((String) key.one(part));
    }
    return keys.build();
  }

  /**
   * Every reference {@code entity} holds, in field order, each with the path of the field that holds it:
   * {@code council}, {@code responsibleOrganisations[0]}, {@code followUps[2].meeting}. A composite value with a
   * part reference is one reference, at the value's own path.
   */
  public ImmutableList<Reference> references(T entity) {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    for (Field<T, ?> field : fields) {
      collect(field, entity, field.name(), refs);
    }
    return refs.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void collect(Field field, Object owner, String path, ImmutableList.Builder<Reference> refs) {
    boolean reference = field.isReference();
    CompositeType<?> composite = field.type() instanceof CompositeType<?> c ? c : null;
    if (!reference && (composite == null || !composite.mayRefer())) {
      return;
    }
    int index = 0;
    for (Object value : field.values(owner)) {
      String at = field.cardinality().isCollection() ? path + "[" + index++ + "]" : path;
      if (reference) {
        refs.add(Reference.of(at, (EntityId) value));
      } else {
        collectComposite(composite, value, at, refs);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void collectComposite(CompositeType type, Object value, String path,
      ImmutableList.Builder<Reference> refs) {
    Optional<CompositeType.PartReference<?>> partReference = type.partReference();
    Field target = partReference.map(CompositeType.PartReference::target).orElse(null);
    Field part = partReference.map(CompositeType.PartReference::part).orElse(null);
    if (target != null) {
      EntityId id = (EntityId) target.one(value);
      Optional<String> key = part.optional(value);
      refs.add(key.map(k -> Reference.toPart(path, id, k)).orElseGet(() -> Reference.of(path, id)));
    }
    for (Object f : type.fields()) {
      if (f != target && f != part) {
        collect((Field) f, value, path + "." + ((Field) f).name(), refs);
      }
    }
  }

  @Override
  public String toString() {
    return singular;
  }

  /** Builds an {@link AggregateType}; see {@link AggregateType#builder}. */
  public static final class Builder<T extends Aggregate<I, T>, I extends EntityId> {
    private final Class<T> javaType;
    private final ScalarType<I> idType;
    private final String singular;
    private final String plural;
    private final List<Field<T, ?>> fields = new ArrayList<>();
    private final Map<String, Function<? super T, @Nullable Comparable<?>>> sortKeys = new LinkedHashMap<>();
    private Sort defaultSort = Sort.unsorted();
    private final List<String> textSortKeys = new ArrayList<>();
    private @Nullable String partsField;
    private String partKey = "";
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Class<? extends Repository<T, I>> repositoryType = (Class) Repository.class;

    private Builder(Class<T> javaType, ScalarType<I> idType, String singular, String plural) {
      this.javaType = Checks.notNull(javaType, "javaType");
      this.idType = Checks.notNull(idType, "idType");
      this.singular = Checks.name(singular, "singular");
      this.plural = Checks.name(plural, "plural");
    }

    /** The next field, in the order of the record's components. */
    public Builder<T, I> field(Field<T, ?> field) {
      fields.add(Checks.notNull(field, "field"));
      return this;
    }

    /**
     * A sort property over a field already declared (one or optional scalar): its value, an enum by its name, a
     * missing one as {@code null}. A {@link Types#TEXT text} field is one of the {@link #textSortKeys}.
     */
    public Builder<T, I> sortBy(String fieldName) {
      Field<T, ?> field = fields.stream().filter(f -> f.name().equals(fieldName)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(javaType.getSimpleName() + " has no field " + fieldName));
      Checks.check(field.type() instanceof ScalarType && !field.cardinality().isCollection(), fieldName, field,
          "only a single scalar field sorts");
      if (field.type() == Types.TEXT) {
        textSortKeys.add(fieldName);
      }
      return sortBy(fieldName, t -> sortValue(field.optional(t).orElse(null)));
    }

    /** A sort property computed from the entity ({@code null} for a missing value). */
    public Builder<T, I> sortBy(String property, Function<? super T, @Nullable Comparable<?>> key) {
      Checks.check(sortKeys.put(Checks.name(property, "property"), Checks.notNull(key, "key")) == null, property,
          property, "is declared twice");
      return this;
    }

    /** The default order: these properties ascending. */
    public Builder<T, I> defaultSort(String... properties) {
      this.defaultSort = Sort.by(properties);
      return this;
    }

    /**
     * The aggregate's repository interface (default {@link Repository}): an interface extending
     * {@code Repository<T, I>}, whose own queries backends implement, or serve generically where they are default
     * methods.
     */
    public Builder<T, I> repository(Class<? extends Repository<T, I>> repositoryType) {
      Checks.check(repositoryType.isInterface() && Repository.class.isAssignableFrom(repositoryType),
          "repositoryType", repositoryType.getName(), "must be an interface extending Repository");
      this.repositoryType = repositoryType;
      return this;
    }

    /** The parts others may refer to: the elements of {@code field}, each named by its text field {@code key}. */
    public Builder<T, I> parts(String field, String key) {
      this.partsField = Checks.name(field, "parts");
      this.partKey = Checks.name(key, "key");
      return this;
    }

    /**
     * The type.
     *
     * @throws IllegalStateException if the fields do not match the record's components
     */
    public AggregateType<T, I> build() {
      return new AggregateType<>(this);
    }

    private static @Nullable Comparable<?> sortValue(@Nullable Object value) {
      return value instanceof Enum<?> e ? e.name() : (Comparable<?>) value;
    }
  }
}

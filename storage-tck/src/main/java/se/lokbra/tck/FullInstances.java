package se.lokbra.tck;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.model.CaseNumber;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Decision;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.Repositories;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Cardinality;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import se.lokbra.core.meta.ValueType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EmailAddress;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.PhoneNumber;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.PostalAddress;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.repository.Repository;

/**
 * Fully populated entities of every kind, generated from the {@link AggregateType descriptions} alone: every
 * optional field present, every collection with two elements, every composite value with all its fields set, enum
 * constants varied (and never a field's default), texts full of characters that trip up storage. References point
 * at entities of the same set ({@value #PER_KIND} of each kind, none referring to itself), so the set is
 * referentially complete and {@link #saveInto} can store it whole. A field added to a description is generated
 * with no further edit, so a backend that drops it fails the round trip of the contract suite
 * ({@code RepositoryContract.aGeneratedFullyPopulatedEntityRoundTrips}).
 *
 * <p>The generator knows the domain's rules only where a description cannot say them: the patterns of a few text
 * fields of shared value objects and parts ({@link #PATTERNED_TEXT}) and the value objects' own formats
 * ({@link #scalar}). A new scalar type without a rule here fails generation with a message naming it.
 */
public final class FullInstances {
  /** How many entities of each kind the set holds. */
  public static final int PER_KIND = 3;

  /** Single-line text with non-ASCII letters, an emoji, a tab, quotes, backslashes, SQL, JSON and HTML syntax. */
  public static final String TRICKY_TEXT = "Åsa Öberg-Ärlig é ß 🚓\t'; DROP TABLE x; -- \"q\" \\ {\"a\":[1]} <b>&amp;";

  /**
   * Text fields of shared values and parts whose records require a pattern: record class and component name to
   * the text for the n-th generated value.
   */
  private static final ImmutableMap<String, IntFunction<String>> PATTERNED_TEXT = ImmutableMap.of(
      key(Identifier.class, "scheme"), n -> "scheme-" + n,
      key(PoliticalParty.class, "abbreviation"), n -> "Å&Ö-" + n,
      key(PostalAddress.class, "countryCode"), n -> "SE",
      key(PostalAddress.class, "postalCode"), n -> "691 " + (10 + n % 90),
      key(Cause.class, "key"), n -> "cause-" + n,
      key(Decision.class, "paragraph"), n -> "§ " + (1 + n % 999));

  /**
   * Fields whose value must fit others of the same entity, so that the generated entity is valid: record class and
   * component name to the value (field form) for the n-th generated entity. A coordination function's period holds
   * its holders' periods: it starts before and ends after any generated day.
   */
  private static final ImmutableMap<String, IntFunction<Object>> FITTED = ImmutableMap.of(
      key(CoordinationFunction.class, "period"), n -> Optional.of(DateSpan.of(PartialDate.ofYear(2000), PartialDate.ofYear(2099))));

  private static final ImmutableList<String> MUNICIPALITIES = ImmutableList.of("1883", "1862", "1880", "0180",
      "1480", "2580", "0114");
  private static final ImmutableList<ZoneId> ZONES = ImmutableList.of(ZoneId.of("Europe/Stockholm"),
      ZoneId.of("America/New_York"), ZoneId.of("UTC"));

  private final Map<AggregateKind, List<@Nullable Aggregate<?, ?>>> generated = new EnumMap<>(AggregateKind.class);
  private final Set<EntityId> inProgress = new HashSet<>();
  private int counter;
  private final ImmutableMap<AggregateKind, ImmutableList<Aggregate<?, ?>>> byKind;

  private FullInstances() {
    for (AggregateKind kind : AggregateKind.values()) {
      generated.put(kind, new ArrayList<>(java.util.Collections.nCopies(PER_KIND, null)));
    }
    ImmutableMap.Builder<AggregateKind, ImmutableList<Aggregate<?, ?>>> all = ImmutableMap.builder();
    for (AggregateKind kind : AggregateKind.values()) {
      ImmutableList.Builder<Aggregate<?, ?>> entities = ImmutableList.builder();
      for (int i = 0; i < PER_KIND; i++) {
        entities.add(instance(kind, i));
      }
      all.put(kind, entities.build());
    }
    this.byKind = all.buildOrThrow();
  }

  /** The set; the same on every call. */
  public static FullInstances generate() {
    return new FullInstances();
  }

  /** The generated entities of one kind, unsaved ({@link Revision#NEW}). */
  @SuppressWarnings("unchecked")
  public <T extends Aggregate<I, T>, I extends EntityId> ImmutableList<T> of(AggregateType<T, I> type) {
    return (ImmutableList<T>) byKind.get(type.kind());
  }

  /** Every generated entity, kind by kind in the order of {@link AggregateKind}. */
  public ImmutableList<Aggregate<?, ?>> all() {
    return byKind.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  /**
   * Saves the whole set through {@code repositories} (give it a transaction's, so that it commits together): in an
   * order where required references point back, each entity first without the references to entities not yet
   * saved (the set has cycles: a measure is followed up at a meeting whose agenda names the measure), then again
   * in full. Returns the stored entities by id, each as a later read must give it.
   */
  public ImmutableMap<EntityId, Aggregate<?, ?>> saveInto(Repositories repositories) {
    Map<EntityId, Aggregate<?, ?>> saved = new LinkedHashMap<>();
    List<Aggregate<?, ?>> incomplete = new ArrayList<>();
    for (AggregateKind kind : saveOrder()) {
      for (Aggregate<?, ?> entity : byKind.get(kind)) {
        Aggregate<?, ?> partial = withoutReferencesTo(entity, ref -> !exists(saved, ref));
        saved.put(entity.id(), save(repositories, partial));
        if (!partial.equals(entity)) {
          incomplete.add(entity);
        }
      }
    }
    for (Aggregate<?, ?> entity : incomplete) {
      saved.put(entity.id(), save(repositories, withRevision(entity, saved.get(entity.id()).revision())));
    }
    return ImmutableMap.copyOf(saved);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Aggregate<?, ?> save(Repositories repositories, Aggregate<?, ?> entity) {
    Repository repository = repositories.repository(entity.aggregateKind());
    return (Aggregate<?, ?>) repository.save(entity);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Aggregate<?, ?> withRevision(Aggregate<?, ?> entity, Revision revision) {
    return (Aggregate<?, ?>) ((Aggregate) entity).withRevision(revision);
  }

  private static boolean exists(Map<EntityId, Aggregate<?, ?>> saved, Reference ref) {
    Aggregate<?, ?> target = saved.get(ref.target());
    return target != null && ref.part().map(target.parts()::contains).orElse(true);
  }

  /**
   * The kinds in an order that saves targets of required references first, and otherwise every referenced kind
   * first where the references allow (kinds in a cycle in the order of {@link AggregateKind}).
   */
  private static List<AggregateKind> saveOrder() {
    List<AggregateKind> order = new ArrayList<>();
    List<AggregateKind> left = new ArrayList<>(Arrays.asList(AggregateKind.values()));
    while (!left.isEmpty()) {
      AggregateKind next = left.stream().filter(k -> order.containsAll(referencedKinds(k, false, k))).findFirst()
          .or(() -> left.stream().filter(k -> order.containsAll(referencedKinds(k, true, k))).findFirst())
          .orElseThrow(() -> new IllegalStateException("required references form a cycle among " + left));
      order.add(next);
      left.remove(next);
    }
    return order;
  }

  /** The kinds {@code kind} refers to (other than itself): only through required fields, or through any. */
  private static Set<AggregateKind> referencedKinds(AggregateKind kind, boolean requiredOnly, AggregateKind self) {
    Set<AggregateKind> kinds = new HashSet<>();
    collectKinds(kind.descriptor().fields(), requiredOnly, kinds);
    kinds.remove(self);
    return kinds;
  }

  private static void collectKinds(List<? extends Field<?, ?>> fields, boolean requiredOnly,
      Set<AggregateKind> kinds) {
    for (Field<?, ?> field : fields) {
      if (requiredOnly && field.cardinality() != Cardinality.ONE) {
        continue;
      }
      if (field.type() instanceof ScalarType<?> scalar) {
        scalar.target().ifPresent(kinds::add);
      } else if (field.type() instanceof CompositeType<?> composite) {
        collectKinds(composite.fields(), requiredOnly, kinds);
      }
    }
  }

  /**
   * The names of the fields (and {@code revision}) in which {@code actual} differs from {@code expected}, two
   * entities of the same kind: what a failed round trip names, so that a dropped field is named in the failure.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ImmutableList<String> differingFields(Aggregate<?, ?> expected, Aggregate<?, ?> actual) {
    if (expected.aggregateKind() != actual.aggregateKind()) {
      return ImmutableList.of("kind: " + expected.aggregateKind() + " vs " + actual.aggregateKind());
    }
    ImmutableList.Builder<String> differing = ImmutableList.builder();
    if (!expected.revision().equals(actual.revision())) {
      differing.add("revision: expected " + expected.revision() + " but was " + actual.revision());
    }
    AggregateType type = expected.aggregateKind().descriptor();
    for (Object f : type.fields()) {
      Field<Object, ?> field = (Field<Object, ?>) f;
      Object want = field.get(expected);
      Object got = field.get(actual);
      if (!want.equals(got)) {
        differing.add(field.name() + ": expected " + want + " but was " + got);
      }
    }
    return differing.build();
  }

  // ---------------------------------------------------------------- dropping references

  /** {@code entity} without the references {@code missing} accepts (optional ones emptied, elements dropped). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Aggregate<?, ?> withoutReferencesTo(Aggregate<?, ?> entity, Predicate<Reference> missing) {
    AggregateType type = entity.aggregateKind().descriptor();
    List<Field<?, ?>> fields = type.fields();
    Object[] values = type.values((Aggregate) entity);
    for (int i = 0; i < values.length; i++) {
      values[i] = strip(fields.get(i), values[i], missing);
    }
    return (Aggregate<?, ?>) type.construct(entity.id(), entity.revision(), values);
  }

  /** A field's value (field form) without the missing references; {@code null} if a required one is missing. */
  private static @Nullable Object strip(Field<?, ?> field, Object fieldForm,
      Predicate<Reference> missing) {
    boolean reference = field.isReference();
    if (!reference && !(field.type() instanceof CompositeType<?> c && c.mayRefer())) {
      return fieldForm;
    }
    List<Object> kept = new ArrayList<>();
    for (Object value : values(field, fieldForm)) {
      Object stripped = reference
          ? (missing.test(Reference.of(field.name(), (EntityId) value)) ? null : value)
          : stripComposite((CompositeType<?>) field.type(), value, missing);
      if (stripped != null) {
        kept.add(stripped);
      }
    }
    if (field.cardinality() == Cardinality.ONE && kept.isEmpty()) {
      return null;
    }
    return fromValues(field, kept);
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object stripComposite(CompositeType<?> type, Object value,
      Predicate<Reference> missing) {
    Optional<? extends CompositeType.PartReference<?>> partReference = type.partReference();
    Field<Object, ?> target = partReference.map(p -> (Field<Object, ?>) p.target()).orElse(null);
    Field<Object, String> part = partReference.map(p -> (Field<Object, String>) p.part()).orElse(null);
    if (target != null && part != null) {
      EntityId id = (EntityId) target.one(value);
      Reference ref = part.optional(value).map(k -> Reference.toPart(target.name(), id, k))
          .orElseGet(() -> Reference.of(target.name(), id));
      if (missing.test(ref)) {
        return null;
      }
    }
    List<Field<?, ?>> fields = (List<Field<?, ?>>) (List<?>) type.fields();
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      Field<Object, ?> field = (Field<Object, ?>) fields.get(i);
      Object fieldForm = field.get(value);
      values[i] = field == target || field == part ? fieldForm : strip(field, fieldForm, missing);
      if (values[i] == null) {
        return null;
      }
    }
    return type.construct(values);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> values(Field<?, ?> field, Object fieldForm) {
    return switch (field.cardinality()) {
      case ONE -> List.of(fieldForm);
      case OPTIONAL -> ((Optional<Object>) fieldForm).map(List::of).orElse(List.of());
      case LIST, SET -> List.copyOf((java.util.Collection<Object>) fieldForm);
    };
  }

  private static Object fromValues(Field<?, ?> field, List<Object> values) {
    return switch (field.cardinality()) {
      case ONE -> values.get(0);
      case OPTIONAL -> values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
      case LIST -> ImmutableList.copyOf(values);
      case SET -> ImmutableSet.copyOf(values);
    };
  }

  // ---------------------------------------------------------------- generating

  private static EntityId idOf(AggregateKind kind, int index) {
    return kind.id("full-" + kind.singular().replace(' ', '-') + "-" + index);
  }

  private Aggregate<?, ?> instance(AggregateKind kind, int index) {
    Aggregate<?, ?> existing = generated.get(kind).get(index);
    if (existing != null) {
      return existing;
    }
    EntityId id = idOf(kind, index);
    if (!inProgress.add(id)) {
      throw new IllegalStateException("part references form a cycle through " + id);
    }
    AggregateType<?, ?> type = kind.descriptor();
    Object[] values = new Object[type.fields().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = field(type.fields().get(i), new Slot(kind, index, 0), type.javaType());
    }
    Aggregate<?, ?> entity = construct(type, id, values);
    inProgress.remove(id);
    generated.get(kind).set(index, entity);
    return entity;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Aggregate<?, ?> construct(AggregateType type, EntityId id, Object[] values) {
    return (Aggregate<?, ?>) type.construct(id, Revision.NEW, values);
  }

  /** Where a value is generated: in which entity, and in which element of the enclosing collection. */
  private record Slot(AggregateKind kind, int index, int element) {
    Slot at(int element) {
      return new Slot(kind, index, this.element + element);
    }
  }

  /** A field's value in field form: one value, a present optional, or two distinct elements. */
  private Object field(Field<?, ?> field, Slot slot, Class<?> owner) {
    IntFunction<Object> fitted = FITTED.get(key(owner, field.name()));
    if (fitted != null) {
      return fitted.apply(slot.index());
    }
    return switch (field.cardinality()) {
      case ONE -> avoidingDefault(field, slot, owner);
      case OPTIONAL -> Optional.of(value(field, slot, owner));
      case LIST -> ImmutableList.of(value(field, slot.at(0), owner), value(field, slot.at(1), owner));
      case SET -> {
        ImmutableSet<Object> set = ImmutableSet.of(value(field, slot.at(0), owner), value(field, slot.at(1), owner));
        if (set.size() != 2) {
          throw new IllegalStateException("generated the same value twice for the set " + owner.getSimpleName()
              + "." + field.name() + ": " + set);
        }
        yield set;
      }
    };
  }

  private Object avoidingDefault(Field<?, ?> field, Slot slot, Class<?> owner) {
    Object value = value(field, slot, owner);
    for (int attempt = 0; attempt < 3 && field.defaultValue().filter(value::equals).isPresent(); attempt++) {
      value = value(field, slot, owner);
    }
    return value;
  }

  private Object value(Field<?, ?> field, Slot slot, Class<?> owner) {
    ValueType<?> type = field.type();
    if (type instanceof CompositeType<?> composite) {
      return composite(composite, slot);
    }
    ScalarType<?> scalar = (ScalarType<?>) type;
    Optional<AggregateKind> target = scalar.target();
    if (target.isPresent()) {
      return reference(target.get(), slot);
    }
    int n = counter++;
    IntFunction<String> patterned = PATTERNED_TEXT.get(key(owner, field.name()));
    if (patterned != null) {
      return patterned.apply(n);
    }
    return scalar(scalar, n);
  }

  /** The id of an entity of {@code kind} in the set: never the entity itself, different per element. */
  private static EntityId reference(AggregateKind kind, Slot slot) {
    int index = (slot.index() + 1 + slot.element()) % PER_KIND;
    if (kind == slot.kind() && index == slot.index()) {
      index = (index + 1) % PER_KIND;
    }
    return idOf(kind, index);
  }

  private Object composite(CompositeType<?> type, Slot slot) {
    List<? extends Field<?, ?>> fields = type.fields();
    Optional<? extends CompositeType.PartReference<?>> partReference = type.partReference();
    Object[] values = new Object[fields.size()];
    EntityId target = null;
    for (int i = 0; i < values.length; i++) {
      Field<?, ?> field = fields.get(i);
      if (partReference.isPresent() && field == partReference.get().part()) {
        EntityId of = java.util.Objects.requireNonNull(target, "the target field precedes the part field");
        values[i] = Optional.of(partKey(of, slot));
        continue;
      }
      values[i] = field(field, slot, type.javaType());
      if (partReference.isPresent() && field == partReference.get().target()) {
        target = (EntityId) values[i];
      }
    }
    return type.construct(values);
  }

  /** A key of one of the parts of the (generated) entity {@code target}. */
  private String partKey(EntityId target, Slot slot) {
    AggregateKind kind = target.kind();
    int index = 0;
    while (!idOf(kind, index).equals(target)) {
      index++;
    }
    List<String> keys = List.copyOf(instance(kind, index).parts());
    if (keys.isEmpty()) {
      throw new IllegalStateException("the generated " + target + " has no parts to refer to");
    }
    return keys.get(slot.element() % keys.size());
  }

  /** The n-th generated value of a scalar type: dates and times grow with n, so spans and series are in order. */
  private static Object scalar(ScalarType<?> type, int n) {
    LocalDate day = LocalDate.of(2001, 1, 1).plusDays(17L * n);
    if (type == Types.URL) {
      return URI.create("https://exempel.se/sida-" + n + "?a=1&b=%C3%A5#del");
    } else if (type == Types.MUNICIPALITY_CODE) {
      return MunicipalityCode.of(MUNICIPALITIES.get(n % MUNICIPALITIES.size()));
    } else if (type == Types.ORGANISATION_NUMBER) {
      return organisationNumber(n);
    } else if (type == Types.MANDATE_PERIOD) {
      return MandatePeriod.parse((2002 + 4 * (n % 10)) + "-" + (2005 + 4 * (n % 10)));
    } else if (type == Types.PARTIAL_DATE) {
      return switch (n % 3) {
        case 0 -> PartialDate.ofYear(day.getYear());
        case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
        default -> PartialDate.of(day);
      };
    } else if (type == Types.EMAIL_ADDRESS) {
      return EmailAddress.of("åsa.öberg+" + n + "@exempel.se");
    } else if (type == Types.CASE_NUMBER) {
      return CaseNumber.of("KS " + (2001 + n % 25) + "/" + (100 + n));
    } else if (type == Types.PHONE_NUMBER) {
      return PhoneNumber.of("+46 (0)586-61 0" + n % 10);
    }
    boolean text = type.form() == ScalarType.Form.TEXT || type.form() == ScalarType.Form.CODE;
    if (text && type.javaType() != String.class) {
      throw new IllegalStateException("FullInstances cannot generate a " + type + " (a "
          + type.javaType().getSimpleName() + " in text form): add a rule for it to FullInstances.scalar");
    }
    return switch (type.form()) {
      case TEXT -> TRICKY_TEXT + " #" + n;
      case CODE -> "kod-" + n;
      case INTEGER -> 1 + n % 100; // within every integer field's range (a share in percent too)
      case DECIMAL -> new BigDecimal("1234.5678").add(BigDecimal.valueOf(n));
      case YEAR -> Year.of(1990 + n % 30);
      case DATE -> day;
      case INSTANT -> Instant.parse("2020-01-01T00:00:00.123456Z").plusSeconds(3607L * n);
      case ZONED_DATE_TIME -> ZonedDateTime.ofInstant(Instant.parse("2019-03-28T12:30:15Z").plusSeconds(3600L * n),
          ZONES.get(n % ZONES.size()));
      case ENUM -> {
        Object[] constants = type.constants().orElseThrow();
        yield constants[n % constants.length];
      }
      case ID -> throw new IllegalStateException("ids are generated as references");
    };
  }

  /**
   * A valid organisation number (first digit 5, month digits 56), different for each n: the one check digit that
   * {@link OrganisationNumber} accepts.
   */
  private static OrganisationNumber organisationNumber(int n) {
    String digits = String.format(java.util.Locale.ROOT, "556%06d", n % 1_000_000);
    for (int check = 0; check <= 9; check++) {
      try {
        return new OrganisationNumber(digits.substring(0, 6) + "-" + digits.substring(6) + check);
      } catch (se.lokbra.core.ValidationException wrongCheckDigit) {
        // the Luhn check digit is another one
      }
    }
    throw new IllegalStateException("no check digit makes " + digits + " an organisation number");
  }

  private static String key(Class<?> record, String component) {
    return record.getName() + "." + component;
  }
}

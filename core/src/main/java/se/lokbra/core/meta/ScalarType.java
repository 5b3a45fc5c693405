package se.lokbra.core.meta;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.EntityId;

/**
 * A value with one canonical text form ({@link #format}, {@link #parse}) and a {@link Form} that tells a backend
 * which native representation suits it (a JSON number, a SQL {@code DATE} column…). Ids are scalars of form
 * {@link Form#ID} and know the kind of aggregate they point to, which makes a field holding one a reference.
 *
 * @param <V> the Java type of the value
 */
public final class ScalarType<V> extends ValueType<V> {
  /** The native representation a backend picks for a scalar. */
  public enum Form {
    /** Free text. */
    TEXT,
    /**
     * A code from a small set that many entities repeat (a municipality code, a unit): text that readers may
     * intern.
     */
    CODE,
    /** The id of an aggregate: a reference to it. */
    ID,
    /** A constant of a Java enum, stored by its name. */
    ENUM,
    /** A 32-bit integer. */
    INTEGER,
    /** An exact decimal ({@link java.math.BigDecimal}), keeping its digits. */
    DECIMAL,
    /** A calendar year ({@link java.time.Year}), stored as an integer. */
    YEAR,
    /** A {@link java.time.LocalDate}. */
    DATE,
    /** An {@link java.time.Instant}, to the microsecond. */
    INSTANT,
    /** A {@link java.time.ZonedDateTime} with its zone. */
    ZONED_DATE_TIME
  }

  private final Form form;
  private final Function<? super V, String> format;
  private final Function<String, ? extends V> parse;
  private final @Nullable Supplier<AggregateKind> target;

  private ScalarType(String name, Class<V> javaType, Form form, Function<? super V, String> format,
      Function<String, ? extends V> parse, @Nullable Supplier<AggregateKind> target) {
    super(name, javaType);
    this.form = Checks.notNull(form, "form");
    this.format = Checks.notNull(format, "format");
    this.parse = Checks.notNull(parse, "parse");
    this.target = target;
  }

  /**
   * A scalar of the given form.
   *
   * @param format the canonical text form of a value
   * @param parse the inverse of {@code format}; throws {@link se.lokbra.core.ValidationException} for bad text
   */
  public static <V> ScalarType<V> of(String name, Class<V> javaType, Form form, Function<? super V, String> format,
      Function<String, ? extends V> parse) {
    Checks.check(form != Form.ID && form != Form.ENUM, "form", form, "use ScalarType.id or ScalarType.enumType");
    return new ScalarType<>(name, javaType, form, format, parse, null);
  }

  /**
   * The id type of an aggregate. {@code kind} is asked lazily (ids and kinds refer to each other during class
   * initialisation).
   */
  public static <I extends EntityId> ScalarType<I> id(Class<I> javaType, Function<String, I> parse,
      Supplier<AggregateKind> kind) {
    return new ScalarType<>(javaType.getSimpleName(), javaType, Form.ID, EntityId::value, parse,
        Checks.notNull(kind, "kind"));
  }

  /** The constants of {@code type}, by name. */
  public static <E extends Enum<E>> ScalarType<E> enumType(Class<E> type) {
    return new ScalarType<>(type.getSimpleName(), type, Form.ENUM, Enum::name, text -> parseEnum(type, text), null);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new se.lokbra.core.ValidationException(type.getSimpleName(), text, "must be one of "
        + java.util.Arrays.toString(type.getEnumConstants()));
  }

  public Form form() {
    return form;
  }

  /** The canonical text form of {@code value}. */
  public String format(V value) {
    return format.apply(value);
  }

  /**
   * The value of {@code text}.
   *
   * @throws se.lokbra.core.ValidationException if the text is not a value of this type
   */
  public V parse(String text) {
    return parse.apply(text);
  }

  /** For an id type, the kind of aggregate it names; empty for every other scalar. */
  public Optional<AggregateKind> target() {
    return target == null ? Optional.empty() : Optional.of(target.get());
  }

  /** For an enum type, its constants; empty for every other scalar. */
  public Optional<V[]> constants() {
    return form == Form.ENUM ? Optional.of(javaType().getEnumConstants()) : Optional.empty();
  }
}

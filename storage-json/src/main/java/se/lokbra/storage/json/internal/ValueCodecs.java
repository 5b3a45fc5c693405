package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import se.lokbra.core.meta.ValueType;
import se.lokbra.core.model.Revision;

/**
 * The JSON form of lokbra's values, derived from their {@link ValueType}. A scalar's form follows from its
 * {@link ScalarType.Form}: text, codes, ids, enum constants (by name), dates, zoned date-times and instants (always
 * with six fractional digits) are strings in their canonical text form; integers and years are JSON numbers; an
 * exact decimal is a JSON number in plain notation ({@code 1000}, never {@code 1E+3}) with the digits it keeps.
 * Codes and ids are {@link JsonInput#shared shared} when read, since many entities repeat them. A composite value
 * is an object whose keys are its fields' names, in field order (see {@link ObjectFields}).
 *
 * <p>A codec is built once per type (and per field for years, whose error names the field) when the codecs of the
 * aggregates are built; nothing is looked up per value.
 */
public final class ValueCodecs {
  /** Instants always with six fractional digits, so that a timestamp has one spelling and a fixed width. */
  static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(6).toFormatter(Locale.ROOT);

  private static final Map<ValueType<?>, Codec<?>> CODECS = new IdentityHashMap<>();

  private ValueCodecs() {}

  /** The codec of {@code type}, built on first use. */
  @SuppressWarnings("unchecked")
  public static synchronized <V> Codec<V> of(ValueType<V> type) {
    Codec<V> codec = (Codec<V>) CODECS.get(type);
    if (codec == null) {
      codec = type instanceof CompositeType<V> composite ? new CompositeCodec<>(composite)
          : scalar((ScalarType<V>) type, type.name());
      CODECS.put(type, codec);
    }
    return codec;
  }

  /** The codec of a field's values; a year's errors name the field. */
  static <V> Codec<V> forField(ValueType<V> type, String field) {
    return type instanceof ScalarType<V> s && s.form() == ScalarType.Form.YEAR ? scalar(s, field) : of(type);
  }

  static final Codec<Instant> INSTANT_CODEC =
      Codec.of((out, i) -> out.writeString(INSTANT.format(i)), JsonInput::instant);

  @SuppressWarnings("unchecked")
  private static <V> Codec<V> scalar(ScalarType<V> type, String field) {
    Codec<?> codec = switch (type.form()) {
      case TEXT -> type == Types.TEXT ? Codec.<String>of(JsonGenerator::writeString, JsonInput::string)
          : Codec.<V>of((out, v) -> out.writeString(type.format(v)), in -> in.parse(type::parse));
      case CODE -> type == Types.CODE ? Codec.<String>of(JsonGenerator::writeString, in -> in.shared(in.string()))
          : Codec.<V>of((out, v) -> out.writeString(type.format(v)), in -> in.shared(in.parse(type::parse)));
      case ID -> Codec.<V>of((out, v) -> out.writeString(type.format(v)), in -> in.shared(in.parse(type::parse)));
      case ENUM -> enumCodec(type);
      case INTEGER -> Codec.<Integer>of(JsonGenerator::writeNumber, JsonInput::intValue);
      case DECIMAL -> Codec.<BigDecimal>of((out, d) -> out.writeNumber(d.toPlainString()), JsonInput::decimal);
      case YEAR -> Codec.<Year>of((out, y) -> out.writeNumber(y.getValue()), in -> year(in, field));
      case DATE -> Codec.<LocalDate>of((out, d) -> out.writeString(d.toString()), JsonInput::date);
      case INSTANT -> INSTANT_CODEC;
      case ZONED_DATE_TIME -> Codec.<ZonedDateTime>of(
          (out, t) -> out.writeString(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t)), JsonInput::zonedDateTime);
    };
    return (Codec<V>) codec;
  }

  private static Year year(JsonInput in, String field) throws IOException {
    int value = in.intValue();
    if (value < 1000 || value > 9999) {
      throw in.error("invalid " + field + " '" + value + "': must be a four-digit year");
    }
    return Year.of(value);
  }

  /** An enum constant by its name, through a map built once. */
  private static <V> Codec<V> enumCodec(ScalarType<V> type) {
    V[] constants = type.constants().orElseThrow();
    Map<String, V> byName = new HashMap<>();
    for (V constant : constants) {
      byName.put(((Enum<?>) constant).name(), constant);
    }
    String names = Stream.of(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    return Codec.of((out, v) -> out.writeString(((Enum<?>) v).name()), in -> {
      String text = in.string();
      V constant = byName.get(text);
      if (constant == null) {
        throw in.error("'" + text + "' is not one of " + names);
      }
      return constant;
    });
  }

  /** A composite value as an object of its fields. */
  private static final class CompositeCodec<V> implements Codec<V> {
    private final CompositeType<V> type;
    private final ObjectFields<V> fields;

    CompositeCodec(CompositeType<V> type) {
      this.type = type;
      this.fields = new ObjectFields<>(type.fields());
    }

    @Override
    public void write(JsonGenerator out, V value) throws IOException {
      out.writeStartObject();
      fields.write(out, value);
      out.writeEndObject();
    }

    @Override
    public V read(JsonInput in) throws IOException {
      JsonLocation start = in.startObject();
      Object[] values = new Object[fields.size()];
      int slot = 0;
      for (String field; (field = in.nextField()) != null; ) {
        slot = fields.slot(field, slot);
        if (slot < 0) {
          throw in.unknownField(field, fields.names());
        }
        values[slot] = fields.read(slot, in);
        slot++;
      }
      fields.complete(values, in, start, true);
      return in.construct(start, () -> type.construct(values));
    }
  }

  // ---------------------------------------------------------------- revisions

  /**
   * A revision on its own: {@code {"version": 3, "created": …, "modified": …}}, or {@code {"version": 0}} for
   * {@link Revision#NEW}. Inside an entity the same three fields stand at the entity's top level.
   */
  public static final Codec<Revision> REVISION = Codec.of((out, revision) -> {
    out.writeStartObject();
    writeRevisionFields(out, revision);
    out.writeEndObject();
  }, ValueCodecs::readRevision);

  static void writeRevisionFields(JsonGenerator out, Revision revision) throws IOException {
    out.writeNumberField("version", revision.version());
    if (!revision.isNew()) {
      out.writeFieldName("created");
      INSTANT_CODEC.write(out, revision.created().orElseThrow());
      out.writeFieldName("modified");
      INSTANT_CODEC.write(out, revision.modified().orElseThrow());
    }
  }

  private static Revision readRevision(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Long version = null;
    Instant created = null;
    Instant modified = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "version" -> version = in.longValue();
        case "created" -> created = in.instant();
        case "modified" -> modified = in.instant();
        default -> throw in.unknownField(field, "version, created, modified");
      }
    }
    return revision(in, start, version, created, modified);
  }

  /**
   * The revision of an object whose fields {@code version}, {@code created} and {@code modified} were read (null:
   * left out): {@link Revision#NEW} if none was given (or only {@code "version": 0}), else a stored revision, which
   * needs all three.
   */
  static Revision revision(JsonInput in, JsonLocation start, Long version, Instant created, Instant modified)
      throws JsonInputException {
    if (created == null && modified == null && (version == null || version == 0)) {
      return Revision.NEW;
    }
    in.require(version, "version", start);
    in.require(created, "created", start);
    in.require(modified, "modified", start);
    return in.construct(start, () -> Revision.of(version, created, modified));
  }
}

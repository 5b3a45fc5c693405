package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import se.lokbra.core.meta.ValueType;
import se.lokbra.core.model.EntityId;
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
    return (Codec<V>) new ScalarCodec((ScalarType<Object>) type, field);
  }

  /**
   * Every scalar: one class whose read and write switch on the way the value is spelled, so that the call sites in
   * the field codecs see two classes (this and {@link CompositeCodec}), not one lambda per type.
   */
  private static final class ScalarCodec implements Codec<Object> {
    private static final int TEXT = 0;
    private static final int PARSED_TEXT = 1;
    private static final int CODE = 2;
    private static final int PARSED_CODE = 3;
    private static final int ENUM = 4;
    private static final int INTEGER = 5;
    private static final int DECIMAL = 6;
    private static final int YEAR = 7;
    private static final int DATE = 8;
    private static final int INSTANT = 9;
    private static final int ZONED_DATE_TIME = 10;
    private static final int ID = 11;
    /** How many codes of one type are kept parsed: codes come from small sets, so only hostile input meets it. */
    private static final int MAX_CODES = 10_000;

    private final ScalarType<Object> type;
    private final Function<String, Object> parse;
    private final int spelling;
    private final String field;
    /** For an enum: its constants by name, and the names for the error. */
    private final Map<String, Object> constants = new HashMap<>();
    private final String names;
    /** A code's text to its value, so that each code is parsed (and validated) once. */
    private final Map<String, Object> codes = new ConcurrentHashMap<>();

    ScalarCodec(ScalarType<Object> type, String field) {
      this.type = type;
      this.parse = type::parse;
      this.field = field;
      this.spelling = switch (type.form()) {
        case TEXT -> type == (Object) Types.TEXT ? TEXT : PARSED_TEXT;
        case CODE -> type == (Object) Types.CODE ? CODE : PARSED_CODE;
        case ID -> ID;
        case ENUM -> ENUM;
        case INTEGER -> INTEGER;
        case DECIMAL -> DECIMAL;
        case YEAR -> YEAR;
        case DATE -> DATE;
        case INSTANT -> INSTANT;
        case ZONED_DATE_TIME -> ZONED_DATE_TIME;
      };
      Object[] all = type.constants().orElse(new Object[0]);
      for (Object constant : all) {
        constants.put(((Enum<?>) constant).name(), constant);
      }
      this.names = Stream.of(all).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    @Override
    public void write(JsonGenerator out, Object value) throws IOException {
      switch (spelling) {
        case TEXT, CODE -> out.writeString((String) value);
        case ID -> out.writeString(((EntityId) value).value());
        case ENUM -> out.writeString(((Enum<?>) value).name());
        case INTEGER -> out.writeNumber((Integer) value);
        case DECIMAL -> out.writeNumber(((BigDecimal) value).toPlainString());
        case YEAR -> out.writeNumber(((Year) value).getValue());
        case DATE -> out.writeString(value.toString());
        case INSTANT -> out.writeString(ValueCodecs.INSTANT.format((Instant) value));
        case ZONED_DATE_TIME -> out.writeString(DateTimeFormatter.ISO_ZONED_DATE_TIME.format((ZonedDateTime) value));
        default -> out.writeString(type.format(value));
      }
    }

    @Override
    public Object read(JsonInput in) throws IOException {
      return switch (spelling) {
        case TEXT -> in.string();
        case PARSED_TEXT -> in.parse(parse);
        case CODE -> in.shared(in.string());
        case PARSED_CODE -> code(in);
        case ID -> in.shared(in.parse(parse));
        case ENUM -> constant(in);
        case INTEGER -> in.intValue();
        case DECIMAL -> in.decimal();
        case YEAR -> year(in);
        case DATE -> in.date();
        case INSTANT -> in.instant();
        default -> in.zonedDateTime();
      };
    }

    private Object code(JsonInput in) throws IOException {
      String text = in.string();
      Object value = codes.get(text);
      if (value == null) {
        value = in.parse(parse);
        if (codes.size() < MAX_CODES) {
          Object previous = codes.putIfAbsent(text, value);
          value = previous == null ? value : previous;
        }
      }
      return value;
    }

    private Object constant(JsonInput in) throws IOException {
      String text = in.string();
      Object constant = constants.get(text);
      if (constant == null) {
        throw in.error("'" + text + "' is not one of " + names);
      }
      return constant;
    }

    private Year year(JsonInput in) throws IOException {
      int value = in.intValue();
      if (value < 1000 || value > 9999) {
        throw in.error("invalid " + field + " '" + value + "': must be a four-digit year");
      }
      return Year.of(value);
    }
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

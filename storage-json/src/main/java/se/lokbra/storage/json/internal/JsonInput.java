package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import se.lokbra.core.ValidationException;

/**
 * Reads lokbra's JSON straight from a Jackson token stream, so that every error can name the exact place (line,
 * column and JSON pointer of the offending token) and what is wrong. The codecs read objects field by field:
 * {@link #startObject}, then {@link #nextField} until it returns null, reading each value with the typed methods,
 * then build the domain value with {@link #construct}, which reports a refused value at the object's start.
 *
 * <p>Every value method expects the parser to stand on the value's first token and leaves it on its last.
 */
public final class JsonInput {
  /** Reads one value; codecs are readers. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonInput in) throws IOException;
  }

  /**
   * The name of the Jackson attribute ({@code ObjectReader.withAttribute}) holding a {@code Map<Object, Object>} of
   * shared values: with one, {@link #shared} gives one instance of equal values. A store opening thousands of files
   * passes one, so that the ids, codes, zones and instants its entities repeat are kept once, not once per file.
   */
  public static final String SHARED_VALUES = "lokbra.sharedValues";

  private final JsonParser parser;
  /** Values already read, each its own key; null: nothing is shared. */
  private final java.util.Map<Object, Object> shared;
  /** True when Jackson handed over an object whose start token it had already consumed. */
  private boolean atField;

  public JsonInput(JsonParser parser) {
    this(parser, null);
  }

  /** @param shared where equal values are shared (thread-safe if several readers use it at once), or null */
  public JsonInput(JsonParser parser, java.util.Map<Object, Object> shared) {
    this.parser = parser;
    this.shared = shared;
  }

  /** The instance of {@code value} this input already read, or {@code value} itself if it is the first. */
  @SuppressWarnings("unchecked")
  public <T> T shared(T value) {
    if (shared == null) {
      return value;
    }
    // Most values are there already: a lock-free get first spares putIfAbsent's lock on the bin.
    Object previous = shared.get(value);
    if (previous == null) {
      previous = shared.putIfAbsent(value, value);
    }
    return previous == null ? value : (T) previous;
  }

  public JsonParser parser() {
    return parser;
  }

  // ---------------------------------------------------------------- objects

  /**
   * Checks that the current token starts an object and returns where it starts. Jackson sometimes hands a
   * deserializer an object whose {@code START_OBJECT} it already read; the parser then stands on the first field
   * name (or the end of an empty object), which is accepted too.
   */
  public JsonLocation startObject() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return parser.currentTokenLocation();
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      atField = true;
      return parser.currentTokenLocation();
    }
    throw error("must be an object, not " + found());
  }

  /**
   * Moves to the next field of the object being read and returns its name, leaving the parser on the field's value;
   * returns null at the end of the object.
   */
  public String nextField() throws IOException {
    JsonToken token = atField ? parser.currentToken() : parser.nextToken();
    atField = false;
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    if (token != JsonToken.FIELD_NAME) {
      throw error("must be a field name, not " + found());
    }
    String name = parser.currentName();
    parser.nextToken();
    return name;
  }

  /** The error for a field the object does not have. */
  public JsonInputException unknownField(String name, String expected) {
    return error("is not a known field here (expected " + expected + ")");
  }

  /**
   * Fails if a required field was missing; call after the end of the object that started at {@code start}.
   */
  public void require(Object value, String field, JsonLocation start) throws JsonInputException {
    if (value == null) {
      throw errorAt(start, "the required field '" + field + "' is missing", null);
    }
  }

  /**
   * Builds the domain value of the object that started at {@code start}, once its end has been read; a
   * {@link ValidationException} from the domain constructor is reported at the object's start.
   */
  public <T> T construct(JsonLocation start, Supplier<T> constructor) throws JsonInputException {
    try {
      return constructor.get();
    } catch (ValidationException e) {
      throw errorAt(start, e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- arrays

  public <T> ImmutableList<T> list(Reader<T> element) throws IOException {
    expectArray();
    ImmutableList.Builder<T> values = ImmutableList.builder();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read(this));
    }
    return values.build();
  }

  /** An array whose elements must be distinct, kept in the order written. */
  public <T> ImmutableSet<T> set(Reader<T> element) throws IOException {
    expectArray();
    Set<T> values = new LinkedHashSet<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation location = parser.currentTokenLocation();
      T value = element.read(this);
      if (!values.add(value)) {
        // Back in the array once the element is read: the context's index is the element's.
        throw new JsonInputException("repeats '" + value + "': the values of this list must be distinct",
            parser.getParsingContext().pathAsPointer(), location, null, null);
      }
    }
    return ImmutableSet.copyOf(values);
  }

  private void expectArray() throws JsonInputException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error("must be an array, not " + found());
    }
  }

  // ---------------------------------------------------------------- scalars

  public String string() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error("must be a string, not " + found());
    }
    return parser.getText();
  }

  /** A string turned into a domain value by {@code parse}, whose {@link ValidationException} is reported here. */
  public <T> T parse(Function<String, T> parse) throws IOException {
    String text = string();
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      throw error(e.getMessage(), e);
    }
  }

  public long longValue() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error("must be a whole number, not " + found());
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type == JsonParser.NumberType.BIG_INTEGER) {
      throw error("is too large: " + parser.getText());
    }
    return parser.getLongValue();
  }

  public int intValue() throws IOException {
    long value = longValue();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw error("is too large: " + value);
    }
    return (int) value;
  }

  /** A number kept exactly as written. */
  public BigDecimal decimal() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error("must be a number, not " + found());
    }
    return parser.getDecimalValue();
  }

  /** An ISO-8601 calendar date: {@code 2024-05-14}. */
  public LocalDate date() throws IOException {
    String text = string();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("'" + text + "' is not a date written YYYY-MM-DD", e);
    }
  }

  /** An ISO-8601 instant in UTC: {@code 2024-05-14T08:15:30.123456Z}. */
  public Instant instant() throws IOException {
    String text = string();
    try {
      return shared(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from));
    } catch (DateTimeException e) {
      throw error("'" + text + "' is not an instant written YYYY-MM-DDTHH:MM:SS.ssssssZ", e);
    }
  }

  /**
   * An ISO-8601 date-time with offset and, for a region, the zone id: {@code 2024-05-14T18:00:00+02:00[Europe/Stockholm]}.
   * The offset must be the one the zone has at that time, so that the text means one instant only.
   */
  public ZonedDateTime zonedDateTime() throws IOException {
    String text = string();
    ZonedDateTime value;
    int writtenOffset;
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
      writtenOffset = parsed.get(ChronoField.OFFSET_SECONDS);
      value = ZonedDateTime.from(parsed);
    } catch (DateTimeException e) {
      throw error("'" + text + "' is not a date-time written YYYY-MM-DDTHH:MM:SS+HH:MM[Region/City]", e);
    }
    if (value.getOffset().getTotalSeconds() != writtenOffset) {
      throw error("'" + text + "' has the offset " + ZoneOffset.ofTotalSeconds(writtenOffset) + ", but " + value.getZone()
          + " has the offset " + value.getOffset() + " at that time");
    }
    ZoneId zone = shared(value.getZone());
    return zone == value.getZone() ? value : ZonedDateTime.ofStrict(value.toLocalDateTime(), value.getOffset(), zone);
  }

  // ---------------------------------------------------------------- errors

  /** An error at the current token. */
  public JsonInputException error(String problem) {
    return error(problem, null);
  }

  public JsonInputException error(String problem, Throwable cause) {
    return new JsonInputException(problem, parser.getParsingContext().pathAsPointer(),
        parser.currentTokenLocation(), null, cause);
  }

  /**
   * An error about the object that started at {@code start}; call after its end token, when the parser's context
   * points at the object as a whole.
   */
  public JsonInputException errorAt(JsonLocation start, String problem, Throwable cause) {
    return new JsonInputException(problem, parser.getParsingContext().pathAsPointer(), start, null, cause);
  }

  private String found() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}

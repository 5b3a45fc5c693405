package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.Tombstone;
import se.lokbra.storage.json.JsonDocumentException;
import se.lokbra.storage.json.LokbraJson;

/**
 * The configured Jackson objects the store and the data-set document share. Readers and writers are immutable and
 * thread-safe, so they are built once and reused for every file.
 */
public final class Formats {
  /** For store files: the limits of one file. */
  static final ObjectMapper FILES = LokbraJson.newMapper(LokbraJson.fileConstraints());
  /** For data-set documents: the limits of a whole data set. */
  public static final ObjectMapper DOCUMENTS = LokbraJson.newMapper(LokbraJson.documentConstraints());

  private static final Map<AggregateKind, ObjectReader> ENTITY_READERS = new EnumMap<>(AggregateKind.class);
  private static final Map<AggregateKind, ObjectWriter> ENTITY_WRITERS = new EnumMap<>(AggregateKind.class);
  static final ObjectReader TOMBSTONE_READER = FILES.readerFor(Tombstone.class);
  static final ObjectWriter TOMBSTONE_WRITER = FILES.writerFor(Tombstone.class);

  static {
    for (AggregateKind kind : AggregateKind.values()) {
      ENTITY_READERS.put(kind, FILES.readerFor(kind.type()));
      ENTITY_WRITERS.put(kind, FILES.writerFor(kind.type()));
    }
  }

  private Formats() {}

  static ObjectReader entityReader(AggregateKind kind) {
    return ENTITY_READERS.get(kind);
  }

  static ObjectWriter entityWriter(AggregateKind kind) {
    return ENTITY_WRITERS.get(kind);
  }

  /** Replaces {@code file} atomically and durably with {@code bytes}. */
  public static void replace(Path file, byte[] bytes) throws IOException {
    AtomicFiles.replace(file, ByteBuffer.wrap(bytes));
  }

  /**
   * Turns a Jackson error met while reading {@code source} into lokbra's exception, keeping every detail: a parse or
   * mapping error, or a {@link CharConversionException} (bytes that are no text in the encoding Jackson detected).
   */
  public static JsonDocumentException problem(String source, IOException error) {
    if (!(error instanceof JsonProcessingException e)) {
      return new JsonDocumentException(source, 0, 0, "", null, "is not valid UTF-8 JSON text: "
          + IoErrors.reason(error), error);
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    if (e instanceof JsonInputException input) {
      return new JsonDocumentException(source, line, column, input.pointer(), input.entity().orElse(null),
          input.problem(), e);
    }
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    String problem = e.getOriginalMessage();
    if (problem != null) {
      // Jackson names the source of nested locations even with source inclusion off ("[Source: REDACTED (…);
      // line: 1, column: 41]"); the document is already named, so keep only the line and column.
      problem = problem.replaceAll("\\[Source: [^\\]]*?; line", "[line");
    }
    return new JsonDocumentException(source, line, column, pointer, null,
        problem == null ? e.getClass().getSimpleName() : problem, e);
  }

  /**
   * Where the value at {@code pointer} starts in {@code json}, for errors found after reading (a dangling
   * reference, an id that does not match the file name); null if the document has no such value.
   */
  static JsonLocation locate(byte[] json, String pointer) {
    try (JsonParser parser = FILES.getFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME && !token.isStructEnd()
            && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}

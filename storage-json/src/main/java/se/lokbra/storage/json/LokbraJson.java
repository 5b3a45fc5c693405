package se.lokbra.storage.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How lokbra reads and writes JSON: the read limits, the pretty printing, and a ready {@link ObjectMapper} with
 * {@link LokbraJacksonModule} registered.
 *
 * <p>Output is pretty-printed with two-space indentation, {@code "key": value}, one array element per line,
 * {@code []} and {@code {}} for empty containers, {@code \n} line ends and non-ASCII characters as UTF-8 (not
 * escaped); lokbra's files add a final newline.
 *
 * <p>Input is strict JSON (no comments, no trailing commas), duplicate keys are errors, and nothing may follow the
 * document. The read limits are chosen from the domain's own limits so that real data never meets them while a
 * broken or hostile file is stopped early:
 * <ul>
 *   <li>nesting depth {@value #MAX_NESTING_DEPTH}: lokbra's deepest document (a data-set document) nests 6 levels;</li>
 *   <li>string length {@value #MAX_STRING_LENGTH} characters: twice the domain's longest text (100,000 characters),
 *       so an over-long text gets the domain's own message;</li>
 *   <li>name length {@value #MAX_NAME_LENGTH} characters: lokbra's keys are short words;</li>
 *   <li>number length {@value #MAX_NUMBER_LENGTH} characters: a goal target has at most 30 digits and 10
 *       decimals;</li>
 *   <li>document size {@value #MAX_FILE_BYTES} bytes for one store file (an entity), and
 *       {@value #MAX_DOCUMENT_BYTES} bytes for a data-set document; {@link DataSetDocument} reads at most an eighth
 *       of the JVM's maximum heap ({@link DataSetDocument#maxDocumentBytes()}), so that a document too large for
 *       the memory is refused with a clear message instead of ending in an {@link OutOfMemoryError}.</li>
 * </ul>
 * Each limit, when exceeded, is a {@link JsonDocumentException} naming the file (and the place in it, where there
 * is one).
 */
public final class LokbraJson {
  public static final int MAX_NESTING_DEPTH = 32;
  public static final int MAX_STRING_LENGTH = 200_000;
  public static final int MAX_NAME_LENGTH = 1_000;
  public static final int MAX_NUMBER_LENGTH = 100;
  /** 64 MiB: far above any real entity, which stays below a megabyte. */
  public static final long MAX_FILE_BYTES = 64L << 20;
  /**
   * 2 GiB: a whole data set in one document, as large as the in-memory data set may sensibly be. The limit that
   * applies is the lower {@link DataSetDocument#maxDocumentBytes()}.
   */
  public static final long MAX_DOCUMENT_BYTES = 2L << 30;

  private LokbraJson() {}

  /** The limits for one store file. */
  public static StreamReadConstraints fileConstraints() {
    return constraints(MAX_FILE_BYTES);
  }

  /** The limits for a data-set document. */
  public static StreamReadConstraints documentConstraints() {
    return constraints(MAX_DOCUMENT_BYTES);
  }

  private static StreamReadConstraints constraints(long maxDocumentBytes) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(maxDocumentBytes)
        .build();
  }

  /** The pretty printer of lokbra's files (a new instance; Jackson copies it per document anyway). */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * A new mapper with {@link LokbraJacksonModule} registered, the limits of {@link #documentConstraints()}, strict
   * input and lokbra's pretty printing. It never closes the streams it is given.
   */
  public static ObjectMapper newMapper() {
    return newMapper(documentConstraints());
  }

  /** {@link #newMapper()} with other read limits. */
  public static ObjectMapper newMapper(StreamReadConstraints constraints) {
    JsonFactory factory = new JsonFactoryBuilder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new LokbraJacksonModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(prettyPrinter())
        .build();
  }
}

package se.lokbra.interop.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The one JSON writer of the OParl and Popolo exports. Documents are built as trees (the shapes are the standards',
 * not lokbra's, so there is no data binding) and written pretty-printed as UTF-8 with {@code \n} line ends whatever
 * the platform, so the same tree always gives the same bytes. No Jackson modules are needed: every date and time is
 * formatted by {@link Times} before it enters the tree. Not API.
 */
public final class Json {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    WRITER = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build().writer(printer);
  }

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Sets {@code field} to {@code value} if present; absent values are left out rather than written as null. */
  public static void putIfPresent(ObjectNode node, String field, Optional<String> value) {
    value.ifPresent(v -> node.put(field, v));
  }

  /** Sets {@code field} to {@code array} unless it is empty. */
  public static void putIfNotEmpty(ObjectNode node, String field, ArrayNode array) {
    if (!array.isEmpty()) {
      node.set(field, array);
    }
  }

  /** The document as UTF-8 bytes, ending with a line break. */
  public static byte[] bytes(ObjectNode document) {
    try {
      byte[] json = WRITER.writeValueAsBytes(document);
      byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
      withNewline[json.length] = '\n';
      return withNewline;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /** Writes the document to {@code out} (left open). */
  public static void write(ObjectNode document, OutputStream out) throws IOException {
    out.write(bytes(document));
  }
}

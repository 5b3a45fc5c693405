package se.lokbra.storage.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.lokbra.core.DataSet;
import se.lokbra.core.StorageException;
import se.lokbra.core.internal.Checks;
import se.lokbra.storage.json.internal.DataSetCodec;
import se.lokbra.storage.json.internal.Formats;

/**
 * A whole {@link DataSet} as one JSON document, for export and import:
 * <pre>
 * {
 *   "formatVersion": 1,
 *   "organisations": [ … ], "people": [ … ], "councils": [ … ],
 *   "measures": [ … ], "meetings": [ … ], "conferences": [ … ],
 *   "tombstones": [ … ]
 * }
 * </pre>
 * Each entity has exactly the form of its file in a JSON store, and the same data set always gives the same bytes
 * (entities sorted by id, lokbra's pretty printing, a final newline). The JSON Schema is
 * {@code se/lokbra/storage/json/schema/data-set.schema.json} in this jar. Reading validates every value through the
 * domain; an error is a {@link JsonDocumentException} naming the line, column, JSON pointer, the entity (once its id
 * has been read) and the rule. The read limits are {@link LokbraJson#documentConstraints()}.
 */
public final class DataSetDocument {
  /** The document format this version writes, and the newest it reads. */
  public static final int FORMAT_VERSION = DataSetCodec.FORMAT_VERSION;

  private static final ObjectWriter WRITER = Formats.DOCUMENTS.writerFor(DataSet.class);
  private static final ObjectReader READER = Formats.DOCUMENTS.readerFor(DataSet.class);
  private static final String SOURCE = "the data-set document";

  private DataSetDocument() {}

  /** Writes {@code data} to {@code out}, which is left open. */
  public static void write(DataSet data, OutputStream out) {
    Checks.notNull(data, "data");
    Checks.notNull(out, "out");
    try {
      WRITER.writeValue(out, data);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new StorageException("cannot write the data-set document: " + e.getMessage(), e);
    }
  }

  /** The document's bytes. */
  public static byte[] toBytes(DataSet data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(data, out);
    return out.toByteArray();
  }

  /**
   * Writes {@code data} to {@code file}, replacing it atomically: a reader or a crash sees the old file or the
   * whole new one.
   */
  public static void write(DataSet data, Path file) {
    Checks.notNull(file, "file");
    byte[] bytes = toBytes(data);
    try {
      Formats.replace(file.toAbsolutePath(), bytes);
    } catch (IOException e) {
      throw new StorageException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a document from {@code in}, which is left open. */
  public static DataSet read(InputStream in) {
    return read(in, SOURCE);
  }

  /**
   * Reads a document from {@code in}, which is left open, naming it {@code sourceName} in errors (a file name, a
   * URL).
   */
  public static DataSet read(InputStream in, String sourceName) {
    Checks.notNull(in, "in");
    Checks.notNull(sourceName, "sourceName");
    try {
      DataSet data = READER.readValue(in);
      if (data == null) {
        // Jackson maps a JSON null to a null reference; a document of "null" is no data set.
        throw new JsonDocumentException(sourceName, 0, 0, "", null, "is null, not a data-set document (a JSON "
            + "object: {\"formatVersion\": " + FORMAT_VERSION + ", \"organisations\": […], …})", null);
      }
      return data;
    } catch (JsonProcessingException | CharConversionException e) {
      throw Formats.problem(sourceName, e);
    } catch (IOException e) {
      throw new StorageException("cannot read " + sourceName + ": " + e.getMessage(), e);
    }
  }

  /** Reads the document in {@code file}. */
  public static DataSet read(Path file) {
    Checks.notNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

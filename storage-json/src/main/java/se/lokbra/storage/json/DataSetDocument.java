package se.lokbra.storage.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.lokbra.core.DataSet;
import se.lokbra.core.StorageException;
import se.lokbra.core.spi.Arguments;
import se.lokbra.storage.json.internal.DataSetCodec;
import se.lokbra.storage.json.internal.Formats;
import se.lokbra.storage.json.internal.IoErrors;

/**
 * A whole {@link DataSet} as one JSON document, for export and import:
 * <pre>
 * {
 *   "formatVersion": 3,
 *   "organisations": [ … ], "people": [ … ], "councils": [ … ],
 *   "measures": [ … ], "meetings": [ … ], "conferences": [ … ],
 *   "situation_pictures": [ … ], "problems": [ … ], "indicators": [ … ],
 *   "cooperation_agreements": [ … ], "action_plans": [ … ], "coordination_functions": [ … ],
 *   "tombstones": [ … ]
 * }
 * </pre>
 * A document of format 1 (before the knowledge-based cycle) still reads: it has none of the newer lists, nor
 * measures' {@code targets} and {@code actionPlan}, so they are empty.
 * Each entity has exactly the form of its file in a JSON store, and the same data set always gives the same bytes
 * (entities sorted by id, lokbra's pretty printing, a final newline). The JSON Schema is
 * {@code se/lokbra/storage/json/schema/data-set.schema.json} in this jar. Reading validates every value through the
 * domain; an error is a {@link JsonDocumentException} naming the line, column, JSON pointer, the entity (once its id
 * has been read) and the rule; a document of a newer format is refused. The read limits are
 * {@link LokbraJson#documentConstraints()}.
 */
public final class DataSetDocument {
  /** The document format this version writes, and the newest it reads. */
  public static final int FORMAT_VERSION = DataSetCodec.FORMAT_VERSION;

  private static final ObjectWriter WRITER = Formats.DOCUMENTS.writerFor(DataSet.class);
  private static final ObjectReader READER = Formats.DOCUMENTS.readerFor(DataSet.class);
  private static final String SOURCE = "the data-set document";
  /** The maximum heap per byte of document that {@link #maxDocumentBytes()} assumes. */
  private static final int HEAP_PER_DOCUMENT_BYTE = 8;

  private DataSetDocument() {}

  /** Writes {@code data} to {@code out}, which is left open. */
  public static void write(DataSet data, OutputStream out) {
    Arguments.notNull(data, "data");
    Arguments.notNull(out, "out");
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
    Arguments.notNull(file, "file");
    byte[] bytes = toBytes(data);
    try {
      Formats.replace(file.toAbsolutePath(), bytes);
    } catch (IOException e) {
      throw new StorageException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The largest document this JVM reads: an eighth of its maximum heap ({@code -Xmx}), and never more than
   * {@link LokbraJson#MAX_DOCUMENT_BYTES}. A data set takes 1.5 to 4 times the size of its document in memory (more
   * for unusual shapes, such as a measure with a hundred thousand responsible organisations), and an import then
   * holds it twice for a while. A larger document is refused before it is read, with a message saying which
   * {@code -Xmx} would do; and should a document within the limit still not fit, reading stops with a
   * {@link JsonDocumentException} rather than an {@link OutOfMemoryError}.
   */
  public static long maxDocumentBytes() {
    return Math.min(LokbraJson.MAX_DOCUMENT_BYTES, Runtime.getRuntime().maxMemory() / HEAP_PER_DOCUMENT_BYTE);
  }

  /** Reads a document from {@code in}, which is left open. */
  public static DataSet read(InputStream in) {
    return read(in, SOURCE);
  }

  /**
   * Reads a document from {@code in}, which is left open, naming it {@code sourceName} in errors (a file name, a
   * URL). At most {@link #maxDocumentBytes()} bytes are read.
   */
  public static DataSet read(InputStream in, String sourceName) {
    Arguments.notNull(in, "in");
    Arguments.notNull(sourceName, "sourceName");
    long limit = maxDocumentBytes();
    try {
      DataSet data = READER.readValue(new LimitedInputStream(in, limit));
      if (data == null) {
        // Jackson maps a JSON null to a null reference; a document of "null" is no data set.
        throw new JsonDocumentException(sourceName, 0, 0, "", null, "is null, not a data-set document (a JSON "
            + "object: {\"formatVersion\": " + FORMAT_VERSION + ", \"organisations\": […], …})", null);
      }
      return data;
    } catch (JsonProcessingException | CharConversionException e) {
      throw Formats.problem(sourceName, e);
    } catch (IOException e) {
      if (e instanceof TooLarge) {
        throw tooLarge(sourceName, "it is longer than " + limit(), e);
      }
      throw new StorageException("cannot read " + sourceName + ": " + IoErrors.reason(e), e);
    } catch (OutOfMemoryError e) {
      // The data set read so far is garbage now, so the JVM can go on; the caller learns what to change.
      throw tooLarge(sourceName, "its data set does not fit in the memory of this JVM (a maximum heap of "
          + Runtime.getRuntime().maxMemory() + " bytes)", e);
    }
  }

  /** Reads the document in {@code file}; one larger than {@link #maxDocumentBytes()} is refused unread. */
  public static DataSet read(Path file) {
    Arguments.notNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > maxDocumentBytes()) {
        throw tooLarge(file.toString(), "it is " + size + " bytes long, more than " + limit(), null);
      }
    } catch (IOException e) {
      throw new StorageException("cannot read " + file + ": " + IoErrors.reason(e), e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new StorageException("cannot read " + file + ": " + IoErrors.reason(e), e);
    }
  }

  private static JsonDocumentException tooLarge(String source, String problem, Throwable cause) {
    return new JsonDocumentException(source, 0, 0, "", null, problem + "; run java with a larger -Xmx (the limit "
        + "grows with the heap, up to " + LokbraJson.MAX_DOCUMENT_BYTES + " bytes)", cause);
  }

  /** Why a document above the limit is refused. */
  private static String limit() {
    return "the " + maxDocumentBytes() + " bytes this JVM reads as a data-set document (an eighth of its maximum heap "
        + "of " + Runtime.getRuntime().maxMemory() + " bytes, as a data set takes several times the size of its "
        + "document in memory)";
  }

  /** Signals that a document went past the limit; only {@link LimitedInputStream} throws it. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the document is longer than " + limit + " bytes");
    }
  }

  /** Counts what is read and stops at the limit, before the parser builds anything from the bytes beyond it. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    private int counted(int n) throws TooLarge {
      if (n > 0) {
        count += n;
        if (count > limit) {
          throw new TooLarge(limit);
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      counted(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return counted(super.read(buffer, offset, length));
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted((int) Math.min(skipped, Integer.MAX_VALUE));
      return skipped;
    }

    @Override
    public void close() {
      // The caller's stream stays open.
    }
  }
}

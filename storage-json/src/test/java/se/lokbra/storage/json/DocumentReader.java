package se.lokbra.storage.json;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraException;

/**
 * Run in a child JVM with a small heap by {@link DocumentLimitsTest}: reads each document named on the command line
 * ({@code stream:FILE} reads it through a stream that hides its size), printing {@code LIMIT <bytes>} first, then
 * {@code READ <entities>}, {@code REFUSED <message>} or {@code ERROR <throwable>} for each.
 */
public final class DocumentReader {
  private DocumentReader() {}

  public static void main(String[] args) throws Exception {
    System.out.println("LIMIT " + DataSetDocument.maxDocumentBytes());
    for (String arg : args) {
      try {
        DataSet data;
        if (arg.startsWith("stream:")) {
          Path file = Path.of(arg.substring("stream:".length()));
          try (InputStream in = new FilterInputStream(Files.newInputStream(file)) {}) {
            data = DataSetDocument.read(in, file.toString());
          }
        } else {
          data = DataSetDocument.read(Path.of(arg));
        }
        System.out.println("READ " + data.size());
      } catch (LokbraException e) {
        System.out.println("REFUSED " + e.getMessage());
      } catch (Throwable e) {
        System.out.println("ERROR " + e);
      }
    }
  }
}

package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limit of a data-set document, in a JVM with a 32 MiB heap: a document above it is refused unread, from a
 * file or a stream, with a message that says what to change; a document within it whose data set still does not fit
 * in memory ends in the same clear error, never an {@link OutOfMemoryError}, and the JVM goes on reading documents.
 */
class DocumentLimitsTest {
  private static final String REVISION = "\"version\": 1, \"created\": \"2026-03-01T10:00:00Z\", "
      + "\"modified\": \"2026-03-01T10:00:00Z\"";

  @TempDir
  Path dir;

  @Test
  void theLimitIsAnEighthOfTheHeapAndAtMostTwoGibibytes() {
    assertThat(DataSetDocument.maxDocumentBytes()).isEqualTo(Math.min(2L << 30,
        Runtime.getRuntime().maxMemory() / 8));
  }

  @Test
  void tooLargeDocumentsAreRefusedClearlyAndNeverEndInAnOutOfMemoryError() throws Exception {
    Path large = organisations(dir.resolve("large.json"), 12 << 20);
    Path small = organisations(dir.resolve("small.json"), 256 << 10);
    Path dense = responsibleOrganisations(dir.resolve("dense.json"), 3 << 20);
    // C2 as well: the child parses megabytes before its heap runs out.
    try (ChildJvm child = ChildJvm.start(List.of("-Xmx32m", "-XX:TieredStopAtLevel=4"), DocumentReader.class,
        large.toString(), "stream:" + large, dense.toString(), small.toString())) {
      long limit = Long.parseLong(child.await("LIMIT", 60).substring("LIMIT ".length()));
      assertThat(limit).as("an eighth of a 32 MiB heap").isBetween(3L << 20, 4L << 20);
      assertThat(Files.size(dense)).as("the dense document is within the limit").isLessThan(limit);

      assertThat(child.nextLine(60)).as("a file above the limit").startsWith("REFUSED cannot read " + large
          + ": it is " + Files.size(large) + " bytes long, more than the " + limit + " bytes this JVM reads as a "
          + "data-set document (an eighth of its maximum heap").contains("run java with a larger -Xmx");
      assertThat(child.nextLine(60)).as("a stream above the limit").startsWith("REFUSED cannot read " + large
          + ": it is longer than the " + limit + " bytes this JVM reads");
      assertThat(child.nextLine(60)).as("a document within the limit that does not fit")
          .startsWith("REFUSED cannot read " + dense + ": its data set does not fit in the memory of this JVM")
          .contains("run java with a larger -Xmx");
      assertThat(child.nextLine(60)).as("the JVM reads on").startsWith("READ ");
      assertThat(child.waitFor()).isZero();
    }
  }

  /** A valid document of small organisations, about {@code bytes} long. */
  private static Path organisations(Path file, long bytes) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"formatVersion\": 1, \"organisations\": [\n");
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        String entity = (i == 0 ? "" : ",\n") + "{\"id\": \"organisation-" + i + "\", " + REVISION + ", \"name\": "
            + "\"Organisation " + i + "\", \"kind\": \"OTHER\", \"identifiers\": []}";
        out.write(entity);
        written += entity.length();
      }
      out.write("\n]}\n");
    }
    return file;
  }

  /**
   * A valid document of one measure with about {@code bytes} of short, distinct responsible organisation ids: the
   * densest shape there is, taking some fifteen times its size in memory.
   */
  private static Path responsibleOrganisations(Path file, long bytes) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"formatVersion\": 1, \"measures\": [{\"id\": \"m\", " + REVISION + ", \"council\": \"c\", "
          + "\"title\": \"t\", \"description\": \"\", \"category\": \"OTHER\", \"responsibleOrganisations\": [");
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        String id = (i == 0 ? "" : ",") + "\"" + Integer.toString(i, 36) + "\"";
        out.write(id);
        written += id.length();
      }
      out.write("], \"municipalities\": [], \"status\": \"PLANNED\", \"followUps\": [], \"goals\": []}]}\n");
    }
    return file;
  }
}

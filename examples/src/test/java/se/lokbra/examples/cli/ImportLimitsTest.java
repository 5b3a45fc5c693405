package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lokbra import} of a document too large for the JVM, run as a separate JVM with a 32 MiB heap: it exits
 * with 2 and one line on stderr saying what to do, and never with an {@link OutOfMemoryError}.
 */
class ImportLimitsTest {
  @TempDir
  Path dir;

  @Test
  void anOversizedDocumentIsRefusedInOneLineWithExitCodeTwo() throws Exception {
    Path document = dir.resolve("large.json");
    try (BufferedWriter out = Files.newBufferedWriter(document, StandardCharsets.UTF_8)) {
      out.write("{\"formatVersion\": 1, \"organisations\": [\n");
      for (int i = 0; i < 100_000; i++) {
        out.write((i == 0 ? "" : ",\n") + "{\"id\": \"organisation-" + i + "\", \"version\": 1, \"created\": "
            + "\"2026-03-01T10:00:00Z\", \"modified\": \"2026-03-01T10:00:00Z\", \"name\": \"Organisation " + i
            + "\", \"kind\": \"OTHER\", \"identifiers\": []}");
      }
      out.write("\n]}\n");
    }
    Path stderr = dir.resolve("stderr.txt");
    Process lokbra = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java", "-Xmx32m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import",
        "--store", "memory:import", document.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
    assertThat(lokbra.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String error = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(lokbra.exitValue()).as(error).isEqualTo(2);
    assertThat(error.lines()).as(error).hasSize(1);
    assertThat(error).startsWith("lokbra: cannot read " + document + ": it is " + Files.size(document)
        + " bytes long, more than the ").contains("run java with a larger -Xmx").doesNotContain("OutOfMemoryError");
  }
}

package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;

/**
 * A store and a data-set document written in format version 1 (the sample data set and a tombstone, as checked-in
 * fixtures, without the empty directories git does not keep): this version reads them, and writes the same data
 * to the same bytes. When a format version 2 comes, this is where the migration of version 1 is tested.
 */
class FormatVersionOneTest {
  @TempDir
  Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(FormatVersionOneTest.class.getResource("/fixtures/format-1/" + name).toURI());
  }

  private static Map<String, byte[]> dataFiles(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().startsWith(".")) {
          files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private DataSet openFixture() throws IOException, URISyntaxException {
    Path copy = dir.resolve("fixture");
    copy(fixture("store"), copy);
    try (LokbraStore store = JsonStore.open(copy)) {
      assertThat(dataFiles(copy)).as("opening rewrites nothing").containsExactlyInAnyOrderEntriesOf(
          dataFiles(fixture("store")));
      return store.snapshot();
    }
  }

  @Test
  void aFormatOneStoreOpensAndTheSameDataIsWrittenToTheSameBytes() throws IOException, URISyntaxException {
    DataSet data = openFixture();
    assertThat(data.organisations()).hasSize(6);
    assertThat(data.people()).hasSize(3);
    assertThat(data.councils()).hasSize(1);
    assertThat(data.measures()).hasSize(4);
    assertThat(data.meetings()).hasSize(1);
    assertThat(data.conferences()).hasSize(1);
    assertThat(data.tombstones()).hasSize(1);
    Path rewritten = dir.resolve("rewritten");
    try (LokbraStore store = JsonStore.open(rewritten)) {
      store.restore(data);
    }
    Map<String, byte[]> expected = dataFiles(fixture("store"));
    Map<String, byte[]> actual = dataFiles(rewritten);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void aFormatOneDataSetDocumentReadsToTheSameDataAndBytes() throws IOException, URISyntaxException {
    Path document = fixture("data-set.json");
    DataSet data = DataSetDocument.read(document);
    assertThat(data).isEqualTo(openFixture());
    assertThat(DataSetDocument.toBytes(data)).isEqualTo(Files.readAllBytes(document));
  }
}

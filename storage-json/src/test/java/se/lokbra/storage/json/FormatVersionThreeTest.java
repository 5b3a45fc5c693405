package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.AggregateKind;

/**
 * A store and a data-set document of format 3, the current format: {@link TestData#fill} with the clock fixed at
 * 2026-03-01T10:00:00.123456Z (every kind, every field, tombstones of most kinds), committed as fixtures without the
 * empty directories git does not keep. This version reads them and writes the same data to the same bytes, so a
 * change of the files shows here and needs a new format version. When format 4 comes, these are the files its
 * migration must read; from then on they are never regenerated.
 */
class FormatVersionThreeTest {
  @TempDir
  Path dir;

  private DataSet openFixture() throws IOException {
    Path copy = StoreFixtures.copyOfStore(3, dir.resolve("fixture"));
    try (LokbraStore store = JsonStore.open(copy)) {
      assertThat(StoreFixtures.dataFiles(copy)).as("opening rewrites nothing")
          .containsExactlyInAnyOrderEntriesOf(StoreFixtures.dataFiles(StoreFixtures.of(3, "store")));
      return store.snapshot();
    }
  }

  @Test
  void aFormatThreeStoreOpensAndTheSameDataIsWrittenToTheSameBytes() throws IOException {
    DataSet data = openFixture();
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(data.entities(kind)).as(kind.plural()).isNotEmpty();
    }
    assertThat(data.tombstones()).extracting(t -> t.id().kind()).contains(AggregateKind.SITUATION_PICTURE,
        AggregateKind.PROBLEM, AggregateKind.INDICATOR, AggregateKind.COOPERATION_AGREEMENT,
        AggregateKind.ACTION_PLAN);
    Path rewritten = dir.resolve("rewritten");
    try (LokbraStore store = JsonStore.open(rewritten)) {
      store.restore(data);
    }
    Map<String, byte[]> expected = StoreFixtures.dataFiles(StoreFixtures.of(3, "store"));
    Map<String, byte[]> actual = StoreFixtures.dataFiles(rewritten);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).asString(StandardCharsets.UTF_8)
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }

  @Test
  void aFormatThreeDataSetDocumentReadsToTheSameDataAndBytes() throws IOException {
    Path document = StoreFixtures.of(3, "data-set.json");
    DataSet data = DataSetDocument.read(document);
    assertThat(data).isEqualTo(openFixture());
    assertThat(DataSetDocument.toBytes(data)).asString(StandardCharsets.UTF_8)
        .isEqualTo(Files.readString(document, StandardCharsets.UTF_8));
  }
}

package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import se.lokbra.core.model.DecidingBody;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.AggregateKind;

/**
 * The migration from format 2: the store and data-set document of format 2 ({@link TestData#fill} as it was then),
 * committed as fixtures: the previous version's output, never regenerated. This version reads them with the parts
 * of format 3 empty (decisions of body kind OTHER, no coordination functions, plans resting on no situation picture),
 * opening rewrites nothing, and writing the same data gives the format-2 bytes with only what format 3 adds: the
 * manifest's version, an action plan's (empty) {@code situationPictures}, and in a document its version and the
 * (empty) {@code coordination_functions}.
 */
class FormatVersionTwoTest {
  private static final String MANIFEST_3 = "{\n  \"kind\": \"lokbra-json-store\",\n  \"formatVersion\": 3\n}\n";

  @TempDir
  Path dir;

  private DataSet openFixture() throws IOException {
    Path copy = StoreFixtures.copyOfStore(2, dir.resolve("fixture"));
    try (LokbraStore store = JsonStore.open(copy)) {
      assertThat(StoreFixtures.dataFiles(copy)).as("opening rewrites nothing")
          .containsExactlyInAnyOrderEntriesOf(StoreFixtures.dataFiles(StoreFixtures.of(2, "store")));
      return store.snapshot();
    }
  }

  /** {@code text} (a pretty-printed object) with {@code "situationPictures": []} as its last field. */
  private static String withEmptySituationPictures(String path, String text) {
    assertThat(text).as(path).endsWith("\n}\n").doesNotContain("\"situationPictures\"");
    return text.substring(0, text.length() - "\n}\n".length()) + ",\n  \"situationPictures\": []\n}\n";
  }

  @Test
  void aFormatTwoStoreOpensWithTheNewPartsEmptyAndIsWrittenToItsBytesPlusWhatFormatThreeAdds() throws IOException {
    DataSet data = openFixture();
    assertThat(data.entities(AggregateKind.COORDINATION_FUNCTION)).isEmpty();
    assertThat(data.actionPlans()).isNotEmpty().allSatisfy(p -> assertThat(p.situationPictures()).isEmpty());
    assertThat(data.actionPlans()).filteredOn(p -> p.decision().isPresent()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.decision().orElseThrow().bodyKind()).isEqualTo(DecidingBody.OTHER));
    assertThat(data.situationPictures()).allSatisfy(p -> assertThat(p.adoptedBy()).isEmpty());
    Path rewritten = dir.resolve("rewritten");
    try (LokbraStore store = JsonStore.open(rewritten)) {
      store.restore(data);
    }
    Map<String, String> expected = new HashMap<>();
    StoreFixtures.dataFiles(StoreFixtures.of(2, "store")).forEach((path, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (path.equals("lokbra-store.json")) {
        text = MANIFEST_3;
      } else if (path.startsWith("action_plans/")) {
        text = withEmptySituationPictures(path, text);
      }
      expected.put(path, text);
    });
    Map<String, byte[]> actual = StoreFixtures.dataFiles(rewritten);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, text) -> assertThat(actual.get(path)).as(path).asString(StandardCharsets.UTF_8)
        .isEqualTo(text));
  }

  @Test
  void aFormatTwoDataSetDocumentReadsToTheSameDataAndWritesItsBytesPlusWhatFormatThreeAdds() throws IOException {
    Path document = StoreFixtures.of(2, "data-set.json");
    DataSet data = DataSetDocument.read(document);
    assertThat(data).isEqualTo(openFixture());
    String old = Files.readString(document, StandardCharsets.UTF_8);
    assertThat(old).contains("\"formatVersion\": 2,").contains("\"action_plans\": [").doesNotContain(
        "coordination_functions");
    String written = new String(DataSetDocument.toBytes(data), StandardCharsets.UTF_8);
    assertThat(written).startsWith("{\n  \"formatVersion\": 3,").contains("\"coordination_functions\": [],")
        .doesNotContain("\"bodyKind\"");
    String actionPlans = between(written, "\"action_plans\": [", "\"coordination_functions\"");
    assertThat(actionPlans).contains("\"situationPictures\": []");
    assertThat(written.replace("\"formatVersion\": 3,", "\"formatVersion\": 2,")
        .replace("  \"coordination_functions\": [],\n", "")
        .replaceAll(",\n      \"situationPictures\": \\[\\]", "")).isEqualTo(old);
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    return text.substring(start, text.indexOf(to, start));
  }
}

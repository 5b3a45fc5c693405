package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.Target;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.PageRequest;

/**
 * The migration from format 1: a store and a data-set document written by the lokbra of format 1 (the sample data
 * set as it was then, and a tombstone), committed as fixtures without the empty directories git does not keep. They
 * are the previous version's output: never regenerate them. This version reads both as they are, with the parts of
 * format 2 empty; opening rewrites nothing; the first write upgrades the manifest before it writes anything else;
 * and every state a crash or a failure during the upgrade can leave opens with all the data.
 */
class FormatVersionOneTest {
  private static final String MANIFEST_1 = "{\n  \"kind\": \"lokbra-json-store\",\n  \"formatVersion\": 1\n}\n";
  /** The manifest an upgrade writes: of the current format, 3. */
  private static final String MANIFEST_CURRENT =
      "{\n  \"kind\": \"lokbra-json-store\",\n  \"formatVersion\": 3\n}\n";
  private static final MeasureId SAFETY_WALKS = MeasureId.of("trygghetsvandringar-2018");

  @TempDir
  Path dir;

  private static Path fixture(String name) {
    return StoreFixtures.of(1, name);
  }

  private static Map<String, byte[]> dataFiles(Path root) throws IOException {
    return StoreFixtures.dataFiles(root);
  }

  private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).asString(StandardCharsets.UTF_8)
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }

  /** A copy of the format-1 store to open, so that the fixture stays as it is. */
  private Path copyOfStore(String name) throws IOException {
    return StoreFixtures.copyOfStore(1, dir.resolve(name));
  }

  /** Everything of format 1 is there, and every part that format 2 added is empty. */
  private static void assertFormatOneData(DataSet data) {
    assertThat(data.organisations()).hasSize(6);
    assertThat(data.people()).hasSize(3);
    assertThat(data.councils()).hasSize(1);
    assertThat(data.measures()).hasSize(4);
    assertThat(data.meetings()).hasSize(1);
    assertThat(data.conferences()).hasSize(1);
    assertThat(data.tombstones()).hasSize(1);
    assertThat(data.councils().get(0).memberships()).isNotEmpty();
    assertThat(data.meetings().get(0).agenda()).isNotEmpty();
    assertThat(data.measures()).filteredOn(m -> m.id().equals(SAFETY_WALKS)).singleElement()
        .satisfies(m -> assertThat(m.followUps()).singleElement().satisfies(f -> assertThat(f.meeting()).isPresent()));
    assertThat(data.situationPictures()).isEmpty();
    assertThat(data.problems()).isEmpty();
    assertThat(data.indicators()).isEmpty();
    assertThat(data.cooperationAgreements()).isEmpty();
    assertThat(data.actionPlans()).isEmpty();
    for (Measure measure : data.measures()) {
      assertThat(measure.targets()).as(measure.describe()).isEmpty();
      assertThat(measure.actionPlan()).as(measure.describe()).isEmpty();
    }
  }

  @Test
  void aFormatOneStoreOpensAsItIsWithTheNewPartsEmptyAndOpeningRewritesNothing() throws Exception {
    Path store = copyOfStore("format-1");
    DataSet data;
    try (LokbraStore opened = JsonStore.open(store)) {
      data = opened.snapshot();
      assertThat(opened.measures().count()).isEqualTo(4);
    }
    assertFormatOneData(data);
    assertSameFiles(dataFiles(store), dataFiles(fixture("store")));
    assertThat(Files.readString(store.resolve("lokbra-store.json"))).as("still format 1: the previous lokbra can "
        + "open it").isEqualTo(MANIFEST_1);
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(store.resolve(kind.plural())).isDirectory();
      assertThat(store.resolve("tombstones").resolve(kind.plural())).isDirectory();
    }
  }

  /**
   * Writing what was read gives the format-1 files again, byte for byte, with only what format 2 adds: the manifest's
   * version and the measures' (empty) targets. So every field of every file was read.
   */
  @Test
  void theSameDataIsWrittenToTheFormatOneBytesPlusWhatFormatTwoAdds() throws Exception {
    DataSet data;
    try (LokbraStore opened = JsonStore.open(copyOfStore("format-1"))) {
      data = opened.snapshot();
    }
    Path rewritten = dir.resolve("rewritten");
    try (LokbraStore store = JsonStore.open(rewritten)) {
      store.restore(data);
    }
    Map<String, byte[]> expected = new HashMap<>();
    dataFiles(fixture("store")).forEach((path, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (path.equals("lokbra-store.json")) {
        text = MANIFEST_CURRENT;
      } else if (path.startsWith("measures/")) {
        assertThat(text).as(path).endsWith("\n}\n").doesNotContain("\"targets\"");
        text = text.substring(0, text.length() - "\n}\n".length()) + ",\n  \"targets\": []\n}\n";
      }
      expected.put(path, text.getBytes(StandardCharsets.UTF_8));
    });
    assertSameFiles(dataFiles(rewritten), expected);
  }

  @Test
  void theFirstWriteUpgradesTheManifestAndRewritesOnlyWhatItChanges() throws Exception {
    Path store = copyOfStore("format-1");
    ProblemId insecurity = ProblemId.of("upplevd-otrygghet");
    try (LokbraStore opened = JsonStore.open(store)) {
      opened.useTransaction(tx -> {
        tx.problems().save(Problem.builder().id(insecurity).title("Upplevd otrygghet")
            .addCause(Cause.of("morka-platser", "Mörka platser i centrum.")).build());
        Measure walks = tx.measures().getById(SAFETY_WALKS);
        tx.measures().save(walks.toBuilder().addTarget(Target.cause(insecurity, "morka-platser")).build());
      });
    }
    assertThat(Files.readString(store.resolve("lokbra-store.json"))).isEqualTo(MANIFEST_CURRENT);
    Map<String, byte[]> after = dataFiles(store);
    Map<String, byte[]> before = dataFiles(fixture("store"));
    assertThat(after.keySet()).containsAll(before.keySet()).contains("problems/upplevd-otrygghet.json");
    before.forEach((path, bytes) -> {
      if (!path.equals("lokbra-store.json") && !path.equals("measures/trygghetsvandringar-2018.json")) {
        assertThat(after.get(path)).as("%s is left in format 1, which format 2 reads", path).isEqualTo(bytes);
      }
    });
    try (LokbraStore reopened = JsonStore.open(store)) {
      assertThat(reopened.measures().getById(SAFETY_WALKS).targets())
          .containsExactly(Target.cause(insecurity, "morka-platser"));
      assertThat(reopened.measures().findWithoutProblem(PageRequest.first(10)).totalElements()).isEqualTo(3);
    }
  }

  /** A crash before the new manifest was renamed into place: its temporary file is discarded, format 1 stays. */
  @Test
  void aCrashBeforeTheManifestWasReplacedLeavesTheFormatOneStore() throws Exception {
    Path store = copyOfStore("format-1");
    Path temporary = store.resolve(".lokbra-store.json.5eed.tmp");
    Files.writeString(temporary, MANIFEST_CURRENT);
    try (LokbraStore opened = JsonStore.open(store)) {
      assertFormatOneData(opened.snapshot());
    }
    assertThat(temporary).doesNotExist();
    assertSameFiles(dataFiles(store), dataFiles(fixture("store")));
  }

  /** A crash after the manifest was replaced, before the transaction wrote: format 2 of format-1 files, all valid. */
  @Test
  void aCrashAfterTheManifestWasReplacedLeavesAFormatTwoStoreOfFormatOneFiles() throws Exception {
    Path store = copyOfStore("format-1");
    Files.writeString(store.resolve("lokbra-store.json"), MANIFEST_CURRENT);
    DataSet data;
    try (LokbraStore opened = JsonStore.open(store)) {
      data = opened.snapshot();
    }
    assertFormatOneData(data);
    try (LokbraStore original = JsonStore.open(copyOfStore("original"))) {
      assertThat(data).isEqualTo(original.snapshot());
    }
  }

  @Test
  void aFailedUpgradeWritesNothingAndTheNextWriteTriesAgain() throws Exception {
    Path store = copyOfStore("format-1");
    Path manifest = store.resolve("lokbra-store.json");
    Problem problem = Problem.builder().id("upplevd-otrygghet").title("Upplevd otrygghet").build();
    try (LokbraStore opened = JsonStore.open(store)) {
      // A non-empty directory where the manifest was: renaming the new manifest over it fails.
      Files.delete(manifest);
      Files.createDirectories(manifest.resolve("blocker"));
      assertThatThrownBy(() -> opened.problems().save(problem)).isInstanceOf(StorageException.class)
          .hasMessageContaining("cannot upgrade the store").hasMessageContaining("from format version 1 to 3")
          .hasMessageContaining("no data was written");
      assertThat(opened.problems().count()).isZero();
      try (Stream<Path> problems = Files.list(store.resolve("problems"))) {
        assertThat(problems).isEmpty();
      }
      try (Stream<Path> root = Files.list(store)) {
        assertThat(root.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
      }

      Files.delete(manifest.resolve("blocker"));
      Files.delete(manifest);
      Files.writeString(manifest, MANIFEST_1);
      opened.problems().save(problem);
    }
    assertThat(Files.readString(manifest)).isEqualTo(MANIFEST_CURRENT);
    try (LokbraStore reopened = JsonStore.open(store)) {
      assertThat(reopened.problems().count()).isEqualTo(1);
      assertThat(reopened.measures().count()).isEqualTo(4);
    }
  }

  @Test
  void aFormatOneDataSetDocumentImportsWithTheNewPartsEmpty() throws Exception {
    Path document = fixture("data-set.json");
    DataSet data = DataSetDocument.read(document);
    assertFormatOneData(data);
    try (LokbraStore store = JsonStore.open(copyOfStore("format-1"))) {
      assertThat(data).as("the same data as the format-1 store").isEqualTo(store.snapshot());
    }
    Path imported = dir.resolve("imported");
    try (LokbraStore store = JsonStore.open(imported)) {
      store.restore(data);
    }
    try (LokbraStore store = JsonStore.open(imported)) {
      assertThat(store.snapshot()).isEqualTo(data);
    }
    byte[] formatTwo = DataSetDocument.toBytes(data);
    assertThat(formatTwo).asString(StandardCharsets.UTF_8).startsWith("{\n  \"formatVersion\": 3,\n")
        .contains("\"situation_pictures\": []");
    assertThat(DataSetDocument.read(new java.io.ByteArrayInputStream(formatTwo))).isEqualTo(data);
  }
}

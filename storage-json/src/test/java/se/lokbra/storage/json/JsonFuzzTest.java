package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraException;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.storage.json.internal.StoreLayout;

/**
 * Fuzz tests of what the JSON backend reads from outside: a store file as found on disk, and the data-set document of
 * an import. The property: only lokbra's own exceptions come out, with a message naming what was read; a refused
 * input leaves every file and every store exactly as it was; an accepted one round-trips. In {@code mvn verify} they
 * run over the committed inputs in {@code src/test/resources/se/lokbra/storage/json/JsonFuzzTestInputs/}; the
 * README gives the command that fuzzes one for real.
 */
class JsonFuzzTest {
  /**
   * Where the fuzzed bytes go, chosen by the input's first byte (a letter, so that the seeds are readable; any other
   * byte picks one by its value). The rest of the input is the file.
   */
  private enum Slot {
    ORGANISATION('o', "organisations/karlskoga-kommun.json"),
    PERSON('p', "people/martin-harsmar.json"),
    COUNCIL('c', "councils/karlskoga-degerfors.json"),
    MEASURE('m', "measures/andt-strategi.json"),
    MEETING('e', "meetings/2024-03-lokbra.json"),
    CONFERENCE('f', "conferences/brottsforebyggande-dagen.json"),
    SITUATION_PICTURE('x', "situation_pictures/lagesbild-2023.json"),
    PROBLEM('q', "problems/otrygghet-centrum.json"),
    INDICATOR('i', "indicators/andel-otrygga.json"),
    COOPERATION_AGREEMENT('a', "cooperation_agreements/samverkan-2024.json"),
    ACTION_PLAN('l', "action_plans/atgardsplan-2024.json"),
    TOMBSTONE('t', "tombstones/organisations/ideell-forening.json"),
    NEW_FILE('n', "measures/ny-insats.json"),
    MANIFEST('s', "lokbra-store.json"),
    JOURNAL('j', ".lokbra-journal");

    final char letter;
    final String path;

    Slot(char letter, String path) {
      this.letter = letter;
      this.path = path;
    }

    static Slot of(byte first) {
      for (Slot slot : values()) {
        if (slot.letter == first) {
          return slot;
        }
      }
      return values()[(first & 0xff) % values().length];
    }
  }

  /** The store of the current format among the checked-in fixtures, opened once so that it has every directory. */
  private static final Path TEMPLATE;
  /** The store each run works on: reset to the template first. */
  private static final Path WORK;
  /** The template's data, which an import goes into. */
  private static final DataSet BASE;
  private static final Path IMPORT;

  static {
    try {
      Path root = Files.createTempDirectory("lokbra-json-fuzz");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
      TEMPLATE = root.resolve("template");
      WORK = root.resolve("work");
      IMPORT = root.resolve("import");
      Path fixture = Path.of(JsonFuzzTest.class.getResource("/fixtures/format-2/store").toURI());
      copyTree(fixture, TEMPLATE);
      try (LokbraStore store = JsonStore.open(TEMPLATE)) {
        BASE = store.snapshot();
      }
      Files.delete(TEMPLATE.resolve(StoreLayout.LOCK));
      copyTree(TEMPLATE, WORK);
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest
  void storeFile(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    Slot slot = Slot.of(input[0]);
    reset(WORK);
    Files.write(WORK.resolve(slot.path), Arrays.copyOfRange(input, 1, input.length));
    Map<String, String> before = files(WORK);
    DataSet opened;
    try (LokbraStore store = JsonStore.open(WORK)) {
      opened = store.snapshot();
    } catch (LokbraException refused) {
      assertThat(refused.getMessage()).as("the error names the store or the file").contains(WORK.toString());
      if (!journalApplied(slot)) {
        assertThat(files(WORK)).as("a refused store is left as it was").isEqualTo(before);
      }
      return;
    }
    if (!journalApplied(slot)) {
      assertThat(files(WORK)).as("opening rewrites nothing").isEqualTo(before);
    }
    try (LokbraStore again = JsonStore.open(WORK)) {
      assertThat(again.snapshot()).as("reopened").isEqualTo(opened);
    }
    // Every entity as lokbra writes it (a store file has the form of an entity in a document) reads back equal.
    byte[] written = DataSetDocument.toBytes(opened);
    assertThat(DataSetDocument.read(new ByteArrayInputStream(written))).isEqualTo(opened);
  }

  /** A journal in place is the store's own record of a committed transaction: opening applies it, then deletes it. */
  private static boolean journalApplied(Slot slot) {
    return slot == Slot.JOURNAL && Files.notExists(WORK.resolve(StoreLayout.JOURNAL));
  }

  @FuzzTest
  void dataSetDocument(byte[] input) throws IOException {
    DataSet data;
    try {
      data = DataSetDocument.read(new ByteArrayInputStream(input), "fuzz.json");
    } catch (LokbraException refused) {
      assertThat(refused.getMessage()).as("the error names the document").contains("fuzz.json");
      return;
    }
    byte[] written = DataSetDocument.toBytes(data);
    DataSet back = DataSetDocument.read(new ByteArrayInputStream(written));
    assertThat(back).as("written and read again").isEqualTo(data);
    assertThat(DataSetDocument.toBytes(back)).as("written twice").isEqualTo(written);

    // Into an empty JSON store: the same outcome as into an empty memory store (which references resolve depends
    // on what a store holds), all or nothing on disk too, and what was written reads back the same.
    DataSet expected;
    try (LokbraStore store = LokbraStores.open("memory:empty")) {
      try {
        store.restore(data);
      } catch (LokbraException refused) {
        assertThat(store.snapshot()).isEqualTo(DataSet.empty());
      }
      expected = store.snapshot();
    }
    deleteTree(IMPORT);
    try (LokbraStore store = JsonStore.open(IMPORT)) {
      try {
        store.restore(data);
      } catch (LokbraException refused) {
        assertThat(store.snapshot()).isEqualTo(DataSet.empty());
      }
      assertThat(store.snapshot()).as("the JSON store, like the memory store").isEqualTo(expected);
    }
    try (LokbraStore store = JsonStore.open(IMPORT)) {
      assertThat(store.snapshot()).as("the JSON store reopened").isEqualTo(expected);
    }
    // Into a store holding the sample data: all or nothing.
    try (LokbraStore store = LokbraStores.open("memory:fuzz")) {
      store.restore(BASE);
      try {
        store.restore(data);
      } catch (LokbraException refused) {
        assertThat(store.snapshot()).as("a refused import changes nothing").isEqualTo(BASE);
        return;
      }
      DataSet after = store.snapshot();
      assertThat(after.entities()).as("the import adds every entity unchanged").containsAll(
          data.entities().toList()).containsAll(BASE.entities().toList());
      assertThat(after.tombstones()).containsAll(data.tombstones()).containsAll(BASE.tombstones());
    }
  }

  // ---------------------------------------------------------------- files

  private static void reset(Path work) throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals(StoreLayout.LOCK)) {
          Files.delete(file);
        }
      }
    }
    copyTree(TEMPLATE, work);
  }

  /** Every file but the lock, with its content. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals(StoreLayout.LOCK)) {
          byte[] bytes = Files.readAllBytes(file);
          files.put(root.relativize(file).toString(), bytes.length + " bytes, hash "
              + Integer.toHexString(Arrays.hashCode(bytes)));
        }
      }
    }
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (Files.notExists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

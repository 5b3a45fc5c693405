package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;

/**
 * The on-disk states a crash can leave, built by hand: a committed journal not yet (or partly) applied is finished
 * when the store opens; an uncommitted one is discarded with its temporary files; temporary files are never read
 * as data. Also: writes leave no temporary files, readers never see half a file, and a failed write changes
 * nothing.
 */
class JournalTest {
  private static final ObjectMapper LOKBRA = LokbraJson.newMapper();
  private static final ConferenceId ENDAGARS = ConferenceId.of("endagars");

  @TempDir
  Path root;

  private DataSet before;
  private Measure andt;
  private Conference endagars;

  @BeforeEach
  void fill() {
    try (LokbraStore store = JsonStore.open(root)) {
      TestData.fill(store);
      before = store.snapshot();
      andt = store.measures().getById(TestData.ANDT);
      endagars = store.conferences().getById(ENDAGARS);
    }
  }

  private static byte[] json(Object value) throws IOException {
    byte[] bytes = LOKBRA.writeValueAsBytes(value);
    byte[] withNewline = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    withNewline[bytes.length] = '\n';
    return withNewline;
  }

  /** The two files of a transaction that renames a measure and deletes a conference, as temporary files. */
  private Measure writeTemporaryFiles() throws IOException {
    Instant later = andt.revision().modified().orElseThrow().plusSeconds(60);
    Measure renamed = andt.toBuilder().title("Nytt namn").build()
        .withRevision(Revision.of(andt.version() + 1, andt.revision().created().orElseThrow(), later));
    Files.write(root.resolve("measures/.andt-strategi.json.7f.tmp"), json(renamed));
    Files.write(root.resolve("tombstones/conferences/.endagars.json.7f.tmp"), json(new Tombstone(ENDAGARS,
        endagars.version() + 1, endagars.revision().created().orElseThrow(), later)));
    return renamed;
  }

  private static final String JOURNAL = """
      {"formatVersion": 1,
       "moves": [{"from": "measures/.andt-strategi.json.7f.tmp", "to": "measures/andt-strategi.json"},
                 {"from": "tombstones/conferences/.endagars.json.7f.tmp", "to": "tombstones/conferences/endagars.json"}],
       "deletes": ["conferences/endagars.json"]}
      """;

  private void assertApplied(Measure renamed) {
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.measures().getById(TestData.ANDT)).isEqualTo(renamed);
      assertThat(store.conferences().findById(ENDAGARS)).isEmpty();
      assertThat(store.snapshot().tombstones()).anyMatch(t -> t.id().equals(ENDAGARS));
    }
    assertThat(root.resolve(".lokbra-journal")).doesNotExist();
    assertThat(temporaryFiles()).isEmpty();
  }

  private List<Path> temporaryFiles() {
    List<Path> temps = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(temps::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return temps;
  }

  @Test
  void aCommittedJournalIsAppliedWhenTheStoreOpens() throws IOException {
    Measure renamed = writeTemporaryFiles();
    Files.writeString(root.resolve(".lokbra-journal"), JOURNAL);
    assertApplied(renamed);
  }

  @Test
  void aPartlyAppliedJournalIsFinished() throws IOException {
    Measure renamed = writeTemporaryFiles();
    Files.writeString(root.resolve(".lokbra-journal"), JOURNAL);
    Files.move(root.resolve("measures/.andt-strategi.json.7f.tmp"), root.resolve("measures/andt-strategi.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertApplied(renamed);
  }

  @Test
  void aJournalWhoseRenamesAreDoneButNotItsDeletionsIsFinished() throws IOException {
    Measure renamed = writeTemporaryFiles();
    Files.writeString(root.resolve(".lokbra-journal"), JOURNAL);
    Files.move(root.resolve("measures/.andt-strategi.json.7f.tmp"), root.resolve("measures/andt-strategi.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.move(root.resolve("tombstones/conferences/.endagars.json.7f.tmp"),
        root.resolve("tombstones/conferences/endagars.json"));
    assertApplied(renamed);
  }

  @Test
  void anUncommittedJournalIsDiscardedWithItsTemporaryFiles() throws IOException {
    writeTemporaryFiles();
    Files.writeString(root.resolve(".lokbra-journal.tmp"), JOURNAL.substring(0, JOURNAL.length() / 2));
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.snapshot()).isEqualTo(before);
    }
    assertThat(root.resolve(".lokbra-journal.tmp")).doesNotExist();
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void temporaryFilesAreNeverTakenForData() throws IOException {
    Files.writeString(root.resolve("measures/.andt-strategi.json.1.tmp"), "{ half a fi");
    Files.writeString(root.resolve("people/.new-person.json.abc.tmp"), "{}");
    Files.writeString(root.resolve(".lokbra-store.json.99.tmp"), "{");
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.snapshot()).isEqualTo(before);
    }
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aDamagedCommittedJournalStopsTheOpenAndChangesNothing() throws IOException {
    writeTemporaryFiles();
    Files.writeString(root.resolve(".lokbra-journal"), "{\"formatVersion\": 1, \"moves\": [");
    assertThatThrownBy(() -> JsonStore.open(root)).isInstanceOf(StorageException.class)
        .hasMessageContaining(".lokbra-journal").hasMessageContaining("is damaged");
    assertThat(root.resolve(".lokbra-journal")).exists();
    assertThat(root.resolve("measures/.andt-strategi.json.7f.tmp")).exists();
    assertThat(root.resolve("conferences/endagars.json")).exists();
  }

  @Test
  void aJournalCannotTouchFilesOutsideTheStoresData() throws IOException {
    Path outside = Files.writeString(root.resolve("lokbra-store.json.bak"), "keep me");
    Files.writeString(root.resolve(".lokbra-journal"), """
        {"formatVersion": 1, "moves": [], "deletes": ["lokbra-store.json.bak"]}
        """);
    assertThatThrownBy(() -> JsonStore.open(root)).isInstanceOf(StorageException.class)
        .hasMessageContaining("is not a data file of the store");
    Files.writeString(root.resolve(".lokbra-journal"), """
        {"formatVersion": 1, "moves": [{"from": "../x.json.1.tmp", "to": "measures/andt-strategi.json"}],
         "deletes": []}
        """);
    assertThatThrownBy(() -> JsonStore.open(root)).isInstanceOf(StorageException.class)
        .hasMessageContaining("is not a temporary file of measures/andt-strategi.json");
    assertThat(outside).hasContent("keep me");
  }

  @Test
  void transactionsLeaveNoJournalOrTemporaryFiles() {
    try (LokbraStore store = JsonStore.open(root)) {
      for (int i = 0; i < 20; i++) {
        int n = i;
        store.useTransaction(tx -> {
          Organisation o = tx.organisations().save(Organisation.builder().id("org-" + n).name("Org " + n)
              .kind(OrganisationKind.OTHER).build());
          tx.organisations().save(o.toBuilder().name("Renamed " + n).build());
          tx.organisations().save(Organisation.builder().id("other-" + n).name("Other").kind(OrganisationKind.OTHER)
              .build());
          if (n > 0) {
            tx.organisations().deleteById(se.lokbra.core.organisation.OrganisationId.of("other-" + (n - 1)));
          }
        });
      }
      assertThat(root.resolve(".lokbra-journal")).doesNotExist();
      assertThat(temporaryFiles()).isEmpty();
    }
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.organisations().getById(se.lokbra.core.organisation.OrganisationId.of("org-19")).name())
          .isEqualTo("Renamed 19");
      assertThat(store.organisations().existsById(se.lokbra.core.organisation.OrganisationId.of("other-18")))
          .isFalse();
    }
  }

  @Test
  void aReaderNeverSeesHalfAFile() throws Exception {
    Path file = root.resolve("measures/andt-strategi.json");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      while (!done.get()) {
        try {
          Measure m = LOKBRA.readValue(Files.readAllBytes(file), Measure.class);
          assertThat(m.id()).isEqualTo(TestData.ANDT);
          reads.incrementAndGet();
        } catch (Throwable t) {
          failures.add(t);
          return;
        }
      }
    });
    reader.start();
    try (LokbraStore store = JsonStore.open(root)) {
      for (int i = 0; i < 100; i++) {
        Measure current = store.measures().getById(TestData.ANDT);
        store.measures().save(current.toBuilder().description("x".repeat(i * 500)).build());
      }
    } finally {
      done.set(true);
      reader.join();
    }
    assertThat(failures).isEmpty();
    assertThat(reads.get()).isPositive();
  }

  @Test
  void aWriteThatFailsChangesNothingAndTheStoreGoesOn() throws IOException {
    try (LokbraStore store = JsonStore.open(root)) {
      Path measures = root.resolve("measures");
      Path aside = root.resolve("measures-aside");
      Files.move(measures, aside);
      Files.writeString(measures, "not a directory");
      assertThatThrownBy(() -> store.measures().save(andt.toBuilder().title("Single").build()))
          .isInstanceOf(StorageException.class).hasMessageContaining("andt-strategi.json");
      assertThatThrownBy(() -> store.useTransaction(tx -> {
        tx.conferences().deleteById(ENDAGARS);
        tx.measures().save(andt.toBuilder().title("In a transaction").build());
      })).isInstanceOf(StorageException.class);
      assertThatThrownBy(() -> store.useTransaction(tx -> {
        for (int i = 0; i < 200; i++) { // large enough to be written by several threads
          tx.organisations().save(Organisation.builder().id("bulk-" + i).name("Bulk").kind(OrganisationKind.OTHER)
              .build());
        }
        tx.measures().save(andt.toBuilder().title("In a large transaction").build());
      })).isInstanceOf(StorageException.class);
      assertThat(store.snapshot()).isEqualTo(before);
      assertThat(temporaryFiles()).isEmpty();
      assertThat(root.resolve(".lokbra-journal")).doesNotExist();
      Files.delete(measures);
      Files.move(aside, measures);
      store.useTransaction(tx -> {
        tx.conferences().deleteById(ENDAGARS);
        tx.measures().save(andt.toBuilder().title("Now it works").build());
      });
    }
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.measures().getById(TestData.ANDT).title()).isEqualTo("Now it works");
      assertThat(store.conferences().existsById(ENDAGARS)).isFalse();
    }
  }
}

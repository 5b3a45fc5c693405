package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;

/**
 * Anything but a regular file where the store reads (a data file, the journal, the manifest, the lock file) is
 * refused with a {@link StorageException} naming the path and the rule, before it is opened: a FIFO would make the
 * open block for ever. The timeout below only guards against that hang; it measures nothing.
 */
class SpecialFilesTest {
  /** Far longer than opening a small store takes on a loaded machine; only a hang gets there. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir
  Path root;

  @BeforeEach
  void fill() {
    try (LokbraStore store = JsonStore.open(root)) {
      TestData.fill(store);
    }
  }

  private static void mkfifo(Path path) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
      return;
    }
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("mkfifo " + path + ": " + output).isZero();
    assertThat(Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(path, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  private StorageException openFails() {
    return assertTimeoutPreemptively(HANG_GUARD,
        () -> catchThrowableOfType(StorageException.class, () -> JsonStore.open(root).close()),
        "opening the store hung");
  }

  private static void assertRefused(StorageException e, Path path, String what) {
    assertThat(e).as("opening must fail").isNotNull();
    assertThat(e.getMessage()).contains("cannot read " + path + ": it is " + what)
        .contains("lokbra reads only regular files inside a store");
  }

  @Test
  void aFifoAmongTheDataFilesIsRefused() throws Exception {
    Path fifo = root.resolve("measures").resolve("x.json");
    mkfifo(fifo);
    assertRefused(openFails(), fifo, "a special file (a FIFO, socket or device), not a regular file");
  }

  @Test
  void theCheckReportsAFifoWithoutBlocking() throws Exception {
    Path fifo = root.resolve("measures").resolve("x.json");
    mkfifo(fifo);
    se.lokbra.core.CheckReport report = assertTimeoutPreemptively(HANG_GUARD, () -> JsonStore.check(root),
        "the check hung");
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo(fifo.toString());
      assertThat(p.what()).contains("it is a special file (a FIFO, socket or device), not a regular file");
    });
  }

  @Test
  void aFifoAmongTheTombstonesIsRefused() throws Exception {
    Path fifo = root.resolve("tombstones").resolve("councils").resolve("gone.json");
    mkfifo(fifo);
    assertRefused(openFails(), fifo, "a special file");
  }

  @Test
  void aFifoAsTheJournalIsRefused() throws Exception {
    Path fifo = root.resolve(".lokbra-journal");
    mkfifo(fifo);
    assertRefused(openFails(), fifo, "a special file");
  }

  @Test
  void aFifoAsTheManifestIsRefused() throws Exception {
    Path manifest = root.resolve("lokbra-store.json");
    Files.delete(manifest);
    mkfifo(manifest);
    assertRefused(openFails(), manifest, "a special file");
  }

  @Test
  void aFifoAsTheLockFileIsRefused() throws Exception {
    Path lock = root.resolve(".lokbra-lock");
    Files.deleteIfExists(lock);
    mkfifo(lock);
    assertRefused(openFails(), lock.toRealPath(LinkOption.NOFOLLOW_LINKS), "a special file");
  }

  @Test
  void aDirectoryNamedLikeADataFileIsRefused() throws Exception {
    Path directory = Files.createDirectory(root.resolve("people").resolve("y.json"));
    assertRefused(openFails(), directory, "a directory, not a regular file");
  }

  @Test
  void aSymbolicLinkToARegularFileIsRefused() throws Exception {
    Path people = root.resolve("people");
    Path existing;
    try (var files = Files.list(people)) {
      existing = files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
    }
    Path outside = Files.writeString(root.getParent().resolve(root.getFileName() + "-outside.json"), "{}");
    try {
      Path link = people.resolve("zz-link.json");
      Files.createSymbolicLink(link, outside);
      assertRefused(openFails(), link, "a symbolic link, not a regular file");
      Files.delete(link);
      Files.createSymbolicLink(link, existing);
      assertRefused(openFails(), link, "a symbolic link, not a regular file");
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void aKindDirectoryThatIsAFifoIsRefused() throws Exception {
    Path meetings = root.resolve("meetings");
    try (var files = Files.list(meetings)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(meetings);
    mkfifo(meetings);
    StorageException e = openFails();
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("cannot read " + meetings + ": it is a special file", "not a directory");
  }

  @Test
  void theStoreOpensAgainOnceTheSpecialFileIsGone() throws Exception {
    Path fifo = root.resolve("measures").resolve("x.json");
    mkfifo(fifo);
    assertThat(openFails()).isNotNull();
    Files.delete(fifo);
    try (LokbraStore store = assertTimeoutPreemptively(HANG_GUARD, () -> JsonStore.open(root))) {
      assertThat(store.snapshot().entities().count()).isPositive();
    }
    assertThat(List.of(root.resolve("measures").toFile().list())).doesNotContain("x.json");
  }
}

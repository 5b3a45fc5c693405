package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.storage.json.FaultyFileSystem.Event;
import se.lokbra.storage.json.FaultyFileSystem.Kind;
import se.lokbra.storage.json.FaultyFileSystem.Op;

/**
 * Failing I/O under the JSON store, through {@link FaultyFileSystem}: for each kind of write (a save of one file, a
 * new entity, a transaction over several files, a delete, a re-creation, a large restore), every file-system
 * operation the write does is made to fail in turn, with an I/O error and, for writes, a full disk. Each time the
 * call either fails with a {@link StorageException} that names the operation and the path it failed on, and then
 * the store, in memory and on disk after reopening, holds exactly what it held before; or the fault hit after the
 * commit point, the call succeeded, and the reopened store holds exactly the new state.
 */
class FaultInjectionTest {
  private static final StoreOptions OPTIONS = StoreOptions.defaults()
      .withClock(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
  private static final String OPERATION = "(creating|writing|forcing|closing|renaming|deleting|checking|reading|"
      + "listing)";

  @TempDir
  static Path template;

  @TempDir
  Path dir;

  @BeforeAll
  static void fillTemplate() {
    try (LokbraStore store = JsonStore.open(template, OPTIONS)) {
      TestData.fill(store);
    }
  }

  /** A named write to fail. */
  private record Call(String name, Consumer<LokbraStore> work) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        new Call("save of one file", s -> s.organisations().save(s.organisations()
            .getById(OrganisationId.of("polisen-karlskoga")).toBuilder().name("Polisen i Karlskoga").build())),
        new Call("new entity", s -> s.organisations().save(Organisation.builder().id("ny-forening")
            .name("Ny förening").kind(OrganisationKind.NON_PROFIT).build())),
        new Call("transaction over three files", s -> s.inTransaction(tx -> {
          tx.measures().save(tx.measures().getById(TestData.ANDT).withStatus(MeasureStatus.COMPLETED));
          tx.organisations().save(Organisation.builder().id("ny-forening").name("Ny förening")
              .kind(OrganisationKind.NON_PROFIT).build());
          return tx.conferences().deleteById(se.lokbra.core.conference.ConferenceId.of("endagars"));
        })),
        new Call("delete", s -> s.measures().deleteById(se.lokbra.core.measure.MeasureId.of("utan-period"))),
        new Call("re-creation of a deleted entity", s -> s.organisations().save(Organisation.builder()
            .id("ideell-forening").name("Föreningen Trygg").kind(OrganisationKind.NON_PROFIT).build())),
        new Call("restore of 64 entities, written in parallel", s -> s.restore(sixtyFourOrganisations())))
        .map(Arguments::of);
  }

  private static DataSet sixtyFourOrganisations() {
    Revision revision = Revision.of(1, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));
    ImmutableList.Builder<Organisation> organisations = ImmutableList.builder();
    for (int i = 0; i < 64; i++) {
      organisations.add(Organisation.builder().id("importerad-" + i).revision(revision).name("Importerad " + i)
          .kind(OrganisationKind.OTHER).build());
    }
    return DataSet.builder().addAll(organisations.build()).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void everyFailingOperationLeavesTheStoreAsBeforeOrCommitted(Call call) throws IOException {
    DataSet before = snapshotOf(template);
    Map<String, String> treeBefore = tree(fresh());
    Path afterDirectory = afterFaultFree(call);
    DataSet after = snapshotOf(afterDirectory);
    Map<String, String> treeAfter = tree(afterDirectory);
    List<Event> events = recordedEvents(call);
    assertThat(events).as("the operations of %s", call).isNotEmpty();
    int failed = 0;
    int injected = 0;
    // A large transaction does hundreds of operations; by default every operation on the journal and every
    // 25th other one fails (-Dlokbra.faults.all=true: all of them).
    boolean all = events.size() < 100 || Boolean.getBoolean("lokbra.faults.all");
    for (int i = 0; i < events.size(); i++) {
      if (!all && i % 25 != 0 && !events.get(i).path().toString().contains(".lokbra-journal")) {
        continue;
      }
      List<Kind> kinds = events.get(i).op() == Op.WRITE ? List.of(Kind.IO_ERROR, Kind.NO_SPACE)
          : List.of(Kind.IO_ERROR);
      for (Kind kind : kinds) {
        injected++;
        if (failOne(call, i, kind, events.get(i), new Expected(before, treeBefore, after, treeAfter))) {
          failed++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "FaultInjectionTest: %s: %d file-system operations, %d faults injected: %d "
        + "failed the call (store as before), %d hit after the commit point (call succeeded)%n", call,
        events.size(), injected, failed, injected - failed);
    // Every operation up to the commit point fails the call; the few after it (finishing the renames) do not.
    assertThat(failed).as("calls that failed").isPositive();
  }

  /** The store before and after the call: its data, and every file with its content. */
  private record Expected(DataSet before, Map<String, String> treeBefore, DataSet after,
      Map<String, String> treeAfter) {}

  /** Fails operation {@code index} of {@code call}; returns whether the call failed. */
  private boolean failOne(Call call, int index, Kind kind, Event event, Expected expected) throws IOException {
    DataSet before = expected.before();
    DataSet after = expected.after();
    String what = call + ", " + kind + " at operation " + index + " (" + event + ")";
    Path work = fresh();
    FaultyFileSystem fs = new FaultyFileSystem();
    Throwable failure;
    try (LokbraStore store = JsonStore.open(fs.wrap(work), OPTIONS)) {
      fs.failAt(index, kind);
      failure = catchThrowable(() -> call.work().accept(store));
      assertThat(fs.armed()).as("%s: the fault was hit", what).isFalse();
      if (failure != null) {
        assertThat(failure).as(what).isInstanceOf(StorageException.class);
        // The path the fault hit; temporary files have a random part.
        String path = withoutToken(fs.hits().get(0).path().toString());
        assertThat(withoutToken(failure.getMessage())).as(what).contains(path).containsPattern(OPERATION)
            .contains(kind.reason);
        assertThat(store.snapshot()).as("%s: the store in memory", what).isEqualTo(before);
      } else {
        assertThat(store.snapshot()).as("%s: the store in memory", what).isEqualTo(after);
      }
    }
    DataSet reopened = snapshotOf(work);
    assertThat(tree(work)).as("%s: the files after reopening", what)
        .isEqualTo(failure != null ? expected.treeBefore() : expected.treeAfter());
    assertThat(reopened).as("%s: the store reopened", what).isEqualTo(failure != null ? before : after);
    return failure != null;
  }

  /** A store directory after the call ran without faults. */
  private Path afterFaultFree(Call call) throws IOException {
    Path work = fresh();
    try (LokbraStore store = JsonStore.open(work, OPTIONS)) {
      call.work().accept(store);
    }
    return work;
  }

  /** The operations of the call, on paths relative to the store directory. */
  private List<Event> recordedEvents(Call call) throws IOException {
    Path work = fresh();
    FaultyFileSystem fs = new FaultyFileSystem();
    try (LokbraStore store = JsonStore.open(fs.wrap(work), OPTIONS)) {
      fs.record();
      call.work().accept(store);
      return fs.events().stream().map(e -> new Event(e.op(), work.relativize(e.path()))).toList();
    }
  }

  @Test
  void aFullDiskFailsEveryWriteClearlyAndTheStoreWorksAgainOnceThereIsSpace() throws IOException {
    Path work = fresh();
    FaultyFileSystem fs = new FaultyFileSystem();
    DataSet before = snapshotOf(work);
    try (LokbraStore store = JsonStore.open(fs.wrap(work), OPTIONS)) {
      fs.failEvery(e -> e.op() == Op.WRITE, Kind.NO_SPACE);
      for (Call call : calls().map(a -> (Call) a.get()[0]).toList()) {
        assertThatThrownBy(() -> call.work().accept(store)).as(call.name()).isInstanceOf(StorageException.class)
            .hasMessageContaining("No space left on device").hasMessageContaining(work.toString());
        assertThat(store.snapshot()).as(call.name()).isEqualTo(before);
      }
      assertThat(temporaryFiles(work)).as("temporary files of the failed writes").isEmpty();
      fs.heal();
      Organisation saved = store.organisations().save(Organisation.builder().id("efter-disken")
          .name("Efter disken").kind(OrganisationKind.OTHER).build());
      assertThat(saved.version()).isEqualTo(1);
    }
    assertThat(snapshotOf(work).organisations()).extracting(o -> o.id().value()).contains("efter-disken");
  }

  @Test
  void aTransactionWhoseRenamesFailAfterTheCommitIsFinishedByTheNextOpen() throws IOException {
    Call call = (Call) calls().toList().get(2).get()[0];
    DataSet after = snapshotOf(afterFaultFree(call));
    Path work = fresh();
    FaultyFileSystem fs = new FaultyFileSystem();
    try (LokbraStore store = JsonStore.open(fs.wrap(work), OPTIONS)) {
      // Renames of data files fail from now on, the journal's own rename included: so the commit fails...
      fs.failEvery(e -> e.op() == Op.MOVE, Kind.IO_ERROR);
      assertThatThrownBy(() -> call.work().accept(store)).isInstanceOf(StorageException.class)
          .hasMessageContaining("renaming");
      // ...while a fault in the renames after the commit leaves the journal for later and the call succeeds.
      fs.failEvery(e -> e.op() == Op.MOVE && !e.path().getFileName().toString().startsWith(".lokbra-journal"),
          Kind.IO_ERROR);
      call.work().accept(store);
      assertThat(store.snapshot()).isEqualTo(after);
      // Closing cannot finish either; the journal stays for the next open.
    }
    assertThat(work.resolve(".lokbra-journal")).exists();
    assertThat(snapshotOf(work)).isEqualTo(after);
    assertThat(work.resolve(".lokbra-journal")).doesNotExist();
  }

  @Test
  void aStoreThatCannotPutAFileBackRefusesToWriteUntilReopened() throws IOException {
    Path work = fresh();
    FaultyFileSystem fs = new FaultyFileSystem();
    DataSet before = snapshotOf(work);
    Call save = (Call) calls().toList().get(0).get()[0];
    try (LokbraStore store = JsonStore.open(fs.wrap(work), OPTIONS)) {
      // Forcing directories fails for good: the save fails, and so does putting the old file back.
      fs.failEvery(e -> e.op() == Op.FORCE && Files.isDirectory(e.path()), Kind.IO_ERROR);
      assertThatThrownBy(() -> save.work().accept(store)).isInstanceOf(StorageException.class)
          .hasMessageContaining("forcing the directory " + work.resolve("organisations") + " to disk failed");
      fs.heal();
      assertThatThrownBy(() -> save.work().accept(store)).isInstanceOf(StorageException.class)
          .hasMessageContaining("cannot write any more").hasMessageContaining("close and reopen it");
      assertThat(store.snapshot()).isEqualTo(before);
    }
    try (LokbraStore store = JsonStore.open(work, OPTIONS)) {
      assertThat(store.snapshot()).as("the old file was put back, only not forced").isEqualTo(before);
      save.work().accept(store);
    }
  }

  @Test
  void theCauseOfAFailureIsKeptInItsOneLineMessage() throws IOException {
    Path work = fresh();
    for (Kind kind : List.of(Kind.PERMISSION_DENIED, Kind.TOO_MANY_FILES)) {
      FaultyFileSystem fs = new FaultyFileSystem();
      fs.failEvery(e -> e.op() == Op.OPEN && e.path().getFileName().toString().equals(".lokbra-lock"), kind);
      assertThatThrownBy(() -> JsonStore.open(fs.wrap(work), OPTIONS)).as("opening, %s", kind)
          .isInstanceOf(StorageException.class).hasMessageContaining(kind.reason).hasMessageContaining(".lokbra-lock")
          .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
      FaultyFileSystem writes = new FaultyFileSystem();
      try (LokbraStore store = JsonStore.open(writes.wrap(work), OPTIONS)) {
        writes.failEvery(e -> e.op() == Op.OPEN && e.path().getFileName().toString().endsWith(".tmp"), kind);
        assertThatThrownBy(() -> store.organisations().save(Organisation.builder().name("Ny")
            .kind(OrganisationKind.OTHER).build())).as("saving, %s", kind).isInstanceOf(StorageException.class)
            .hasMessageContaining(kind.reason).satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
      }
    }
    assertThat(snapshotOf(work)).isEqualTo(snapshotOf(template));
  }

  @Test
  void aStoreThatCannotReadAFileDoesNotOpenAndNamesTheFile() throws IOException {
    Path work = fresh();
    FaultyFileSystem fs = new FaultyFileSystem();
    Path measure = work.resolve("measures").resolve(TestData.ANDT.value() + ".json");
    fs.failEvery(e -> e.op() == Op.READ && e.path().equals(measure), Kind.IO_ERROR);
    assertThatThrownBy(() -> JsonStore.open(fs.wrap(work), OPTIONS)).isInstanceOf(StorageException.class)
        .hasMessageContaining("reading " + measure).hasMessageContaining("Input/output error");
    fs.heal();
    assertThat(snapshotOf(work)).isEqualTo(snapshotOf(template));
  }

  @Test
  void aJournalThatCannotBeCheckedStopsTheOpenInsteadOfBeingSkipped() throws IOException {
    Path work = fresh();
    FaultyFileSystem fs = new FaultyFileSystem();
    fs.failEvery(e -> e.op() == Op.ATTRIBUTES && e.path().getFileName().toString().equals(".lokbra-journal"),
        Kind.IO_ERROR);
    assertThatThrownBy(() -> JsonStore.open(fs.wrap(work), OPTIONS)).isInstanceOf(StorageException.class)
        .hasMessageContaining(work.resolve(".lokbra-journal").toString())
        .hasMessageContaining("Input/output error");
  }

  // ---------------------------------------------------------------- helpers

  /** A copy of the template store in a new directory. */
  private Path fresh() throws IOException {
    Path work = Files.createTempDirectory(dir, "store");
    try (Stream<Path> files = Files.walk(template)) {
      for (Path file : files.toList()) {
        Path target = work.resolve(template.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!file.getFileName().toString().equals(".lokbra-lock")) {
          Files.copy(file, target);
        }
      }
    }
    return work;
  }

  private static DataSet snapshotOf(Path directory) {
    try (LokbraStore store = JsonStore.open(directory, OPTIONS)) {
      return store.snapshot();
    }
  }

  private static List<Path> temporaryFiles(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutToken(String text) {
    return text.replaceAll("\\.[0-9a-f]{1,16}\\.tmp", ".*.tmp");
  }

  /** Every file of a store directory (but the lock) and its content: "exactly as before" down to the byte. */
  private static Map<String, String> tree(Path directory) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals(".lokbra-lock")) {
          byte[] bytes = Files.readAllBytes(file);
          tree.put(directory.relativize(file).toString(), bytes.length + " bytes, hash "
              + Integer.toHexString(Arrays.hashCode(bytes)));
        }
      }
    }
    return tree;
  }
}

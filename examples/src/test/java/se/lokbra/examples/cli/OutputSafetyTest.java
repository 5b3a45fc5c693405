package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.StorageException;

/**
 * Outputs never destroy (issue 23): every file output is atomic, devices and FIFOs are written through, symbolic
 * links are followed, anything else is refused; a write error on standard output fails the command; read-only
 * commands refuse a store that does not exist.
 */
class OutputSafetyTest {
  private static final int S_IFMT = 0170000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  /** The store every test reads (none writes it), filled once. */
  @TempDir
  static Path shared;

  private static String store;
  private static String document;

  @TempDir
  Path dir;

  @BeforeAll
  static void fill() {
    store = "jdbc:sqlite:" + shared.resolve("store.db");
    TestData.fill(store, CliRunner.CLOCK);
    CliRunner r = CliRunner.run("export", "--store", store);
    assertThat(r.exitCode()).as(r.err()).isZero();
    document = r.out();
  }

  private static int type(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
  }

  private static void assertOneLineError(CliRunner r, int exitCode) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
    assertThat(r.err()).startsWith("lokbra: ");
    assertThat(r.err().lines()).hasSize(1);
  }

  /** The temporary files and directories an output may leave beside its target. */
  private List<Path> leftovers() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }

  // ------------------------------------------------------------ 1: what the output path is

  @Test
  void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    CliRunner r = CliRunner.run("export", "--store", store, "--output", fifo.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(document);
    assertThat(type(fifo)).as("still a FIFO").isEqualTo(S_IFIFO);
  }

  @Test
  void aCharacterDeviceIsWrittenThroughAndAFullOneFailsInOneLine() throws Exception {
    Path full = Path.of("/dev/full");
    assertThat(type(full)).isEqualTo(S_IFCHR);
    for (String[] args : List.of(new String[] {"export", "--store", store, "--output", "/dev/full"},
        new String[] {"export", "--store", store, "--format", "csv", "--output", "/dev/full"},
        new String[] {"report", "--store", store, "--output", "/dev/full"})) {
      CliRunner r = CliRunner.run(args);
      assertOneLineError(r, 1);
      assertThat(r.err()).contains("/dev/full").contains("No space left on device");
      assertThat(type(full)).as("still a character device").isEqualTo(S_IFCHR);
    }
  }

  @Test
  void aSymbolicLinkIsFollowedAndItsTargetReplacedAtomically() throws Exception {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    Path linkToLink = Files.createSymbolicLink(dir.resolve("link2.json"), link.getFileName());
    CliRunner r = CliRunner.run("export", "--store", store, "--output", linkToLink.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
    assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo(document);

    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), Path.of("report.md"));
    CliRunner report = CliRunner.run("report", "--store", store, "--output", dangling.toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8)).startsWith("# Uppföljning");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aDirectoryIsNeverReplacedByAFileOutput() throws Exception {
    Path target = Files.createDirectory(dir.resolve("out"));
    Files.writeString(target.resolve("keep.txt"), "keep");
    for (String format : List.of("json", "csv", "popolo")) {
      CliRunner r = CliRunner.run("export", "--store", store, "--format", format, "--output", target.toString());
      assertOneLineError(r, 1);
      assertThat(r.err()).contains("a directory");
    }
    assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("keep");
  }

  @Test
  void aRegularFileIsReplacedWholeKeepingItsPermissionsAndADashIsStandardOutput() throws Exception {
    Path file = dir.resolve("export.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    CliRunner r = CliRunner.run("export", "--store", store, "--output", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(document);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    CliRunner dash = CliRunner.run("export", "--store", store, "--output", "-");
    assertThat(dash.out()).isEqualTo(document);
    CliRunner reportDash = CliRunner.run("report", "--store", store, "-o", "-");
    assertThat(reportDash.out()).startsWith("# Uppföljning");
    assertThat(leftovers()).isEmpty();
  }

  // ------------------------------------------------------------ 2: a failure leaves the previous output whole

  @Test
  void aFailedFileWriteLeavesThePreviousFileWholeAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("report.md");
    Files.writeString(file, "the previous report");
    StorageException e = org.assertj.core.api.Assertions.catchThrowableOfType(StorageException.class,
        () -> Output.file(file, System.out, out -> {
          out.write(new byte[10_000]);
          throw new IOException("No space left on device");
        }));
    assertThat(e).hasMessageContaining(file.toString()).hasMessageContaining("No space left on device");
    assertThat(Files.readString(file)).isEqualTo("the previous report");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFailedDirectoryWriteLeavesThePreviousExportWholeAndNoTemporaryDirectory() throws Exception {
    Path oparl = dir.resolve("oparl");
    CliRunner first = CliRunner.run("export", "--store", store, "--format", "oparl", "--base-url",
        "https://example.org/oparl", "--output", oparl.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    List<Path> before;
    try (Stream<Path> files = Files.walk(oparl)) {
      before = files.map(oparl::relativize).sorted().toList();
    }
    assertThat(before).contains(Path.of("system"));
    byte[] system = Files.readAllBytes(oparl.resolve("system"));

    assertThatThrownBy(() -> Output.directory(oparl, "an OParl export", d -> true, temp -> {
      Files.writeString(temp.resolve("system"), "half");
      throw new IOException("No space left on device");
    })).isInstanceOf(StorageException.class).hasMessageContaining("No space left on device");
    assertThat(Files.readAllBytes(oparl.resolve("system"))).isEqualTo(system);
    assertThat(leftovers()).isEmpty();

    CliRunner again = CliRunner.run("export", "--store", store, "--format", "oparl", "--base-url",
        "https://example.org/oparl", "--output", oparl.toString());
    assertThat(again.exitCode()).as("an earlier export is replaced: %s", again.err()).isZero();
    try (Stream<Path> files = Files.walk(oparl)) {
      assertThat(files.map(oparl::relativize).sorted().toList()).isEqualTo(before);
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aDirectoryThatHoldsSomethingElseIsNotReplacedByADirectoryExport() throws Exception {
    Path home = Files.createDirectory(dir.resolve("home"));
    Files.writeString(home.resolve("notes.txt"), "mine");
    for (String[] args : List.of(new String[] {"export", "--store", store, "--format", "oparl", "--base-url",
        "https://example.org/oparl", "--output", home.toString()},
        new String[] {"export", "--store", store, "--format", "ical", "--output", home.toString()})) {
      CliRunner r = CliRunner.run(args);
      assertOneLineError(r, 1);
      assertThat(r.err()).contains("not empty");
    }
    try (Stream<Path> files = Files.list(home)) {
      assertThat(files.toList()).containsExactly(home.resolve("notes.txt"));
    }
    Path feeds = dir.resolve("feeds");
    for (int i = 0; i < 2; i++) {
      CliRunner r = CliRunner.run("export", "--store", store, "--format", "ical", "--output", feeds.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
    try (Stream<Path> files = Files.list(feeds)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).isNotEmpty().allMatch(n -> n.endsWith(".ics"));
    }
    assertThat(leftovers()).isEmpty();
  }

  // ------------------------------------------------------------ 3: standard output that cannot be written

  @Test
  void everyCommandThatPrintsFailsInOneLineWhenStandardOutputCannotBeWritten() throws Exception {
    Path doc = dir.resolve("doc.json");
    Files.writeString(doc, document, StandardCharsets.UTF_8);
    List<String[]> commands = List.of(new String[] {"report", "--store", store},
        new String[] {"report", "--store", store, "--format", "html"},
        new String[] {"export", "--store", store}, new String[] {"export", "--store", store, "--format", "popolo"},
        new String[] {"validate", doc.toString()},
        new String[] {"import", "--store", "memory:full", doc.toString()},
        new String[] {"copy", "--from", store, "--to", "memory:copy"},
        new String[] {"demo", "--store", "memory:demo"}, new String[] {"--help"});
    for (String[] args : commands) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code;
      try (PrintStream full = new StdoutStream(new FileOutputStream("/dev/full"))) {
        code = Main.run(args, full, new PrintStream(err, true, StandardCharsets.UTF_8), CliRunner.CLOCK);
      }
      String stderr = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as("%s: %s", String.join(" ", args), stderr).isEqualTo(1);
      assertThat(stderr).startsWith("lokbra: ").contains("standard output").contains("No space left on device");
      assertThat(stderr.lines()).hasSize(1);
    }
  }

  // ------------------------------------------------------------ 4: a store that is not there

  @Test
  void readOnlyCommandsRefuseAStoreThatDoesNotExistAndCreateNothing() throws Exception {
    Path missingFile = dir.resolve("lokbar.db");
    Path missingDirectory = dir.resolve("no-such-store");
    for (String uri : List.of("jdbc:sqlite:" + missingFile, "json:" + missingDirectory)) {
      for (String[] args : List.of(new String[] {"export", "--store", uri}, new String[] {"report", "--store", uri},
          new String[] {"copy", "--from", uri, "--to", "memory:x"})) {
        CliRunner r = CliRunner.run(args);
        assertOneLineError(r, 2);
        assertThat(r.err()).contains("no lokbra store").contains(uri.substring(uri.indexOf(':') + 1));
      }
    }
    assertThat(missingFile).doesNotExist();
    assertThat(missingDirectory).doesNotExist();
    CliRunner created = CliRunner.run("report", "--store", "jdbc:sqlite:" + missingFile, "--create");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(missingFile).exists();
  }

  // ------------------------------------------------------------ 8, 13: bad input, messages

  @Test
  void anInvalidPostgresqlPortIsBadInputInOneLine() {
    for (String port : List.of("99999", "abc")) {
      CliRunner r = CliRunner.run("export", "--store", "jdbc:postgresql://localhost:" + port + "/lokbra?user=u");
      assertOneLineError(r, 2);
      assertThat(r.err()).contains("'" + port + "'").contains("65535");
    }
  }

  @Test
  void aMissingDocumentIsBadInputAndLoneSurrogatesAreShownEscaped() {
    for (String command : List.of("import", "validate")) {
      CliRunner r = CliRunner.run(command, dir.resolve("missing.json").toString());
      assertOneLineError(r, 2);
      assertThat(r.err()).contains("missing.json").contains("no such file");
    }
    CliRunner directory = CliRunner.run("import", "--store", "memory:x", dir.toString());
    assertOneLineError(directory, 2);

    CliRunner surrogate = CliRunner.run("report", "--store", store, "--council", "a\uD800b");
    assertOneLineError(surrogate, 2);
    assertThat(surrogate.err()).contains("a\\uD800b").doesNotContain("?");
    assertThat(Main.sentence("x\uDC00 \u001B")).isEqualTo("x\\uDC00 \\u001B.");
  }
}

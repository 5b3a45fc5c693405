package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.storage.json.DataSetDocument;
import se.lokbra.storage.json.JsonStore;

/**
 * Fuzz test of the command line: {@link Main#run} with any arguments never throws, exits with 0, 1 or 2, and on an
 * error prints exactly one line to stderr (starting {@code lokbra: }, naming no Java exception class, with a stack
 * trace only under {@code --verbose}).
 *
 * <p>An input is the arguments, one per line, in UTF-8; {@code $TMP} stands for a scratch directory holding a valid data-set
 * document ({@code doc.json}), a broken one ({@code bad.json}) and a directory ({@code dir}). The fuzzer must never
 * write outside it: before running, the arguments are parsed, and an input whose store URIs or file options point
 * anywhere else (the default store, {@code jdbc:sqlite:lokbra.db}, included) or at a PostgreSQL server is skipped.
 */
class CliFuzzTest {
  private static final Path SANDBOX;
  private static final byte[] DOCUMENT;
  private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

  static {
    try {
      SANDBOX = Files.createTempDirectory("lokbra-cli-fuzz").toRealPath();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> clear(SANDBOX, true)));
      try (LokbraStore store = LokbraStores.open("memory:sample")) {
        KarlskogaDegerfors.loadIfEmpty(store);
        DOCUMENT = DataSetDocument.toBytes(store.snapshot());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  void arguments(byte[] input) throws IOException {
    // Raw bytes, decoded as the JVM decodes a command line: Jazzer's own String format would hide the seeds' text.
    String text = new String(input, StandardCharsets.UTF_8);
    String[] args = text.isEmpty() ? new String[0] : Arrays.stream(text.split("\n", 16))
        .map(a -> a.replace("$TMP", SANDBOX.toString())).toArray(String[]::new);
    if (!staysInTheSandbox(args)) {
      return;
    }
    resetSandbox();
    Set<String> workingDirectoryBefore = listing(WORKING_DIRECTORY);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CliRunner.CLOCK);
    String stderr = err.toString(StandardCharsets.UTF_8);

    assertThat(code).as("exit code; stderr: %s", stderr).isIn(0, 1, 2);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    if (code != 0) {
      assertThat(stderr).as("an error is reported").startsWith("lokbra: ");
      assertThat(stderr.lines().findFirst().orElseThrow()).as("no Java exception class instead of a message")
          .doesNotContainPattern("^lokbra: [A-Za-z]*(Exception|Error): ");
      if (!verbose) {
        assertThat(stderr.lines()).as("one line on stderr").hasSize(1);
      }
    }
    assertThat(listing(WORKING_DIRECTORY)).as("nothing created in the working directory")
        .isEqualTo(workingDirectoryBefore);
  }

  /**
   * Whether running {@code args} writes nowhere but the sandbox: every path option is in it, every store URI is a
   * {@code memory:} store, in the sandbox, or one no backend opens. Arguments that do not parse are safe: the tool
   * stops before it touches anything.
   */
  private static boolean staysInTheSandbox(String[] args) {
    CommandLine cli = new CommandLine(new Main(CliRunner.CLOCK, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    cli.setExpandAtFiles(false);
    cli.setOut(new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    ParseResult result;
    try {
      result = cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return true;
    }
    for (ParseResult command = result; command != null; command = command.subcommand()) {
      for (ArgSpec arg : command.commandSpec().args()) {
        Object value = arg.getValue();
        if (value instanceof Path path && !inSandbox(path)) {
          return false;
        }
        if (value instanceof String text && arg.paramLabel().equals("URI") && !safeStore(text)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean safeStore(String uri) {
    if (uri.startsWith("jdbc:postgresql")) {
      return false;
    }
    try {
      if (uri.startsWith("jdbc:sqlite:")) {
        String path = new URI(uri).getSchemeSpecificPart().substring("sqlite:".length());
        return path.isEmpty() || path.contains("?") || path.startsWith(":memory:") || path.startsWith("file:")
            || inSandbox(Path.of(path));
      }
      if (uri.startsWith("json:")) {
        return inSandbox(JsonStore.directory(new URI(uri)));
      }
    } catch (Exception refused) {
      return true; // the tool refuses the URI before it opens anything
    }
    return !uri.startsWith("jdbc:");
  }

  private static boolean inSandbox(Path path) {
    try {
      return path.toAbsolutePath().normalize().startsWith(SANDBOX);
    } catch (InvalidPathException e) {
      return true;
    }
  }

  /** Empties the sandbox and puts the inputs back. */
  private static void resetSandbox() throws IOException {
    clear(SANDBOX, false);
    Files.write(SANDBOX.resolve("doc.json"), DOCUMENT);
    Files.write(SANDBOX.resolve("bad.json"), Arrays.copyOf(DOCUMENT, DOCUMENT.length / 2));
    Files.createDirectories(SANDBOX.resolve("dir"));
  }

  private static void clear(Path root, boolean itself) {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        if (itself || !p.equals(root)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> listing(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}

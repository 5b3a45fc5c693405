package se.lokbra.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import se.lokbra.core.LokbraException;
import se.lokbra.core.NotFoundException;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.StoreNotFoundException;
import se.lokbra.core.ValidationException;
import se.lokbra.core.VersionConflictException;
import se.lokbra.storage.json.JsonDocumentException;

/**
 * The {@code lokbra} command-line tool: {@code java -jar lokbra.jar <command>}. Exit codes: 0 on success, 2 on bad
 * usage or invalid input, 1 on any other failure; errors go to stderr as one sentence (with the stack trace only
 * under {@code --verbose}).
 */
@Command(name = "lokbra", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Work with a lokbra store: the data of local crime-prevention councils (Lokbrå).",
    subcommands = {DemoCommand.class, ExportCommand.class, ImportCommand.class, CopyCommand.class,
        ReportCommand.class, ComplianceCommand.class, ValidateCommand.class, CheckCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** The store every command uses unless told otherwise: a SQLite file in the working directory. */
  public static final String DEFAULT_STORE = "jdbc:sqlite:lokbra.db";

  @Spec
  CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
  boolean verbose;

  final Clock clock;
  /** The raw streams, for commands that write bytes (export) or progress (stderr). */
  final PrintStream out;
  final PrintStream err;

  Main(Clock clock, PrintStream out, PrintStream err) {
    this.clock = clock;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'lokbra --help'.");
  }

  public static void main(String[] args) {
    PrintStream out = new StdoutStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, Clock.systemDefaultZone()));
  }

  /** Runs the tool in-process (tests use this) and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    Main main = new Main(clock, out, err);
    CommandLine cli = new CommandLine(main);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    // Arguments are taken as given: "@file" would read the arguments from a file, and "@/dev/zero" never ends.
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler((e, arguments) -> {
      err.println("lokbra: " + sentence(e.getMessage()) + " Try '"
          + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      if (main.verbose) {
        e.printStackTrace(err);
      }
      return 2;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // A malformed document is bad input too, although the same error in a store's own file is a storage failure.
      // So is a store that does not exist, named by a command that only reads.
      boolean badInput = e instanceof ValidationException || e instanceof ReferentialIntegrityException
          || e instanceof VersionConflictException || e instanceof NotFoundException
          || e instanceof JsonDocumentException || e instanceof CommandLine.ParameterException
          || e instanceof StoreNotFoundException;
      String message = e instanceof LokbraException || e instanceof CommandLine.ParameterException
          ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
      err.println("lokbra: " + sentence(message));
      if (main.verbose) {
        e.printStackTrace(err);
      }
      return badInput ? 2 : 1;
    });
    try {
      int code = cli.execute(args);
      cli.getOut().flush();
      if (code == 0 && out.checkError()) {
        // What a command printed (a report, a summary) did not arrive: a full disk, a closed pipe.
        err.println("lokbra: " + sentence("cannot write to standard output: " + StdoutStream.reason(out)));
        return 1;
      }
      return code;
    } catch (OutOfMemoryError e) {
      err.println("lokbra: out of memory (the maximum heap is " + Runtime.getRuntime().maxMemory() + " bytes); run "
          + "java with a larger -Xmx.");
      return 1;
    }
  }

  /**
   * The message as one sentence on one line: control characters (a line break in a value the message quotes, a
   * terminal escape) and lone surrogates are shown escaped, as a backslash, {@code u} and four hexadecimal digits,
   * so an error is always exactly one line and shows what the value held.
   */
  static String sentence(String message) {
    String m = message == null || message.isBlank() ? "unknown error" : message.strip();
    StringBuilder line = new StringBuilder(m.length());
    m.codePoints().forEach(c -> {
      if (c == '\n') {
        line.append("\\n");
      } else if (c == '\r') {
        line.append("\\r");
      } else if (c == '\t') {
        line.append("\\t");
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.SURROGATE) {
        // A lone surrogate (not valid Unicode) would be printed as '?' by the UTF-8 encoder.
        line.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        line.appendCodePoint(c);
      }
    });
    return line.charAt(line.length() - 1) == '.' ? line.toString() : line + ".";
  }

  /** Prints the version of the jar (from its manifest, or "development" when run from classes). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"lokbra " + (v == null ? "development" : v)};
    }
  }
}

package se.lokbra.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;

/**
 * {@code lokbra validate FILE}: checks a data-set document without touching any store: its JSON, every value, and
 * that its references resolve within the document (it is restored into a throw-away in-memory store).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a data-set document (syntax, values, references) without touching any store.")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The data-set document to check.")
  Path file;

  @Override
  public Integer call() {
    DataSet data = DocumentFile.read(spec.commandLine(), file);
    try (LokbraStore scratch = LokbraStores.open("memory:validate", StoreOptions.defaults().withClock(main.clock))) {
      scratch.restore(data);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s is a valid data-set document: %d entities and %d tombstones.%n", file, data.size(),
        data.tombstones().size());
    out.flush();
    return 0;
  }
}

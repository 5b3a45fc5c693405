package se.lokbra.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;

/**
 * {@code lokbra import FILE}: reads a data-set document into the store in one transaction, all or nothing. Ids,
 * versions and timestamps are kept; entities the store already holds unchanged are skipped, so importing the same
 * document twice changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Read a data-set document into the store in one transaction: all or nothing.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Parameters(index = "0", paramLabel = "FILE", description = "The data-set document (from 'lokbra export').")
  Path file;

  @Override
  public Integer call() {
    Progress progress = new Progress(main.err);
    progress.step("reading " + file);
    DataSet data = DocumentFile.read(spec.commandLine(), file);
    try (LokbraStore s = store.open(main.clock, true)) {
      progress.step("importing " + data.size() + " entities and " + data.tombstones().size() + " tombstones");
      s.restore(data);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Imported %d entities and %d tombstones from %s into %s.%n", data.size(), data.tombstones().size(),
          file, s.uri());
      out.flush();
    }
    return 0;
  }
}

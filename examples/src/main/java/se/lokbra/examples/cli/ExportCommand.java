package se.lokbra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.storage.json.DataSetDocument;

/** {@code lokbra export}: the whole store as one data-set document (JSON with a {@code formatVersion}). */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the whole store as one data-set document (JSON). The same store always gives the same bytes.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Mixin
  StoreOption store;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of stdout.")
  Path output;

  @Override
  public Integer call() {
    Progress progress = new Progress(main.err);
    DataSet data;
    try (LokbraStore s = store.open(main.clock)) {
      progress.step("reading " + s.uri());
      data = s.snapshot();
    }
    progress.step("writing " + data.size() + " entities and " + data.tombstones().size() + " tombstones");
    if (output != null) {
      DataSetDocument.write(data, output);
    } else {
      OutputStream out = main.out;
      DataSetDocument.write(data, out);
      try {
        out.flush();
      } catch (IOException e) {
        throw new StorageException("cannot write the export to stdout: " + e.getMessage(), e);
      }
    }
    return 0;
  }
}

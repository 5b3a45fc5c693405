package se.lokbra.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.model.Aggregate;

/**
 * {@code lokbra copy --from URI --to URI}: copies every entity and tombstone, with ids, versions and timestamps,
 * from one store to another in one transaction, then checks that the target holds every copied entity unchanged.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
    description = "Copy every entity (ids, versions and timestamps kept) from one store to another, then verify.")
final class CopyCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "URI", description = "The store to copy from.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "URI", description = "The store to copy into.")
  String to;

  @Override
  public Integer call() {
    Progress progress = new Progress(main.err);
    StoreOptions options = StoreOptions.defaults().withClock(main.clock);
    DataSet data;
    try (LokbraStore source = LokbraStores.open(from, options)) {
      progress.step("reading " + from);
      data = source.snapshot();
    }
    try (LokbraStore target = LokbraStores.open(to, options)) {
      progress.step("writing " + data.size() + " entities and " + data.tombstones().size() + " tombstones to " + to);
      target.restore(data);
      progress.step("verifying");
      DataSet after = target.snapshot();
      long missing = data.entities().filter(e -> !contains(after, e)).count();
      if (missing > 0 || !after.tombstones().containsAll(data.tombstones())) {
        throw new StorageException("copy to " + to + " could not be verified: " + missing
            + " entities differ after writing");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Copied %d organisations, %d people, %d councils, %d measures, %d meetings, %d conferences "
              + "and %d tombstones from %s to %s.%n", data.organisations().size(), data.people().size(),
          data.councils().size(), data.measures().size(), data.meetings().size(), data.conferences().size(),
          data.tombstones().size(), from, to);
      out.flush();
    }
    return 0;
  }

  private static boolean contains(DataSet data, Aggregate<?, ?> entity) {
    return data.entities().anyMatch(entity::equals);
  }
}

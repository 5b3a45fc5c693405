package se.lokbra.examples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
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
import se.lokbra.core.AggregateKind;

/**
 * {@code lokbra copy --from URI --to URI}: copies every entity and tombstone, with ids, versions and timestamps,
 * from one store (which must exist) to another (created if missing) in one transaction, then checks that the target
 * holds every copied entity unchanged, and says how many of each kind it copied.
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
    try (LokbraStore source = LokbraStores.open(from, options.withCreateIfMissing(false))) {
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
      String counts = Arrays.stream(AggregateKind.values())
          .map(kind -> count(data.entities(kind).size(), kind.singular(), kind.plural().replace('_', ' ')))
          .collect(Collectors.joining(", "));
      out.printf("Copied %s and %s from %s to %s.%n", counts, count(data.tombstones().size(), "tombstone",
          "tombstones"), from, to);
      out.flush();
    }
    return 0;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static boolean contains(DataSet data, Aggregate<?, ?> entity) {
    return data.entities().anyMatch(entity::equals);
  }
}

package se.lokbra.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;

/**
 * {@code lokbra check}: reports what is wrong in a store, changing nothing ({@link LokbraStores#check}). Exit code
 * 0 for a healthy store, 1 when problems are found (printed one per line on standard output), 2 on bad usage (a
 * store that is not there included).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check a store and report what is wrong, changing nothing: every reference resolves; a JSON "
        + "store's every file reads back; SQLite's integrity_check and foreign_key_check; every PostgreSQL table "
        + "reads. Exit code 0: healthy, 1: problems found (one per line), 2: bad usage.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = {"-s", "--store"}, paramLabel = "URI", defaultValue = Main.DEFAULT_STORE,
      description = "The store: jdbc:sqlite:FILE, jdbc:postgresql://HOST/DB?user=U, json:DIR or memory:NAME "
          + "(default: ${DEFAULT-VALUE}).")
  String uri;

  @Override
  public Integer call() {
    CheckReport report = LokbraStores.check(uri, StoreOptions.defaults().withClock(main.clock));
    if (report.isHealthy()) {
      main.out.println("The store " + uri + " is healthy: no problems found.");
      return 0;
    }
    for (CheckReport.Problem problem : report.problems()) {
      main.out.println(Main.sentence(problem.toString()));
    }
    int n = report.problems().size();
    main.out.println(n + (n == 1 ? " problem" : " problems") + " found in " + uri + "; nothing was changed.");
    return 1;
  }
}

package se.lokbra.examples;

import java.util.List;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStores;

/** Checking a store, changing nothing. Run with a store URI, e.g. {@code jdbc:sqlite:demo.db}. */
public final class CheckStoreExample {
  private CheckStoreExample() {}

  /** The problems found in the store at {@code uri}, one line each; empty if it is healthy. */
  public static List<String> run(String uri) {
    // tag::check[]
    CheckReport report = LokbraStores.check(uri); // opens nothing for work, writes nothing
    if (!report.isHealthy()) {
      report.problems().forEach(p -> System.err.println(p.where() + ": " + p.what() + " (" + p.rule() + ")"));
    }
    // end::check[]
    return report.problems().stream().map(CheckReport.Problem::toString).toList();
  }

  public static void main(String[] args) {
    List<String> problems = run(args.length > 0 ? args[0] : "jdbc:sqlite:lokbra.db");
    System.out.println(problems.isEmpty() ? "healthy" : problems.size() + " problems");
  }
}

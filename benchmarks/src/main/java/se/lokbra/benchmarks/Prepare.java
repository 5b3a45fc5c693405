package se.lokbra.benchmarks;

/**
 * Builds the cached stores the benchmarks read ({@link Fixtures}) ahead of a run, so that no measured fork spends
 * minutes loading data: {@code java -cp benchmarks.jar se.lokbra.benchmarks.Prepare 1000 10000 100000}.
 */
public final class Prepare {
  private Prepare() {}

  public static void main(String[] args) {
    String[] sizes = args.length > 0 ? args : new String[] {"1000", "10000", "100000"};
    for (String size : sizes) {
      int measures = Integer.parseInt(size);
      for (Fixtures.Backend backend : Fixtures.Backend.values()) {
        if (backend != Fixtures.Backend.MEMORY) {
          long start = System.nanoTime();
          String uri = Fixtures.uri(backend, measures);
          System.out.printf("%-10s %7d measures: %s (%.1f s)%n", backend.id(), measures, uri,
              (System.nanoTime() - start) / 1e9);
        }
      }
    }
    System.exit(0); // the embedded PostgreSQL server stops in a shutdown hook
  }
}

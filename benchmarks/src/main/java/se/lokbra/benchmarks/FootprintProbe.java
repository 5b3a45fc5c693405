package se.lokbra.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.repository.Page;

/**
 * The child JVM of {@link Footprint}: opens a store of N measures (for {@code memory}: loads the generated data
 * into it), runs every benchmarked query and prints the heap in use afterwards. It exits with 0 only if all of
 * that worked; {@link Footprint} runs it under {@code -XX:+ExitOnOutOfMemoryError} with shrinking {@code -Xmx}.
 *
 * <p>Arguments: {@code <backend> <measures> [<store uri>]}; without a URI the store comes from {@link Fixtures}.
 */
public final class FootprintProbe {
  private FootprintProbe() {}

  public static void main(String[] args) {
    Fixtures.Backend backend = Fixtures.Backend.of(args[0]);
    int measures = Integer.parseInt(args[1]);
    try (LokbraStore store = args.length > 2 ? LokbraStores.open(args[2]) : Fixtures.open(backend, measures)) {
      if (backend == Fixtures.Backend.MEMORY && args.length > 2) {
        Fixtures.load(store, DataGenerator.generate(measures));
      }
      check(store.measures().count() == measures, "count");
      for (String id : Queries.ids(measures)) {
        check(store.measures().findById(MeasureId.of(id)).isPresent(), "findById " + id);
      }
      check(full(store.measures().findByCouncil(Queries.COUNCIL, Queries.PAGE)), "byCouncil");
      check(full(store.measures().findByStatus(Queries.STATUS, Queries.PAGE)), "byStatus");
      check(full(store.measures().findByYear(Queries.YEAR, Queries.PAGE)), "byYear");
      System.gc();
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      System.out.printf("heap-used-bytes %d%n", heap.getUsed());
    }
    System.exit(0);
  }

  private static boolean full(Page<?> page) {
    return page.content().size() == Queries.PAGE.size() && page.totalElements() > Queries.PAGE.size();
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected result of " + what);
    }
  }
}

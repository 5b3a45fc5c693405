package se.lokbra.benchmarks;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.MeasureId;

/**
 * {@code findById} of the store and of the {@link RawJdbc} baseline measured in alternation in one JVM: rounds of
 * N calls each, store and baseline taking turns, so that whatever the machine does meanwhile (another process, the
 * database's own background work) falls on both alike. JMH measures one benchmark after another, which on a shared
 * machine lets such drift fall on one side of a ratio only; this is the cross-check for that.
 *
 * <pre>java -cp benchmarks.jar se.lokbra.benchmarks.Interleaved [sqlite|postgresql] [measures] [rounds] [calls]</pre>
 * The first two rounds warm up and are not counted; printed are the median and the best round of each side.
 */
public final class Interleaved {
  private Interleaved() {}

  public static void main(String[] args) throws SQLException {
    Fixtures.Backend backend = Fixtures.Backend.of(args.length > 0 ? args[0] : "postgresql");
    int measures = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int calls = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    if (backend != Fixtures.Backend.SQLITE && backend != Fixtures.Backend.POSTGRESQL) {
      throw new IllegalArgumentException("the raw JDBC baseline exists for sqlite and postgresql, not " + backend.id());
    }
    String uri = Fixtures.uri(backend, measures);
    List<String> ids = Queries.ids(measures);
    MeasureId[] measureIds = ids.stream().map(MeasureId::of).toArray(MeasureId[]::new);
    double[] store = new double[rounds - 2];
    double[] raw = new double[rounds - 2];
    try (LokbraStore s = LokbraStores.open(uri);
        RawJdbc r = backend == Fixtures.Backend.SQLITE
            ? RawJdbc.sqlite(Path.of(uri.substring("jdbc:sqlite:".length())), false) : RawJdbc.postgres(uri)) {
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          s.measures().findById(measureIds[i & (Queries.IDS - 1)]);
        }
        long middle = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          r.findById(ids.get(i & (Queries.IDS - 1)));
        }
        long end = System.nanoTime();
        if (round >= 2) {
          store[round - 2] = (middle - start) / 1e3 / calls;
          raw[round - 2] = (end - middle) / 1e3 / calls;
        }
      }
    }
    Arrays.sort(store);
    Arrays.sort(raw);
    double storeMedian = store[store.length / 2];
    double rawMedian = raw[raw.length / 2];
    System.out.printf(Locale.ROOT, "%s findById at %d measures, %d rounds of %d calls each, alternating:%n",
        backend.id(), measures, rounds - 2, calls);
    System.out.printf(Locale.ROOT, "  median round: store %.1f µs, raw JDBC %.1f µs, ratio %.2f×%n", storeMedian,
        rawMedian, storeMedian / rawMedian);
    System.out.printf(Locale.ROOT, "  best round:   store %.1f µs, raw JDBC %.1f µs, ratio %.2f×%n", store[0], raw[0],
        store[0] / raw[0]);
    System.exit(0); // the embedded PostgreSQL server stops in a shutdown hook
  }
}

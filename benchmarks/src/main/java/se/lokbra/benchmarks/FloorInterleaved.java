package se.lokbra.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.MeasureId;

/**
 * The store's {@code findById} and page of 20 by council against {@link PeerBenchmark}'s floor (the same two
 * statements on the same database), measured in alternation in one thread and one JVM: rounds of N calls of each,
 * timed by wall clock and by the thread's CPU time. On a machine shared with other work the CPU time is the steadier
 * figure for SQLite, which runs inside the calling thread; PostgreSQL's work is in the server's processes, so only
 * the wall clock counts it.
 *
 * <pre>java -cp benchmarks.jar se.lokbra.benchmarks.FloorInterleaved [sqlite|postgresql] [measures] [rounds] [calls]</pre>
 * The first three rounds warm up and are not counted; printed are the best and the median round of each.
 */
public final class FloorInterleaved {
  private static final String[] NAMES = {"store findById", "floor findById", "store byCouncil", "floor byCouncil"};

  private FloorInterleaved() {}

  public static void main(String[] args) throws SQLException {
    Fixtures.Backend backend = Fixtures.Backend.of(args.length > 0 ? args[0] : "sqlite");
    int measures = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    int calls = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    int pages = Math.max(1, calls / 10);
    String uri = Fixtures.uri(backend, measures);
    List<String> ids = Queries.ids(measures);
    MeasureId[] measureIds = ids.stream().map(MeasureId::of).toArray(MeasureId[]::new);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[4][rounds - 3];
    double[][] wall = new double[4][rounds - 3];
    try (LokbraStore store = LokbraStores.open(uri); Connection floor = DriverManager.getConnection(uri);
        PreparedStatement byId = floor.prepareStatement("SELECT title FROM measure WHERE id = ?");
        PreparedStatement pageIds = floor.prepareStatement(
            "SELECT id FROM measure WHERE council_id = ? ORDER BY title_sort_key, title, id LIMIT ?");
        PreparedStatement pageCount = floor.prepareStatement("SELECT COUNT(*) FROM measure WHERE council_id = ?")) {
      for (int round = 0; round < rounds; round++) {
        long[] c = new long[5];
        long[] w = new long[5];
        c[0] = threads.getCurrentThreadCpuTime();
        w[0] = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          store.measures().findById(measureIds[i & (Queries.IDS - 1)]);
        }
        c[1] = threads.getCurrentThreadCpuTime();
        w[1] = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          byId.setString(1, ids.get(i & (Queries.IDS - 1)));
          try (ResultSet rs = byId.executeQuery()) {
            rs.next();
            rs.getString(1);
          }
        }
        c[2] = threads.getCurrentThreadCpuTime();
        w[2] = System.nanoTime();
        for (int i = 0; i < pages; i++) {
          store.measures().findByCouncil(Queries.COUNCIL, Queries.PAGE);
        }
        c[3] = threads.getCurrentThreadCpuTime();
        w[3] = System.nanoTime();
        for (int i = 0; i < pages; i++) {
          pageIds.setString(1, Queries.COUNCIL.value());
          pageIds.setInt(2, Queries.PAGE.size());
          try (ResultSet rs = pageIds.executeQuery()) {
            while (rs.next()) {
              rs.getString(1);
            }
          }
          pageCount.setString(1, Queries.COUNCIL.value());
          try (ResultSet rs = pageCount.executeQuery()) {
            rs.next();
            rs.getLong(1);
          }
        }
        c[4] = threads.getCurrentThreadCpuTime();
        w[4] = System.nanoTime();
        if (round >= 3) {
          for (int k = 0; k < 4; k++) {
            int n = k < 2 ? calls : pages;
            cpu[k][round - 3] = (c[k + 1] - c[k]) / 1e3 / n;
            wall[k][round - 3] = (w[k + 1] - w[k]) / 1e3 / n;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s at %d measures, %d rounds (%d findById, %d pages each), alternating:%n",
        backend.id(), measures, rounds - 3, calls, pages);
    print("thread CPU", cpu);
    print("wall clock", wall);
    System.exit(0); // the embedded PostgreSQL server stops in a shutdown hook
  }

  private static void print(String clock, double[][] figures) {
    double[] best = new double[4];
    double[] median = new double[4];
    for (int k = 0; k < 4; k++) {
      Arrays.sort(figures[k]);
      best[k] = figures[k][0];
      median[k] = figures[k][figures[k].length / 2];
      System.out.printf(Locale.ROOT, "  %s, %s: best %.1f µs, median %.1f µs%n", clock, NAMES[k], best[k], median[k]);
    }
    System.out.printf(Locale.ROOT, "  %s ratios: findById / floor best %.2f×, median %.2f×; page / floor best %.2f×, "
        + "median %.2f×%n", clock, best[0] / best[1], median[0] / median[1], best[2] / best[3], median[2] / median[3]);
  }
}

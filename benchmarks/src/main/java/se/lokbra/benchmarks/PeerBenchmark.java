package se.lokbra.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.lokbra.benchmarks.hibernate.HibernatePeer;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.model.Revision;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.Sort;

/**
 * The two references beside {@link QueryBenchmark}'s store figures, on SQLite and PostgreSQL at the same sizes:
 * <ul>
 *   <li>the <b>floor</b>, the cheapest statement that touches the same index on lokbra's own database — a
 *       primary-key select of one narrow column ({@code floorFindById}), and the 20 ids of a council's first page
 *       plus their count ({@code floorByCouncil}), each a statement prepared once and reused;</li>
 *   <li>the <b>peer</b>, {@link HibernatePeer}: Hibernate ORM 6 reading the same measures, with their five lists,
 *       into the same domain values from its own database.</li>
 * </ul>
 * Setup checks that the peer reads what the store reads (revisions aside: each stamps its own).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class PeerBenchmark {
  @Param({"sqlite", "postgresql"})
  public String backend;

  @Param({"1000", "10000", "100000"})
  public int measures;

  private HibernatePeer hibernate;
  private Connection floor;
  private PreparedStatement byId;
  private PreparedStatement pageIds;
  private PreparedStatement pageCount;
  private String[] ids;
  private int next;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    Fixtures.Backend b = Fixtures.Backend.of(backend);
    String uri = Fixtures.uri(b, measures);
    hibernate = HibernatePeer.open(b, measures, b.id() + "_" + measures);
    List<String> idList = Queries.ids(measures);
    ids = idList.toArray(String[]::new);
    try (LokbraStore store = LokbraStores.open(uri)) {
      for (String id : idList.subList(0, 16)) {
        same("findById " + id, store.measures().findById(MeasureId.of(id)).map(PeerBenchmark::unstamped),
            hibernate.findById(id).map(PeerBenchmark::unstamped));
      }
      // Hibernate orders by the title's code points (it has no Swedish collation), so the check compares with the
      // store's page in code-point order; the store's timed pages use its default, Swedish order.
      Page<Measure> stored = store.measures().findByCouncil(Queries.COUNCIL,
          Queries.PAGE.withSort(Sort.unsorted().codePointOrder()));
      Page<Measure> peer = hibernate.byCouncil(Queries.COUNCIL.value(), Queries.PAGE.size());
      same("byCouncil", stored.content().stream().map(PeerBenchmark::unstamped).toList(),
          peer.content().stream().map(PeerBenchmark::unstamped).toList());
      same("byCouncil total", stored.totalElements(), peer.totalElements());
    }
    floor = DriverManager.getConnection(uri);
    byId = floor.prepareStatement("SELECT title FROM measure WHERE id = ?");
    pageIds = floor.prepareStatement(
        "SELECT id FROM measure WHERE council_id = ? ORDER BY title_sort_key, title, id LIMIT ?");
    pageCount = floor.prepareStatement("SELECT COUNT(*) FROM measure WHERE council_id = ?");
  }

  private static Measure unstamped(Measure m) {
    return m.withRevision(Revision.NEW);
  }

  private static void same(String what, Object store, Object peer) {
    if (!Objects.equals(store, peer)) {
      throw new IllegalStateException(what + ": Hibernate read " + peer + ", the store " + store);
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    floor.close();
    hibernate.close();
  }

  @Benchmark
  public Optional<Measure> hibernateFindById() {
    return hibernate.findById(ids[next++ & (Queries.IDS - 1)]);
  }

  @Benchmark
  public Page<Measure> hibernateByCouncil() {
    return hibernate.byCouncil(Queries.COUNCIL.value(), Queries.PAGE.size());
  }

  @Benchmark
  public String floorFindById() throws SQLException {
    byId.setString(1, ids[next++ & (Queries.IDS - 1)]);
    try (ResultSet rs = byId.executeQuery()) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  @Benchmark
  public long floorByCouncil() throws SQLException {
    List<String> page = new ArrayList<>(Queries.PAGE.size());
    pageIds.setString(1, Queries.COUNCIL.value());
    pageIds.setInt(2, Queries.PAGE.size());
    try (ResultSet rs = pageIds.executeQuery()) {
      while (rs.next()) {
        page.add(rs.getString(1));
      }
    }
    pageCount.setString(1, Queries.COUNCIL.value());
    try (ResultSet rs = pageCount.executeQuery()) {
      rs.next();
      return rs.getLong(1) + page.size();
    }
  }
}

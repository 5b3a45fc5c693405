package se.lokbra.benchmarks;

import java.nio.file.Path;
import java.sql.SQLException;
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
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.repository.Page;

/**
 * The baseline of {@link QueryBenchmark} on SQLite and PostgreSQL: the same reads with hand-written JDBC
 * ({@link RawJdbc}) on the same database. Setup checks that both give equal results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
// The store's code paths are longer than the baseline's and take JIT longer to settle: warm up for 15 s.
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class RawQueryBenchmark {
  @Param({"sqlite", "postgresql"})
  public String backend;

  @Param({"1000", "10000", "100000"})
  public int measures;

  private RawJdbc raw;
  private String[] ids;
  private int next;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    Fixtures.Backend b = Fixtures.Backend.of(backend);
    String uri = Fixtures.uri(b, measures);
    raw = b == Fixtures.Backend.SQLITE ? RawJdbc.sqlite(Path.of(uri.substring("jdbc:sqlite:".length())), false)
        : RawJdbc.postgres(uri);
    List<String> idList = Queries.ids(measures);
    ids = idList.toArray(String[]::new);
    try (LokbraStore store = LokbraStores.open(uri)) {
      for (String id : idList.subList(0, 16)) {
        same("findById " + id, store.measures().findById(MeasureId.of(id)), raw.findById(id));
      }
      same("byCouncil", store.measures().findByCouncil(Queries.COUNCIL, Queries.PAGE), byCouncil());
      same("byStatus", store.measures().findByStatus(Queries.STATUS, Queries.PAGE), byStatus());
      same("byYear", store.measures().findByYear(Queries.YEAR, Queries.PAGE), byYear());
    }
  }

  private static void same(String what, Object store, Object raw) {
    if (!Objects.equals(store, raw)) {
      throw new IllegalStateException(what + ": the raw JDBC baseline read " + raw + ", the store " + store);
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    raw.close();
  }

  @Benchmark
  public Optional<Measure> findById() throws SQLException {
    return raw.findById(ids[next++ & (Queries.IDS - 1)]);
  }

  @Benchmark
  public Page<Measure> byCouncil() throws SQLException {
    return raw.byCouncil(Queries.COUNCIL.value(), Queries.PAGE.size());
  }

  @Benchmark
  public Page<Measure> byStatus() throws SQLException {
    return raw.byStatus(Queries.STATUS, Queries.PAGE.size());
  }

  @Benchmark
  public Page<Measure> byYear() throws SQLException {
    return raw.byYear(Queries.YEAR, Queries.PAGE.size());
  }
}

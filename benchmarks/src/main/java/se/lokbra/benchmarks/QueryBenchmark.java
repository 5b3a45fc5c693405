package se.lokbra.benchmarks;

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
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.repository.Page;

/**
 * Indexed reads through the repository API on every backend and at every size: {@code findById} and the first page
 * of the measures of a council, of a status and of a year. The figures that count are time at 100k over time at 1k
 * for each backend and query, and (SQLite, PostgreSQL) time over {@link RawQueryBenchmark}'s at the same size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
// The store's code paths are longer than the baseline's and take JIT longer to settle: warm up for 15 s.
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class QueryBenchmark {
  @Param({"memory", "json", "sqlite", "postgresql"})
  public String backend;

  @Param({"1000", "10000", "100000"})
  public int measures;

  private LokbraStore store;
  private MeasureId[] ids;
  private int next;

  @Setup(Level.Trial)
  public void open() {
    store = Fixtures.open(Fixtures.Backend.of(backend), measures);
    ids = Queries.ids(measures).stream().map(MeasureId::of).toArray(MeasureId[]::new);
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }

  @Benchmark
  public Optional<Measure> findById() {
    return store.measures().findById(ids[next++ & (Queries.IDS - 1)]);
  }

  @Benchmark
  public Page<Measure> byCouncil() {
    return store.measures().findByCouncil(Queries.COUNCIL, Queries.PAGE);
  }

  @Benchmark
  public Page<Measure> byStatus() {
    return store.measures().findByStatus(Queries.STATUS, Queries.PAGE);
  }

  @Benchmark
  public Page<Measure> byYear() {
    return store.measures().findByYear(Queries.YEAR, Queries.PAGE);
  }
}

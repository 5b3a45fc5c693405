package se.lokbra.benchmarks;

import com.google.common.collect.ImmutableList;
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
import se.lokbra.core.measure.Measure;

/**
 * The peer of {@link BulkSaveBenchmark}: Hibernate ORM 6 inserting the same 10k measures (with their lists) in one
 * transaction, JDBC-batched, into its own emptied tables. The figure that counts is
 * {@code BulkSaveBenchmark.saveAll} over this one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 10)
@Measurement(iterations = 15)
public class HibernateBulkSaveBenchmark {
  @Param({"sqlite", "postgresql"})
  public String backend;

  @Param({"10000"})
  public int measures;

  private ImmutableList<Measure> toSave;
  private HibernatePeer hibernate;

  @Setup(Level.Trial)
  public void create() {
    toSave = DataGenerator.generate(measures).measures();
    hibernate = HibernatePeer.open(Fixtures.Backend.of(backend), 0, "bulk_" + ProcessHandle.current().pid());
  }

  @Setup(Level.Iteration)
  public void empty() {
    hibernate.deleteAll();
  }

  @TearDown(Level.Trial)
  public void close() {
    hibernate.close();
  }

  @Benchmark
  public void hibernateInsert() {
    hibernate.insert(toSave);
  }
}

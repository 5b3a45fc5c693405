package se.lokbra.benchmarks;

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
import se.lokbra.storage.json.JsonStore;

/**
 * One {@code save} (an update of one measure: one file replaced durably) into a JSON store of 1k and of 100k
 * measures; the figure that counts is time at 100k over time at 1k, since the cost of a save must not grow with the
 * store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class JsonSaveBenchmark {
  @Param({"1000", "100000"})
  public int measures;

  private LokbraStore store;
  private Measure current;

  @Setup(Level.Trial)
  public void open() {
    store = JsonStore.open(Fixtures.jsonStore(measures));
    current = store.measures().getById(MeasureId.of("measure-0000000"));
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }

  @Benchmark
  public Measure save() {
    current = store.measures().save(current);
    return current;
  }
}

package se.lokbra.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;

/** Indexed queries on the memory: store at several sizes; the figure that counts is time at 100k over time at 1k. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MemoryQueryBenchmark {
  @Param({"1000", "10000", "100000"})
  public int measures;

  private LokbraStore store;

  @Setup(Level.Trial)
  public void load() {
    store = LokbraStores.open("memory:bench");
    DataGenerator.Data data = DataGenerator.generate(measures);
    store.useTransaction(tx -> {
      tx.organisations().saveAll(data.organisations());
      tx.people().saveAll(data.people());
      tx.councils().saveAll(data.councils());
      tx.meetings().saveAll(data.meetings());
      tx.measures().saveAll(data.measures());
    });
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }

  @Benchmark
  public Page<?> byCouncil() {
    return store.measures().findByCouncil(CouncilId.of("council-0000000"), PageRequest.first(20));
  }

  @Benchmark
  public Page<?> byStatus() {
    return store.measures().findByStatus(MeasureStatus.IN_PROGRESS, PageRequest.first(20));
  }

  @Benchmark
  public Page<?> byYear() {
    return store.measures().findByYear(2020, PageRequest.first(20));
  }
}

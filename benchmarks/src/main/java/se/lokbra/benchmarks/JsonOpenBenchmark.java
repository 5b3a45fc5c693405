package se.lokbra.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Warmup;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.AggregateKind;
import se.lokbra.storage.json.JsonStore;
import se.lokbra.storage.json.LokbraJson;

/**
 * Opening a JSON store of 100k measures (every file read, checked and indexed) against raw Jackson reading the same
 * files into the same objects with lokbra's codecs, on all cores as the store does, and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
public class JsonOpenBenchmark {
  @Param({"100000"})
  public int measures;

  private Path directory;
  private final ObjectReader[] readers = new ObjectReader[AggregateKind.values().length];

  @Setup(Level.Trial)
  public void prepare() {
    directory = Fixtures.jsonStore(measures);
    var mapper = LokbraJson.newMapper(LokbraJson.fileConstraints());
    for (AggregateKind kind : AggregateKind.values()) {
      readers[kind.ordinal()] = mapper.readerFor(kind.type());
    }
  }

  @Benchmark
  public long open() {
    try (LokbraStore store = JsonStore.open(directory)) {
      return store.measures().count();
    }
  }

  /** What a file holds and which reader reads it. */
  private record File(Path path, ObjectReader reader) {}

  @Benchmark
  public List<Aggregate<?, ?>> rawJackson() throws IOException {
    List<File> files = new ArrayList<>();
    for (AggregateKind kind : AggregateKind.values()) {
      try (Stream<Path> list = Files.list(directory.resolve(kind.plural()))) {
        list.filter(p -> p.getFileName().toString().endsWith(".json"))
            .forEach(p -> files.add(new File(p, readers[kind.ordinal()])));
      }
    }
    return files.parallelStream().<Aggregate<?, ?>>map(f -> {
      try {
        return f.reader().readValue(Files.readAllBytes(f.path()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }
}

package se.lokbra.benchmarks;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * Bulk insert of N new measures (each with two responsible organisations, two municipalities, two goals and one or
 * two follow-ups) into a database that holds their councils, organisations and meetings: the store's
 * {@code saveAll} against a hand-written JDBC batch into the same schema in one transaction ({@link RawJdbc}).
 * Each iteration is one insert into a measure table emptied before it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 10)
@Measurement(iterations = 15)
public class BulkSaveBenchmark {
  @Param({"sqlite", "postgresql"})
  public String backend;

  @Param({"10000"})
  public int measures;

  private ImmutableList<Measure> toSave;
  private LokbraStore store;
  private RawJdbc raw;
  private Path sqliteFile;
  private String schema;

  @Setup(Level.Trial)
  public void create() throws SQLException {
    DataGenerator.Data data = DataGenerator.generate(measures);
    toSave = data.measures();
    String uri;
    if (Fixtures.Backend.of(backend) == Fixtures.Backend.SQLITE) {
      sqliteFile = Fixtures.cacheDirectory().resolve("bulk-" + ProcessHandle.current().pid() + ".db");
      Fixtures.deleteSqlite(sqliteFile);
      uri = "jdbc:sqlite:" + sqliteFile;
    } else {
      schema = "bulk_" + ProcessHandle.current().pid();
      Fixtures.recreateSchema(schema);
      uri = Fixtures.postgresUrl(schema);
    }
    store = LokbraStores.open(uri);
    Fixtures.load(store, Fixtures.withoutMeasures(data));
    raw = sqliteFile != null ? RawJdbc.sqlite(sqliteFile, true) : RawJdbc.postgres(uri);
  }

  @Setup(Level.Iteration)
  public void empty() throws SQLException {
    raw.deleteAllMeasures();
  }

  @TearDown(Level.Trial)
  public void delete() throws SQLException {
    raw.close();
    store.close();
    if (sqliteFile != null) {
      Fixtures.deleteSqlite(sqliteFile);
    } else {
      Fixtures.sql("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Benchmark
  public ImmutableList<Measure> saveAll() {
    return store.measures().saveAll(toSave);
  }

  @Benchmark
  public void rawBatch() throws SQLException {
    raw.insert(toSave, Instant.now().truncatedTo(ChronoUnit.MICROS));
  }
}

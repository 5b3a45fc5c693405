package se.lokbra.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;

/**
 * Two JVM processes, each with two threads, increment the same counters in one database at once, with
 * read-modify-save and retry ({@link CounterWriter}); a quarter of the increments are transactions over two counters
 * whose writes can cross. Every conflict must surface as the contract's {@code VersionConflictException} (any other
 * error fails the test), no acknowledged increment may be lost and none may be counted twice: afterwards each
 * counter's value is the number of increments acknowledged for it, and its version one more.
 * {@code -Dlokbra.concurrency.increments} sets the increments per thread (default 60).
 */
class TwoProcessWritersTest {
  private static final int COUNTERS = 3;
  private static final int THREADS = 2;
  private static final int INCREMENTS = Integer.getInteger("lokbra.concurrency.increments", 60);

  @Test
  void sqliteFile() throws Exception {
    run(TestDatabases.newSqliteUri());
  }

  @Test
  void postgresql() throws Exception {
    run(TestDatabases.newPostgresUri());
  }

  private void run(URI uri) throws Exception {
    try (LokbraStore store = LokbraStores.open(uri)) {
      for (int i = 0; i < COUNTERS; i++) {
        store.organisations().save(Organisation.builder().id(CounterWriter.counter(i).value()).name("counter 0")
            .kind(OrganisationKind.OTHER).build());
      }
    }
    List<Child> children = new ArrayList<>();
    try {
      for (int p = 0; p < 2; p++) {
        children.add(Child.start(uri, p));
      }
      for (Child child : children) {
        assertThat(child.next(60)).as("the child opened the store").isEqualTo("READY");
      }
      for (Child child : children) {
        child.go();
      }
      Map<String, Integer> acknowledged = new HashMap<>();
      int conflicts = 0;
      int races = 0;
      for (Child child : children) {
        for (String line = child.next(180); ; line = child.next(180)) {
          assertThat(line).as("the child's output (it printed nothing for 3 minutes)").isNotNull();
          assertThat(line).as("every failure is a version conflict, which the writer retries")
              .doesNotStartWith("ERROR");
          if (line.startsWith("ACK ")) {
            acknowledged.merge(line.substring(4), 1, Integer::sum);
          } else if (line.startsWith("DONE ")) {
            String[] counts = line.substring(5).split(" ");
            conflicts += Integer.parseInt(counts[0]);
            races += Integer.parseInt(counts[1]);
            break;
          }
        }
        assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.process.exitValue()).isZero();
      }
      int total = acknowledged.values().stream().mapToInt(Integer::intValue).sum();
      assertThat(total).isEqualTo(2 * THREADS * (INCREMENTS + INCREMENTS / 4));
      try (LokbraStore store = LokbraStores.open(uri)) {
        for (int i = 0; i < COUNTERS; i++) {
          Organisation counter = store.organisations().getById(CounterWriter.counter(i));
          int acks = acknowledged.getOrDefault(counter.id().value(), 0);
          assertThat(CounterWriter.valueOf(counter)).as("%s: its value is its acknowledged increments", counter.id())
              .isEqualTo(acks);
          assertThat(counter.version()).as("%s: one version per acknowledged increment", counter.id())
              .isEqualTo(1 + acks);
        }
      }
      System.out.printf(Locale.ROOT, "TwoProcessWritersTest: %s: 2 processes x %d threads, %d acknowledged "
          + "increments, %d version conflicts retried (%d of them deadlocks the database settled), none lost%n",
          uri.getScheme() + ":" + uri.getSchemeSpecificPart().split(":")[0], THREADS, total, conflicts, races);
      assertThat(conflicts).as("the writers did conflict").isPositive();
    } finally {
      for (Child child : children) {
        child.process.destroyForcibly();
      }
    }
  }

  /** A {@link CounterWriter} process and the lines it prints. */
  private record Child(Process process, LinkedBlockingQueue<String> lines) {
    static Child start(URI uri, int number) throws IOException {
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Duser.timezone=UTC", "-cp",
          System.getProperty("java.class.path"), CounterWriter.class.getName(), uri.toString(),
          String.valueOf(COUNTERS), String.valueOf(INCREMENTS), String.valueOf(THREADS), String.valueOf(number * 1000))
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
      CompletableFuture.runAsync(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
          }
        } catch (IOException e) {
          lines.add("ERROR reading the child's output: " + e);
        }
      });
      return new Child(process, lines);
    }

    String next(long seconds) throws InterruptedException {
      return lines.poll(seconds, TimeUnit.SECONDS);
    }

    void go() throws IOException {
      OutputStream in = process.getOutputStream();
      in.write("go\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
    }
  }
}

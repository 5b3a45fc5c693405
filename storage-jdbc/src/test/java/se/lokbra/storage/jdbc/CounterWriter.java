package se.lokbra.storage.jdbc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;

/**
 * A child process of {@link TwoProcessWritersTest}: increments the counters of a store (organisations named
 * {@code counter N}) with read-modify-save, retrying on {@link VersionConflictException}, from several threads.
 * Every fourth increment is a transaction that increments two counters at once (there must be two or more). Prints {@code READY}, waits for a
 * line on standard input, then prints {@code ACK <id>} for every increment the store acknowledged, and finally
 * {@code DONE <conflicts> <lost races>} (conflicts the database settled by rolling one transaction back, such as a
 * deadlock); any other exception is printed as {@code ERROR <class>: <message>}.
 *
 * <p>Arguments: the store URI, the number of counters, the increments per thread, the threads, a random seed.
 */
public final class CounterWriter {
  private CounterWriter() {}

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    int counters = Integer.parseInt(args[1]);
    int increments = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    long seed = Long.parseLong(args[4]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger races = new AtomicInteger();
    try (LokbraStore store = LokbraStores.open(uri)) {
      out.println("READY");
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(seed + t);
        Thread worker = new Thread(() -> {
          try {
            for (int i = 0; i < increments; i++) {
              int first = random.nextInt(counters);
              OrganisationId a = counter(first);
              if (i % 4 == 3) {
                // Another counter, before or after this one: the two transactions' writes may cross.
                OrganisationId b = counter((first + 1 + random.nextInt(counters - 1)) % counters);
                incrementBoth(store, a, b, conflicts, races);
                out.println("ACK " + a.value() + "\nACK " + b.value());
              } else {
                increment(store, a, conflicts);
                out.println("ACK " + a.value());
              }
            }
          } catch (RuntimeException e) {
            out.println("ERROR " + e.getClass().getName() + ": " + e.getMessage());
          }
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
    }
    out.println("DONE " + conflicts.get() + " " + races.get());
  }

  static OrganisationId counter(int n) {
    return OrganisationId.of("counter-" + n);
  }

  static long valueOf(Organisation counter) {
    return Long.parseLong(counter.name().substring("counter ".length()));
  }

  private static Organisation incremented(Organisation counter) {
    return counter.toBuilder().name("counter " + (valueOf(counter) + 1)).build();
  }

  private static void increment(LokbraStore store, OrganisationId id, AtomicInteger conflicts) {
    while (true) {
      try {
        store.organisations().save(incremented(store.organisations().getById(id)));
        return;
      } catch (VersionConflictException e) {
        conflicts.incrementAndGet();
      }
    }
  }

  private static void incrementBoth(LokbraStore store, OrganisationId a, OrganisationId b, AtomicInteger conflicts,
      AtomicInteger races) {
    while (true) {
      try {
        store.inTransaction(tx -> {
          Organisation first = tx.organisations().getById(a);
          Organisation second = tx.organisations().getById(b);
          tx.organisations().save(incremented(first));
          return tx.organisations().save(incremented(second));
        });
        return;
      } catch (VersionConflictException e) {
        conflicts.incrementAndGet();
        if (e.getMessage().contains("another transaction wrote it at the same moment")) {
          races.incrementAndGet();
        }
      }
    }
  }
}

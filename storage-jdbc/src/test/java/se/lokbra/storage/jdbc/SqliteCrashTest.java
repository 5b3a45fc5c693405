package se.lokbra.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;

/**
 * Kills a JVM that writes to a SQLite store ({@link CrashWriter}) with {@code kill -9} at random moments, again
 * and again ({@code -Dlokbra.crash.kills}, default 20), and checks after each kill that the store opens and holds
 * every write the child had acknowledged.
 */
class SqliteCrashTest {
  @Test
  void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
    Path file = TestDatabases.newSqliteFile();
    killWritersAndCheck(URI.create("jdbc:sqlite:" + file), Integer.getInteger("lokbra.crash.kills", 20));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ok");
    }
  }

  /**
   * Starts a {@link CrashWriter} on {@code uri} and kills it {@code kills} times, checking after each kill that every
   * write it acknowledged is in the store (also used by {@link PostgresCrashTest}).
   */
  static void killWritersAndCheck(URI uri, int kills) throws Exception {
    Random random = new Random(42);
    List<String> acknowledged = new ArrayList<>();
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    for (int round = 0; round < kills; round++) {
      Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          CrashWriter.class.getName(), uri.toString(), String.valueOf(round)).redirectErrorStream(false)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8));
      CompletableFuture<Void> pump = CompletableFuture.runAsync(() -> {
        try {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            synchronized (lines) {
              lines.add(line);
              lines.notifyAll();
            }
          }
        } catch (java.io.IOException e) {
          // the child is gone
        }
      });
      // Let the child open the store and acknowledge a first write (on a loaded machine that can take a while),
      // then kill it somewhere in its stream of writes.
      synchronized (lines) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (lines.stream().noneMatch(l -> l.startsWith("ack ")) && System.currentTimeMillis() < deadline
            && child.isAlive()) {
          lines.wait(100);
        }
      }
      synchronized (lines) {
        assertThat(lines).as("the child acknowledged a write (round %s)", round).anyMatch(l -> l.startsWith("ack "));
      }
      Thread.sleep(random.nextInt(400));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      pump.get(30, TimeUnit.SECONDS);
      int before = acknowledged.size();
      synchronized (lines) {
        lines.stream().filter(l -> l.startsWith("ack ")).map(l -> l.substring(4)).forEach(acknowledged::add);
      }
      try (LokbraStore store = LokbraStores.open(uri)) {
        for (String ack : acknowledged.subList(before, acknowledged.size())) {
          String[] kindAndId = ack.split(" ");
          boolean present = kindAndId[0].equals("person")
              ? store.people().existsById(PersonId.of(kindAndId[1]))
              : store.organisations().existsById(OrganisationId.of(kindAndId[1]));
          assertThat(present).as("acknowledged %s survives the kill in round %s", ack, round).isTrue();
        }
      }
    }
    try (LokbraStore store = LokbraStores.open(uri)) {
      long people = acknowledged.stream().filter(a -> a.startsWith("person ")).count();
      assertThat(store.people().count()).isGreaterThanOrEqualTo(people);
      assertThat(acknowledged).as("every child acknowledged writes").hasSizeGreaterThanOrEqualTo(kills);
    }
    System.out.printf(Locale.ROOT, "crash test on %s: %d kills, %d acknowledged writes, all there%n",
        uri.toString().substring(0, uri.toString().indexOf(':', 5)), kills, acknowledged.size());
  }
}

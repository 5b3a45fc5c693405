package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.repository.PageRequest;

/**
 * Kills a writing JVM ({@link CrashWriter}) with {@code kill -9} at random moments, reopens the store after each
 * kill and checks that it opens, that every acknowledged write is there, that no transaction is half applied and
 * that no temporary file is left or read as data. {@code -Dlokbra.crash.kills=200} kills more often (default 20);
 * {@code -Dlokbra.crash.seed} repeats a run.
 */
class CrashTest {
  @TempDir
  Path dir;

  /** What the killed writers acknowledged, over all runs. */
  private final Set<String> singles = new HashSet<>();
  private long counterVersion;
  private long phoenixVersion;
  private long generation;
  private int killedWithJournal;
  private int killedWithTemporaryFiles;

  @Test
  void killedWritersLoseNoAcknowledgedWriteAndHalfApplyNothing() throws Exception {
    int kills = Integer.getInteger("lokbra.crash.kills", 20);
    long seed = Long.getLong("lokbra.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    int acknowledged = 0;
    for (int kill = 1; kill <= kills; kill++) {
      List<String> lines = new ArrayList<>();
      try (ChildJvm child = ChildJvm.start(CrashWriter.class, dir.toString(), Long.toString(random.nextLong()))) {
        child.await("READY", 60);
        // Wait for a first acknowledged write (slow on a loaded machine), then kill at a random moment after it.
        String first = child.nextLine(60);
        if (first != null) {
          lines.add(first);
        }
        long until = System.nanoTime() + random.nextInt(250_000_000);
        while (System.nanoTime() < until) {
          String line = child.nextLine(1);
          if (line == null) {
            break;
          }
          lines.add(line);
        }
        lines.addAll(child.kill());
      }
      acknowledged += record(lines, "seed " + seed + ", kill " + kill);
      if (Files.exists(dir.resolve(".lokbra-journal"))) {
        killedWithJournal++;
      }
      if (!temporaryFiles().isEmpty()) {
        killedWithTemporaryFiles++;
      }
      check("seed " + seed + ", kill " + kill);
    }
    System.out.printf(java.util.Locale.ROOT, "CrashTest: %d kills (seed %d), %d acknowledged writes; %d kills left a "
        + "committed journal to finish, %d left temporary files to discard%n", kills, seed, acknowledged,
        killedWithJournal, killedWithTemporaryFiles);
    assertThat(acknowledged).as("writes acknowledged before the kills").isGreaterThanOrEqualTo(kills);
  }

  private int record(List<String> lines, String run) {
    int count = 0;
    for (String line : lines) {
      String[] parts = line.split(" ");
      switch (parts[0]) {
        case "S" -> singles.add(parts[1]);
        case "U" -> counterVersion = Math.max(counterVersion, Long.parseLong(parts[1]));
        case "P" -> phoenixVersion = Math.max(phoenixVersion, Long.parseLong(parts[1]));
        case "T" -> generation = Math.max(generation, Long.parseLong(parts[1]));
        default -> throw new AssertionError(run + ": the writer printed " + line + "\n" + String.join("\n", lines));
      }
      count++;
    }
    return count;
  }

  private void check(String run) throws IOException {
    try (LokbraStore store = JsonStore.open(dir)) {
      for (String id : singles) {
        assertThat(store.organisations().existsById(OrganisationId.of(id))).as("%s: acknowledged %s", run, id)
            .isTrue();
      }
      assertThat(store.organisations().getById(CrashWriter.COUNTER).version()).as(run)
          .isGreaterThanOrEqualTo(Math.max(1, counterVersion));

      DataSet data = store.snapshot();
      Optional<Organisation> phoenix = store.organisations().findById(CrashWriter.PHOENIX);
      Optional<Tombstone> phoenixTomb = data.tombstones().stream()
          .filter(t -> t.id().equals(CrashWriter.PHOENIX)).findFirst();
      long phoenixNow = phoenix.map(Aggregate::version).or(() -> phoenixTomb.map(Tombstone::version)).orElse(0L);
      assertThat(phoenixNow).as("%s: phoenix", run).isGreaterThanOrEqualTo(phoenixVersion);
      assertThat(phoenix.isPresent()).as("%s: phoenix live exactly at odd versions", run)
          .isEqualTo(phoenixNow % 2 == 1);

      // One transaction: all group organisations at one generation, and exactly that generation's person and
      // measure live, the previous ones deleted.
      long now = CrashWriter.generation(store.organisations().getById(CrashWriter.group(0)));
      assertThat(now).as("%s: generation", run).isBetween(generation, generation + 1);
      for (int i = 1; i < CrashWriter.GROUP; i++) {
        assertThat(CrashWriter.generation(store.organisations().getById(CrashWriter.group(i))))
            .as("%s: group-%s", run, i).isEqualTo(now);
      }
      generation = now;
      if (now > 0) {
        assertThat(store.people().existsById(CrashWriter.person(now))).as(run).isTrue();
        assertThat(store.measures().existsById(CrashWriter.measure(now))).as(run).isTrue();
      }
      assertThat(store.people().count()).as("%s: people", run).isEqualTo(now > 0 ? 1 : 0);
      assertThat(store.measures().count()).as("%s: measures", run).isEqualTo(now > 0 ? 1 : 0);
      assertThat(data.tombstones().stream().filter(t -> t.id().kind() != se.lokbra.core.AggregateKind
          .ORGANISATION).count()).as("%s: tombstones of people and measures", run)
          .isEqualTo(now > 1 ? 2 * (now - 1) : 0);
      assertThat(store.organisations().findAll(PageRequest.first(1)).totalElements()).as(run)
          .isEqualTo(data.organisations().size());
    }
    assertThat(temporaryFiles()).as("%s: temporary files left after opening", run).isEmpty();
    assertThat(dir.resolve(".lokbra-journal")).doesNotExist();
  }

  private List<String> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }
}

package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.lokbra.core.DataSet;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.repository.PageRequest;

/**
 * Sixteen threads mix saves, updates, deletes, queries and transactions (some of them failing on purpose) for a
 * bounded time; afterwards every invariant of the contract holds: each thread's own entities are exactly as its
 * last acknowledged write left them, a contended entity has one version per acknowledged update, failed
 * transactions left nothing, counts match, and every reference resolves. The run lasts
 * {@code -Dlokbra.stress.seconds} (default 3).
 */
public abstract class StressContract extends ContractSupport {
  private static final int THREADS = 16;

  @Test
  public void sixteenThreadsMixingEverythingKeepEveryInvariant() throws Exception {
    Duration duration = Duration.ofSeconds(Long.getLong("lokbra.stress.seconds", 3));
    Council council = fixtures.savedCouncil();
    Organisation contended = fixtures.savedOrganisation();
    AtomicInteger contendedUpdates = new AtomicInteger();
    long deadline = System.nanoTime() + duration.toNanos();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Map<EntityId, Optional<Aggregate<?, ?>>>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      futures.add(pool.submit(() -> {
        Random random = new Random(seed);
        // What this thread last saw acknowledged for each of its own entities (empty: deleted).
        Map<EntityId, Optional<Aggregate<?, ?>>> mine = new HashMap<>();
        List<Measure> measures = new ArrayList<>();
        while (System.nanoTime() < deadline) {
          switch (random.nextInt(8)) {
            case 0 -> {
              Measure m = store.measures().save(fixtures.measure(council.id()));
              measures.add(m);
              mine.put(m.id(), Optional.of(m));
            }
            case 1 -> {
              if (!measures.isEmpty()) {
                Measure m = measures.remove(random.nextInt(measures.size()));
                Measure updated = store.measures().save(m.toBuilder().title(Fixtures.unique("Updated")).build());
                measures.add(updated);
                mine.put(updated.id(), Optional.of(updated));
              }
            }
            case 2 -> {
              if (!measures.isEmpty()) {
                Measure m = measures.remove(random.nextInt(measures.size()));
                assertThat(store.measures().deleteById(m.id())).isTrue();
                mine.put(m.id(), Optional.empty());
              }
            }
            case 3 -> {
              Person p = store.inTransaction(tx -> {
                Organisation org = tx.organisations().save(fixtures.organisation());
                return tx.people().save(fixtures.person().toBuilder().affiliation(org.id()).build());
              });
              mine.put(p.id(), Optional.of(p));
              mine.put(p.affiliation().orElseThrow(), Optional.of(store.organisations()
                  .getById(p.affiliation().orElseThrow())));
            }
            case 4 -> {
              Organisation doomed = fixtures.organisation();
              try {
                store.useTransaction(tx -> {
                  tx.organisations().save(doomed);
                  tx.measures().save(fixtures.measure(se.lokbra.core.council.CouncilId.of("no-such-council")));
                });
              } catch (ReferentialIntegrityException expected) {
                mine.put(doomed.id(), Optional.empty());
              }
            }
            case 5 -> {
              while (true) {
                Organisation current = store.organisations().getById(contended.id());
                try {
                  store.organisations().save(current.toBuilder().name(Fixtures.unique("Contended")).build());
                  contendedUpdates.incrementAndGet();
                  break;
                } catch (VersionConflictException retry) {
                  // another thread won; read again
                }
              }
            }
            case 6 -> assertThat(store.measures().find(MeasureQuery.all().withCouncil(council.id()),
                PageRequest.of(random.nextInt(3), 20)).totalElements()).isGreaterThanOrEqualTo(0);
            default -> assertThat(store.measures().changesSince(ContractSupport.START, PageRequest.first(50))
                .content()).isNotNull();
          }
        }
        return mine;
      }));
    }
    Map<EntityId, Optional<Aggregate<?, ?>>> expected = new HashMap<>();
    try {
      for (Future<Map<EntityId, Optional<Aggregate<?, ?>>>> f : futures) {
        expected.putAll(f.get(duration.toSeconds() + 120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    for (Map.Entry<EntityId, Optional<Aggregate<?, ?>>> e : expected.entrySet()) {
      Optional<?> actual = store.repository(e.getKey().kind()).findById(cast(e.getKey()));
      assertThat(actual).as("last acknowledged state of %s", e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(store.organisations().getById(contended.id()).version())
        .isEqualTo(1L + contendedUpdates.get());

    DataSet all = store.snapshot();
    assertThat(store.measures().count()).isEqualTo(all.measures().size());
    assertThat(store.organisations().count()).isEqualTo(all.organisations().size());
    assertThat(store.people().count()).isEqualTo(all.people().size());
    java.util.Set<EntityId> live = new java.util.HashSet<>();
    all.entities().forEach(entity -> live.add(entity.id()));
    all.entities().forEach(entity -> {
      for (Reference ref : entity.references()) {
        // A hash lookup: AssertJ's contains(…) scans the set, quadratic in what a fast store writes in 3 s.
        assertThat(live.contains(ref.target())).as("%s.%s refers to %s, which is not in the store", entity.id(),
            ref.field(), ref.target()).isTrue();
      }
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <I extends EntityId> I cast(EntityId id) {
    return (I) id;
  }
}

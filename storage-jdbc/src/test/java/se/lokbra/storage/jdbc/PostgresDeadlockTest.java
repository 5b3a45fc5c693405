package se.lokbra.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;

/**
 * Two transactions that write the same two entities in opposite orders deadlock in PostgreSQL, which rolls one of
 * them back. That one fails with the contract's {@link VersionConflictException}, naming the entity and the version
 * the other transaction stored; the other commits.
 */
class PostgresDeadlockTest {
  @Test
  void theTransactionPostgresqlRollsBackToEndADeadlockFailsWithAVersionConflict() throws Exception {
    try (LokbraStore store = LokbraStores.open(TestDatabases.newPostgresUri())) {
      Organisation a = store.organisations().save(Organisation.builder().id("a").name("A")
          .kind(OrganisationKind.OTHER).build());
      Organisation b = store.organisations().save(Organisation.builder().id("b").name("B")
          .kind(OrganisationKind.OTHER).build());
      CountDownLatch bothWroteOnce = new CountDownLatch(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<?>> results = new ArrayList<>();
        for (List<Organisation> order : List.of(List.of(a, b), List.of(b, a))) {
          results.add(pool.submit(() -> store.inTransaction(tx -> {
            tx.organisations().save(order.get(0).toBuilder().name(order.get(0).name() + "'").build());
            bothWroteOnce.countDown();
            await(bothWroteOnce);
            return tx.organisations().save(order.get(1).toBuilder().name(order.get(1).name() + "'").build());
          })));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> result : results) {
          try {
            result.get(60, TimeUnit.SECONDS);
          } catch (java.util.concurrent.ExecutionException e) {
            failures.add(e.getCause());
          }
        }
        assertThat(failures).as("exactly one of the two is rolled back").hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(VersionConflictException.class)
            .hasMessageContaining("another transaction wrote it at the same moment");
        VersionConflictException conflict = (VersionConflictException) failures.get(0);
        assertThat(conflict.givenVersion()).isEqualTo(1);
        assertThat(conflict.storedVersion()).as("the version the other transaction committed")
            .isEqualTo(OptionalLong.of(2));
        assertThat(conflict.id()).isIn(a.id(), b.id());
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.organisations().getById(OrganisationId.of("a")).version()).isEqualTo(2);
      assertThat(store.organisations().getById(OrganisationId.of("b")).version()).isEqualTo(2);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

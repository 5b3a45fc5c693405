package se.lokbra.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.council.CouncilId;

/**
 * The sample application on a real database (SQLite file, embedded PostgreSQL: the subclasses): lokbra's writes
 * join the application's {@code @Transactional} methods, the store is timed and reports its health.
 */
abstract class SpringTransactionContract {
  @Autowired
  CouncilRegistry registry;
  @Autowired
  LokbraStore store;
  @Autowired
  MeterRegistry meters;
  @Autowired
  HealthEndpoint health;
  @Autowired
  TransactionTemplate transactions;

  /** The URI scheme the store must be on: proof that the store sits on the application's data source. */
  abstract String scheme();

  @Test
  void theStoreIsOnTheApplicationsDataSource() {
    assertThat(store.uri().toString()).startsWith(scheme());
  }

  @Test
  void aCommitKeepsTheApplicationsRowAndLokbrasCouncil() {
    long before = registry.registrations();
    registry.register("karlstad-lokbra", "Brottsförebyggande rådet i Karlstad", "1780");
    assertThat(registry.registrations()).isEqualTo(before + 1);
    assertThat(store.councils().findById(CouncilId.of("karlstad-lokbra"))).isPresent();
  }

  @Test
  void aRollbackUndoesTheApplicationsRowAndLokbrasCouncil() {
    long before = registry.registrations();
    assertThatThrownBy(() -> registry.registerThenFail("uppsala-lokbra"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("called off");
    assertThat(registry.registrations()).isEqualTo(before);
    assertThat(store.councils().findById(CouncilId.of("uppsala-lokbra"))).isEmpty();
  }

  @Test
  void aLokbraFailureTheApplicationSwallowsStillRollsBackBoth() {
    long before = registry.registrations();
    long measures = store.measures().count();
    assertThatThrownBy(() -> registry.registerIgnoringALokbraFailure("lund-lokbra"))
        .isInstanceOf(UnexpectedRollbackException.class);
    assertThat(registry.registrations()).isEqualTo(before);
    assertThat(store.councils().findById(CouncilId.of("lund-lokbra"))).isEmpty();
    assertThat(store.measures().count()).isEqualTo(measures);
  }

  @Test
  void insideTheTransactionLokbraReadsItsUncommittedWritesAndARollbackOnlyStatusUndoesThem() {
    long before = registry.registrations();
    Boolean seen = transactions.execute(status -> {
      registry.register("lulea-lokbra", "Brottsförebyggande rådet i Luleå", "2580");
      status.setRollbackOnly();
      return store.councils().findById(CouncilId.of("lulea-lokbra")).isPresent()
          && store.councils().count() > 0;
    });
    assertThat(seen).isTrue();
    assertThat(store.councils().findById(CouncilId.of("lulea-lokbra"))).isEmpty();
    assertThat(registry.registrations()).isEqualTo(before);
  }

  @Test
  void outsideATransactionEachLokbraWriteCommitsOnItsOwn() {
    registry.register("umea-lokbra", "Brottsförebyggande rådet i Umeå", "2480");
    store.councils().deleteById(CouncilId.of("umea-lokbra"));
    assertThat(store.councils().findById(CouncilId.of("umea-lokbra"))).isEmpty();
  }

  @Test
  void everyRepositoryCallIsTimed() {
    registry.register("malmo-lokbra", "Brottsförebyggande rådet i Malmö", "1280");
    store.councils().findById(CouncilId.of("malmo-lokbra"));
    Timer saves = meters.find("lokbra.repository").tags("kind", "councils", "operation", "save", "exception", "none")
        .timer();
    assertThat(saves).isNotNull();
    assertThat(saves.count()).isPositive();
    assertThat(meters.find("lokbra.repository").tags("kind", "councils", "operation", "findById").timer())
        .isNotNull();
  }

  @Test
  void aFailedCallIsTimedWithItsException() {
    assertThatThrownBy(() -> registry.registerIgnoringALokbraFailure("ystad-lokbra"))
        .isInstanceOf(UnexpectedRollbackException.class);
    assertThat(meters.find("lokbra.repository").tags("kind", "measures", "operation", "save").timers())
        .anySatisfy(t -> assertThat(t.getId().getTag("exception")).isNotEqualTo("none"));
  }

  @Test
  void theHealthIndicatorReportsTheStoreUp() {
    assertThat(health.healthForPath("lokbra").getStatus()).isEqualTo(Status.UP);
  }
}

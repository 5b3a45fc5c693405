package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.model.Aggregate;

/**
 * {@link se.lokbra.core.LokbraStore#check()} on a healthy store reports it healthy, on every backend: empty, full
 * of every kind with references across kinds and into parts, with tombstones, after a reopen, and (for a persistent
 * store) checked by URI with {@link LokbraStores#check} once closed. What damage each backend detects is tested in
 * the backend's own module.
 */
public abstract class CheckContract extends ContractSupport {
  private static void assertHealthy(CheckReport report, String when) {
    assertThat(report.problems()).as("problems " + when).isEmpty();
    assertThat(report.isHealthy()).as(when).isTrue();
  }

  @Test
  public void anEmptyStoreIsHealthy() {
    assertHealthy(store.check(), "of an empty store");
  }

  @Test
  public void aStoreFullOfEveryKindWithTombstonesIsHealthy() {
    FullInstances full = FullInstances.generate();
    store.inTransaction(full::saveInto);
    // A tombstone: an entity that nothing refers to (one of its own, saved and deleted).
    Aggregate<?, ?> doomed = fixtures.savedOrganisation();
    assertThat(store.organisations().deleteById(fixtures.savedOrganisation().id())).isTrue();
    assertThat(store.snapshot().tombstones()).isNotEmpty();
    assertHealthy(store.check(), "after saving the generated set and " + doomed.describe());
    if (persistent()) {
      reopen();
      assertHealthy(store.check(), "after a reopen");
      URI uri = store.uri();
      store.close();
      assertHealthy(LokbraStores.check(uri.toString(), options()), "checked by URI");
      store = reopenStore(uri, options());
      assertThat(store.snapshot().entities().count()).as("the check by URI kept the data")
          .isEqualTo(full.all().size() + 1L);
    }
  }
}

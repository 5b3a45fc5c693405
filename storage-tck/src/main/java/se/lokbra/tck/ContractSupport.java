package se.lokbra.tck;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.StoreOptions;

/**
 * The base of every contract test: it opens a fresh store before each test through the one method a backend
 * implements, {@link #openStore}, and closes it after. Persistent stores are reopened through
 * {@link LokbraStores#open} with the store's own {@link LokbraStore#uri()} (override {@link #reopenStore} if your
 * backend needs otherwise).
 */
public abstract class ContractSupport {
  /** The instant every test starts at: 2026-03-01 10:00:00.123456 UTC. */
  public static final Instant START = Instant.parse("2026-03-01T10:00:00.123456Z");

  protected MutableClock clock;
  protected LokbraStore store;
  protected Fixtures fixtures;

  /**
   * Opens a new, empty store with these options (they carry the test clock). Each call must give a store that
   * shares nothing with stores given earlier.
   */
  protected abstract LokbraStore openStore(StoreOptions options);

  /** Opens the closed store at {@code uri} again. */
  protected LokbraStore reopenStore(java.net.URI uri, StoreOptions options) {
    return LokbraStores.open(uri, options);
  }

  protected StoreOptions options() {
    return StoreOptions.defaults().withClock(clock);
  }

  @BeforeEach
  public void openFreshStore() {
    clock = new MutableClock(START);
    store = openStore(options());
    fixtures = new Fixtures(store);
  }

  @AfterEach
  public void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  /** Closes the store and opens it again from its URI; the fixtures then work on the reopened store. */
  protected void reopen() {
    java.net.URI uri = store.uri();
    store.close();
    store = reopenStore(uri, options());
    fixtures = new Fixtures(store);
  }

  protected boolean persistent() {
    return store.capabilities().contains(StoreCapability.PERSISTENT);
  }

  /** Moves the clock one second on and returns the new time (microsecond precision). */
  protected Instant tick() {
    return clock.advance(java.time.Duration.ofSeconds(1));
  }
}

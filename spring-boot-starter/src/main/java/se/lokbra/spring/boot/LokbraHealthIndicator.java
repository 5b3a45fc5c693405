package se.lokbra.spring.boot;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import se.lokbra.core.LokbraStore;

/**
 * Actuator health of the store ({@code /actuator/health/lokbra}): up when a read (counting the councils) succeeds,
 * with the store's URI (no password) and capabilities; down with the exception otherwise.
 */
public class LokbraHealthIndicator extends AbstractHealthIndicator {
  private final LokbraStore store;

  /**
   * The health of {@code store}.
   *
   * @param store the application's store
   */
  public LokbraHealthIndicator(LokbraStore store) {
    super("lokbra store health check failed");
    this.store = store;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    long councils = store.councils().count();
    builder.up().withDetail("uri", store.uri().toString()).withDetail("councils", councils)
        .withDetail("capabilities", store.capabilities().toString());
  }
}

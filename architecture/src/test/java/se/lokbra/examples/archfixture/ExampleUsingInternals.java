package se.lokbra.examples.archfixture;

import se.lokbra.core.internal.Checks;
import se.lokbra.core.spi.Arguments;
import se.lokbra.storage.jdbc.internal.Stores;

/**
 * Breaks "internal stays in its module" (core's and a backend's internals used from outside) and "users use public
 * API only" (those, and the store SPI).
 */
public final class ExampleUsingInternals {
  private ExampleUsingInternals() {}

  /** Core's internals, from an example. */
  public static String checked(String name) {
    return Checks.name(name, "name");
  }

  /** A backend's internals, from an example. */
  public static Class<?> backendInternals() {
    return Stores.class;
  }

  /** The store SPI, from an example. */
  public static String spi(String value) {
    return Arguments.notNull(value, "value");
  }
}

package se.lokbra.storage.jdbc.archfixture;

import se.lokbra.core.spi.Arguments;
import se.lokbra.storage.jdbc.internal.Stores;

/** Keeps every rule: a backend uses its own internal package and core through the SPI. */
public final class JdbcUsingItsInternals {
  private JdbcUsingItsInternals() {}

  /** The backend's own internals. */
  public static Class<?> own() {
    return Stores.class;
  }

  /** Core, through the SPI. */
  public static String checked(String value) {
    return Arguments.notNull(value, "value");
  }
}

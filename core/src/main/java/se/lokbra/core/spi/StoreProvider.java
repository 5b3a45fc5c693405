package se.lokbra.core.spi;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;

/**
 * A storage backend, found by {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/se.lokbra.core.spi.StoreProvider}) and chosen by URI prefix, like JDBC's DriverManager:
 * {@code memory:}, {@code json:}, {@code jdbc:sqlite:}, {@code jdbc:postgresql:}.
 */
public interface StoreProvider {
  /** The URI prefixes this provider opens, without the trailing colon: {@code jdbc:sqlite}. */
  ImmutableSet<String> schemes();

  /**
   * Opens (creating if needed) the store at {@code uri}, whose prefix is one of {@link #schemes()}.
   *
   * @throws se.lokbra.core.ValidationException if the URI is malformed for this backend
   * @throws se.lokbra.core.StorageException if the store cannot be opened
   */
  LokbraStore open(URI uri, StoreOptions options);
}

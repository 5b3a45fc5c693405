package se.lokbra.core.spi;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreNotFoundException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;

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

  /**
   * Checks the existing store at {@code uri}, changing nothing; see {@link LokbraStore#check()}. By default the
   * store is opened ({@code createIfMissing} false) and {@link LokbraStore#check()} runs; a store that exists but
   * cannot be opened is reported as a problem. A backend whose opening may write (the JSON store finishes an
   * interrupted transaction) overrides this with a path that reads only.
   *
   * @throws se.lokbra.core.StoreNotFoundException if there is no store at {@code uri}
   * @throws se.lokbra.core.ValidationException if the URI is malformed for this backend
   */
  default CheckReport check(URI uri, StoreOptions options) {
    LokbraStore store;
    try {
      store = open(uri, options.withCreateIfMissing(false));
    } catch (StoreNotFoundException | ValidationException e) {
      throw e;
    } catch (StorageException e) {
      return CheckReport.of(java.util.List.of(new CheckReport.Problem(uri.toString(), "cannot be opened: "
          + e.getMessage(), "a store must open")));
    }
    try (store) {
      return store.check();
    }
  }
}

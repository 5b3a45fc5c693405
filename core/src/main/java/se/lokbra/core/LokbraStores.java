package se.lokbra.core;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.net.URI;
import java.util.Comparator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.spi.StoreLocations;
import se.lokbra.core.spi.StoreProvider;

/**
 * Opens stores by URI, finding the backend on the class path through {@link StoreProvider}s:
 * <ul>
 *   <li>{@code memory:name} — in memory (any name), gone when closed (in lokbra-core);</li>
 *   <li>{@code json:/path/to/dir} — a directory of JSON files (lokbra-storage-json);</li>
 *   <li>{@code jdbc:sqlite:/path/lokbra.db} — a SQLite file (lokbra-storage-jdbc);</li>
 *   <li>{@code jdbc:postgresql://host:5432/db?user=…} — PostgreSQL (lokbra-storage-jdbc).</li>
 * </ul>
 * The text forms ({@link #open(String)}) take a path as it is, too: {@code json:/srv/my store},
 * {@code jdbc:sqlite:C:\data\lokbra.db}; %-escaped URIs work as before. Text without a scheme is refused. See
 * {@link StoreLocations} for the rules (and how a literal {@code %} is told from an escape).
 */
public final class LokbraStores {
  private LokbraStores() {}

  /** Opens the store at {@code uri} with default options. */
  public static LokbraStore open(String uri) {
    return open(parse(uri), StoreOptions.defaults());
  }

  /**
   * Opens the store at {@code uri} (a URI or a scheme followed by a plain path) with these options; text without a
   * scheme is a {@link ValidationException}.
   */
  public static LokbraStore open(String uri, StoreOptions options) {
    return open(parse(uri), options);
  }

  public static LokbraStore open(URI uri) {
    return open(uri, StoreOptions.defaults());
  }

  /**
   * Opens (creating if needed) the store at {@code uri}.
   *
   * @throws ValidationException if no provider on the class path handles the URI's scheme; the message lists the
   *     schemes that are available
   */
  public static LokbraStore open(URI uri, StoreOptions options) {
    Checks.notNull(uri, "uri");
    Checks.notNull(options, "options");
    return provider(uri).open(uri, options);
  }

  /** The provider for {@code uri}'s scheme. */
  private static StoreProvider provider(URI uri) {
    String text = uri.toString();
    Map<String, StoreProvider> providers = providers();
    // The longest matching prefix wins, so "jdbc:sqlite" is preferred over a provider claiming all of "jdbc".
    StoreProvider provider = providers.entrySet().stream()
        .filter(e -> text.startsWith(e.getKey() + ":"))
        .max(Comparator.comparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getValue)
        .orElseThrow(() -> new ValidationException("uri", text, "has no storage backend on the class path; "
            + "available schemes: " + String.join(", ", ImmutableSortedSet.copyOf(providers.keySet()))
            + " (add lokbra-storage-json or lokbra-storage-jdbc for the others)"));
    return provider;
  }

  /**
   * Checks the existing store at {@code uri} (a URI or a scheme followed by a plain path) and reports what is
   * wrong, changing nothing: not even what opening the store would do (the JSON store finishing an interrupted
   * transaction). See {@link LokbraStore#check()} for what each backend checks.
   *
   * @throws StoreNotFoundException if there is no store at {@code uri}
   * @throws ValidationException if the URI is malformed or no provider handles its scheme
   */
  public static CheckReport check(String uri, StoreOptions options) {
    Checks.notNull(options, "options");
    URI parsed = parse(uri);
    return provider(parsed).check(parsed, options.withCreateIfMissing(false));
  }

  /** {@link #check(String, StoreOptions)} with default options. */
  public static CheckReport check(String uri) {
    return check(uri, StoreOptions.defaults());
  }

  /** Every scheme on the class path and its provider. */
  public static ImmutableMap<String, StoreProvider> providers() {
    ImmutableMap.Builder<String, StoreProvider> map = ImmutableMap.builder();
    try {
      for (StoreProvider provider : ServiceLoader.load(StoreProvider.class, LokbraStores.class.getClassLoader())) {
        for (String scheme : provider.schemes()) {
          map.put(scheme, provider);
        }
      }
      return map.buildKeepingLast();
    } catch (ServiceConfigurationError e) {
      throw new StorageException("cannot load the storage providers on the class path: " + e.getMessage(), e);
    }
  }

  private static URI parse(String uri) {
    return StoreLocations.parse(uri);
  }
}

package se.lokbra.storage.jdbc;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.spi.StoreProvider;

/** Opens {@code jdbc:sqlite:} and {@code jdbc:postgresql:} stores for {@link se.lokbra.core.LokbraStores}. */
public final class JdbcStoreProvider implements StoreProvider {
  @Override
  public ImmutableSet<String> schemes() {
    return ImmutableSet.of("jdbc:sqlite", "jdbc:postgresql");
  }

  @Override
  public LokbraStore open(URI uri, StoreOptions options) {
    return JdbcStores.open(uri, options);
  }

  /** {@link JdbcStores#check}: a SQLite file's pages are checked read-only before the store is opened. */
  @Override
  public CheckReport check(URI uri, StoreOptions options) {
    return JdbcStores.check(uri, options);
  }

  /** The default check of {@link StoreProvider}: open the store and check it. */
  public CheckReport checkByOpening(URI uri, StoreOptions options) {
    return StoreProvider.super.check(uri, options);
  }
}

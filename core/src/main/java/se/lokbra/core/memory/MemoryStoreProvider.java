package se.lokbra.core.memory;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.spi.Persistence;
import se.lokbra.core.spi.StoreProvider;

/** Opens {@code memory:name} stores (any name): every open gives a new, empty store that lives until it is closed. */
public final class MemoryStoreProvider implements StoreProvider {
  /** For {@link java.util.ServiceLoader}; use {@code LokbraStores.open("memory:…")}. */
  public MemoryStoreProvider() {}

  @Override
  public ImmutableSet<String> schemes() {
    return ImmutableSet.of("memory");
  }

  @Override
  public LokbraStore open(URI uri, StoreOptions options) {
    return InMemoryStore.create(uri, options, ImmutableSet.of(), DataSet.empty(), Persistence.NONE);
  }
}

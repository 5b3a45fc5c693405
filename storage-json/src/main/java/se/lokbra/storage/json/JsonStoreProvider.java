package se.lokbra.storage.json;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.spi.StoreProvider;

/** Opens {@code json:} URIs for {@link se.lokbra.core.LokbraStores}; see {@link JsonStore}. */
public final class JsonStoreProvider implements StoreProvider {
  @Override
  public ImmutableSet<String> schemes() {
    return ImmutableSet.of(JsonStore.SCHEME);
  }

  @Override
  public LokbraStore open(URI uri, StoreOptions options) {
    return JsonStore.open(JsonStore.directory(uri), options);
  }

  /** {@link JsonStore#check}: reads only, without opening the store. */
  @Override
  public CheckReport check(URI uri, StoreOptions options) {
    return JsonStore.check(JsonStore.directory(uri));
  }
}

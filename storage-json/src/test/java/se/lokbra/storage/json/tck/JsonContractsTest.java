package se.lokbra.storage.json.tck;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.json.JsonStore;
import se.lokbra.tck.AllContracts;

/** The whole contract suite on the JSON store: each store in a new directory under one temporary directory. */
class JsonContractsTest extends AllContracts {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  @TempDir
  static Path base;

  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return JsonStore.open(base.resolve("store-" + COUNTER.incrementAndGet()), options);
  }

  @Override
  protected java.net.URI absentStoreUri() {
    return JsonStore.uri(base.resolve("absent-" + COUNTER.incrementAndGet()).resolve("store"));
  }
}

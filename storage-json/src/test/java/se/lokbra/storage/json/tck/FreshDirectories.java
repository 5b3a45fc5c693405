package se.lokbra.storage.json.tck;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.json.JsonStore;

/** Gives each {@code openStore} call of a contract test its own new directory under the test's temporary one. */
final class FreshDirectories {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private FreshDirectories() {}

  static LokbraStore open(Path base, StoreOptions options) {
    return JsonStore.open(base.resolve("store-" + COUNTER.incrementAndGet()), options);
  }
}

package se.lokbra.tck.memory;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.tck.StoreContract;

class MemoryStoreTest extends StoreContract {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(java.net.URI.create("memory:tck"), options);
  }

  @Override
  protected java.net.URI absentStoreUri() {
    return java.net.URI.create("memory:absent");
  }
}

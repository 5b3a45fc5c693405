package se.lokbra.tck.memory;

import java.net.URI;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.tck.AllContracts;

/** The whole contract suite on the in-memory store. */
class MemoryContractsTest extends AllContracts {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(URI.create("memory:tck"), options);
  }

  @Override
  protected URI absentStoreUri() {
    return URI.create("memory:absent");
  }
}

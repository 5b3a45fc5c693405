package se.lokbra.tck.memory;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.tck.SituationPictureRepositoryContract;

class MemorySituationPictureRepositoryTest extends SituationPictureRepositoryContract {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(java.net.URI.create("memory:tck"), options);
  }
}

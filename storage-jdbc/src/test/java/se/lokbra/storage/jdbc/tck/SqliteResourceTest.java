package se.lokbra.storage.jdbc.tck;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.tck.ResourceContract;

class SqliteResourceTest extends ResourceContract {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(TestDatabases.newSqliteUri(), options);
  }
}

package se.lokbra.storage.jdbc.tck;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.tck.StoreContract;

class SqliteStoreTest extends StoreContract {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(TestDatabases.newSqliteUri(), options);
  }

  @Override
  protected java.net.URI absentStoreUri() {
    return TestDatabases.newSqliteUri(); // a file not created yet
  }
}

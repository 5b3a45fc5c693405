package se.lokbra.storage.jdbc.tck;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.tck.AllContracts;

/** The whole contract suite on SQLite: each store a new database file. */
class SqliteContractsTest extends AllContracts {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(TestDatabases.newSqliteUri(), options);
  }

  @Override
  protected java.net.URI absentStoreUri() {
    return TestDatabases.newSqliteUri(); // a file not created yet
  }
}

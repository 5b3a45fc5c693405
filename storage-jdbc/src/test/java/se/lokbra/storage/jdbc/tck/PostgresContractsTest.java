package se.lokbra.storage.jdbc.tck;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.tck.AllContracts;

/** The whole contract suite on PostgreSQL (embedded, started by the tests): each store a new database. */
class PostgresContractsTest extends AllContracts {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(TestDatabases.newPostgresUri(), options);
  }

  @Override
  protected java.net.URI absentStoreUri() {
    return TestDatabases.newPostgresUri(); // an empty schema
  }
}

package se.lokbra.storage.jdbc.tck;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.tck.ActionPlanRepositoryContract;

class SqliteActionPlanRepositoryTest extends ActionPlanRepositoryContract {
  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return LokbraStores.open(TestDatabases.newSqliteUri(), options);
  }
}

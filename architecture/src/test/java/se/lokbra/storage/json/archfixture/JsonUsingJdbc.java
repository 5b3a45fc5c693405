package se.lokbra.storage.json.archfixture;

import java.nio.file.Path;
import javax.sql.DataSource;
import se.lokbra.storage.jdbc.JdbcStores;

/** Breaks "a backend imports no other backend": the JSON backend reaching into the JDBC one. */
public final class JsonUsingJdbc {
  private JsonUsingJdbc() {}

  /** The JDBC backend's public API, from the JSON backend. */
  public static DataSource sqlite(Path file) {
    return JdbcStores.sqliteDataSource(file, se.lokbra.core.StoreOptions.defaults());
  }
}

package se.lokbra.core.archfixture;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import se.lokbra.storage.json.JsonStore;

/** Breaks "core imports no backend" twice, to prove that rule fails: it uses JDBC and the JSON backend. */
public final class CoreUsingStorage {
  private CoreUsingStorage() {}

  /** JDBC in core. */
  public static int columns(ResultSetMetaData meta) throws SQLException {
    return meta.getColumnCount();
  }

  /** A backend in core. */
  public static Class<?> backend() {
    return JsonStore.class;
  }
}

package se.lokbra.tck.archfixture;

import java.sql.Connection;
import java.sql.SQLException;
import se.lokbra.storage.jdbc.JdbcStores;

/** Breaks "the TCK names no backend": a contract that knows the JDBC backend and JDBC. */
public final class TckNamingSqlite {
  private TckNamingSqlite() {}

  /** A backend in the contract suite. */
  public static Class<?> backend() {
    return JdbcStores.class;
  }

  /** JDBC in the contract suite. */
  public static boolean autoCommit(Connection connection) throws SQLException {
    return connection.getAutoCommit();
  }
}

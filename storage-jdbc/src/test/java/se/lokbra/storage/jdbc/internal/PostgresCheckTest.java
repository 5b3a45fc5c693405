package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.core.spi.StoreRules;
import se.lokbra.storage.jdbc.TestDatabases;

/**
 * The check of a PostgreSQL store: every table read, {@code amcheck} where installed, and the reference check,
 * which finds a row whose referent was removed behind the foreign keys' back.
 */
class PostgresCheckTest {
  private static URI filled() {
    URI uri = TestDatabases.newPostgresUri();
    try (LokbraStore store = LokbraStores.open(uri)) {
      KarlskogaDegerfors.loadInto(store);
    }
    return uri;
  }

  @Test
  void aHealthyStoreIsHealthyWithOrWithoutAmcheck() throws SQLException {
    URI uri = filled();
    assertThat(LokbraStores.check(uri.toString()).problems()).isEmpty();
    boolean amcheck;
    try (Connection c = DriverManager.getConnection(uri.toString()); Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS amcheck");
      amcheck = true;
    } catch (SQLException e) {
      amcheck = false; // the server has no contrib modules: the tables are still read whole
    }
    try (LokbraStore store = LokbraStores.open(uri)) {
      assertThat(store.check().problems()).as("amcheck installed: " + amcheck).isEmpty();
    }
  }

  @Test
  void aReferenceToARowDeletedBehindTheForeignKeysIsReported() throws SQLException {
    URI uri = filled();
    try (Connection c = DriverManager.getConnection(uri.toString()); Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica"); // foreign key triggers off, for this session only
      assertThat(s.executeUpdate("DELETE FROM organisation WHERE id = '" + KarlskogaDegerfors.POLICE.value()
          + "'")).isEqualTo(1);
    }
    CheckReport report = LokbraStores.check(uri.toString());
    List<String> lines = report.problems().stream().map(CheckReport.Problem::toString).toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).contains("refers to organisation '"
        + KarlskogaDegerfors.POLICE.value() + "', which does not exist", StoreRules.REFERENCE_RULE));
  }
}

package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.storage.jdbc.JdbcStores;
import se.lokbra.storage.jdbc.TestDatabases;

class SqliteBackendTest extends JdbcBackendTest {
  @Override
  URI newUri() {
    return TestDatabases.newSqliteUri();
  }

  @Override
  DataSource dataSource(URI uri) {
    return JdbcStores.sqliteDataSource(Path.of(uri.getSchemeSpecificPart().substring("sqlite:".length())),
        StoreOptions.defaults());
  }

  private static String pragma(Jdbi jdbi, String name) {
    return jdbi.withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
  }

  @Test
  void aDatabaseThatCannotGrowWhileTheSchemaIsCreatedSaysSoInOneLine() {
    URI uri = newUri();
    org.sqlite.SQLiteConfig config = Stores.sqliteConfig(StoreOptions.defaults()
        .withProperty(JdbcStores.BUSY_TIMEOUT, "100"), org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setMaxPageCount(3); // as a full disk: SQLITE_FULL
    SQLiteDataSource full = new SQLiteDataSource(config);
    full.setUrl(uri.toString());
    Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> JdbcStores.open(full, StoreOptions.defaults()));
    assertThat(e).isInstanceOf(StorageException.class).hasMessageContaining("disk is full")
        .hasMessageNotContaining("SQL State");
    assertThat(e.getMessage().lines()).hasSize(1);
  }

  @Test
  void aFullDatabaseSaysSoInOneLineAndKeepsWhatWasWritten() {
    try (LokbraStore store = open(newUri())) {
      var kept = store.organisations().save(se.lokbra.core.organisation.Organisation.builder().name("Kvar")
          .kind(se.lokbra.core.organisation.OrganisationKind.OTHER).build());
      Jdbi write = ((JdbcStore) store).jdbis().get(1); // the one write connection
      write.useHandle(h -> h.execute("PRAGMA max_page_count = "
          + h.createQuery("PRAGMA page_count").mapTo(Long.class).one()));
      var big = se.lokbra.core.organisation.Organisation.builder().name("Stor")
          .kind(se.lokbra.core.organisation.OrganisationKind.OTHER).build();
      Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> {
        for (int i = 0; i < 200; i++) {
          store.organisations().save(big.toBuilder().id("stor-" + i).name("Stor " + "x".repeat(900)).build());
        }
      });
      assertThat(e).isInstanceOf(StorageException.class).hasMessageContaining("disk is full");
      assertThat(e.getMessage().lines()).hasSize(1);
      assertThat(store.organisations().findById(kept.id())).contains(kept);
    }
  }

  @Test
  void everyConnectionHasLokbrasSettings() {
    try (LokbraStore store = open(newUri())) {
      for (Jdbi jdbi : ((JdbcStore) store).jdbis()) {
        assertThat(pragma(jdbi, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(jdbi, "foreign_keys")).isEqualTo("1");
        assertThat(pragma(jdbi, "busy_timeout")).isEqualTo("10000");
        assertThat(pragma(jdbi, "synchronous")).as("FULL").isEqualTo("2");
      }
    }
    StoreOptions normal = StoreOptions.defaults().withProperty(JdbcStores.SYNCHRONOUS, "NORMAL")
        .withProperty(JdbcStores.BUSY_TIMEOUT, "2500");
    try (LokbraStore store = LokbraStores.open(newUri(), normal)) {
      for (Jdbi jdbi : ((JdbcStore) store).jdbis()) {
        assertThat(pragma(jdbi, "synchronous")).as("NORMAL").isEqualTo("1");
        assertThat(pragma(jdbi, "busy_timeout")).isEqualTo("2500");
      }
    }
    assertThatThrownBy(() -> LokbraStores.open(newUri(), StoreOptions.defaults()
        .withProperty(JdbcStores.SYNCHRONOUS, "OFF"))).isInstanceOf(ValidationException.class);
  }

  @Test
  void aTransactionHoldsTheWriteLockFromItsStart() throws SQLException {
    URI uri = newUri();
    String file = uri.getSchemeSpecificPart().substring("sqlite:".length());
    try (LokbraStore store = open(uri);
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = other.createStatement()) {
      s.execute("PRAGMA busy_timeout = 0");
      store.useTransaction(tx -> {
        // Nothing written yet, and still no one else can start writing: BEGIN IMMEDIATE took the lock.
        assertThatThrownBy(() -> s.execute("BEGIN IMMEDIATE")).isInstanceOf(SQLException.class)
            .hasMessageContaining("SQLITE_BUSY");
        tx.organisations().count();
      });
      s.execute("BEGIN IMMEDIATE");
      s.execute("ROLLBACK");
    }
  }

  static final String README_QUERY = "SELECT m.title, m.status, c.name FROM measure m JOIN council c "
      + "ON c.id = m.council_id ORDER BY m.title";

  @Test
  void theFileAnswersPlainSql() throws Exception {
    URI uri = newUri();
    try (LokbraStore store = open(uri)) {
      KarlskogaDegerfors.loadIfEmpty(store);
    }
    String file = uri.getSchemeSpecificPart().substring("sqlite:".length());
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(README_QUERY)) {
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
      }
    }
    assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r).endsWith("|Lokala brottsförebyggande rådet i "
        + "Karlskoga och Degerfors"));
    assertThat(rows.get(0)).isEqualTo("ANDT-strategi för Karlskoga och Degerfors|COMPLETED|Lokala "
        + "brottsförebyggande rådet i Karlskoga och Degerfors");
    // The sqlite3 shell too, where it is installed (the JDBC check above always runs).
    if (onPath("sqlite3")) {
      Process p = new ProcessBuilder("sqlite3", file, README_QUERY).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out.lines().toList()).containsExactlyElementsOf(rows);
      Process tables = new ProcessBuilder("sqlite3", file, ".tables").redirectErrorStream(true).start();
      assertThat(new String(tables.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .contains("organisation", "council_membership", "tombstone");
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && path.lines().flatMap(l -> List.of(l.split(java.io.File.pathSeparator)).stream())
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  @Test
  void urisAndDataSourcesThatCannotWorkAreRefusedClearly() throws IOException {
    assertThatThrownBy(() -> LokbraStores.open("jdbc:sqlite::memory:")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("memory:");
    assertThatThrownBy(() -> LokbraStores.open("jdbc:sqlite:/tmp/x.db?journal_mode=DELETE"))
        .isInstanceOf(ValidationException.class);
    Path garbage = TestDatabases.newSqliteFile();
    Files.writeString(garbage, "this is not a SQLite database, just text that is long enough to be read as one");
    assertThatThrownBy(() -> LokbraStores.open("jdbc:sqlite:" + garbage)).isInstanceOf(StorageException.class)
        .hasMessageContaining(garbage.toString());
    SQLiteDataSource noForeignKeys = new SQLiteDataSource();
    noForeignKeys.setUrl("jdbc:sqlite:" + TestDatabases.newSqliteFile());
    assertThatThrownBy(() -> JdbcStores.open(noForeignKeys)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("foreign keys");
  }
}

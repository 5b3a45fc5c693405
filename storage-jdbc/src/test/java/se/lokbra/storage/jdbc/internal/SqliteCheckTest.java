package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreNotFoundException;
import se.lokbra.core.sample.KarlskogaDegerfors;

/**
 * The check of a SQLite store: {@code integrity_check} finds flipped bytes in a page of a real store file,
 * {@code foreign_key_check} a row whose parent is gone, and the check changes neither file.
 */
class SqliteCheckTest {
  @TempDir
  Path dir;

  private Path file;

  @BeforeEach
  void fill() {
    file = dir.resolve("lokbra.db");
    try (LokbraStore store = LokbraStores.open("jdbc:sqlite:" + file)) {
      KarlskogaDegerfors.loadInto(store);
    }
  }

  private static CheckReport checkUnchanged(Path db) throws IOException {
    byte[] before = Files.readAllBytes(db);
    CheckReport report = LokbraStores.check("jdbc:sqlite:" + db);
    assertThat(Files.readAllBytes(db)).as("the check changes nothing").isEqualTo(before);
    return report;
  }

  private static List<String> lines(CheckReport report) {
    return report.problems().stream().map(CheckReport.Problem::toString).toList();
  }

  @Test
  void aHealthyStoreIsHealthy() throws IOException {
    assertThat(checkUnchanged(file).problems()).isEmpty();
    try (LokbraStore store = LokbraStores.open("jdbc:sqlite:" + file)) {
      assertThat(store.check().isHealthy()).isTrue();
    }
  }

  @Test
  void flippedBytesInAPageAreReported() throws Exception {
    Path copy = dir.resolve("corrupt copy.db");
    Files.copy(file, copy);
    int pageSize;
    int rootPage;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
        r.next();
        pageSize = r.getInt(1);
      }
      try (ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE type = 'table' "
          + "AND name = 'organisation'")) {
        assertThat(r.next()).isTrue();
        rootPage = r.getInt(1);
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM organisation")) {
        r.next();
        assertThat(r.getInt(1)).as("the page holds rows").isGreaterThan(3);
      }
    }
    byte[] bytes = Files.readAllBytes(copy);
    int page = (rootPage - 1) * pageSize;
    assertThat(bytes[page]).as("a table b-tree page").isIn((byte) 0x0d, (byte) 0x05);
    // Flip the bytes of the page's first cell pointers: the page now points its rows into garbage.
    int pointers = page + (bytes[page] == 0x0d ? 8 : 12);
    for (int i = pointers; i < pointers + 6; i++) {
      bytes[i] ^= (byte) 0x5a;
    }
    Files.write(copy, bytes);

    CheckReport report = checkUnchanged(copy);
    assertThat(report.isHealthy()).isFalse();
    assertThat(report.problems()).allSatisfy(p -> {
      assertThat(p.where()).isEqualTo("jdbc:sqlite:" + copy);
      assertThat(p.rule()).contains("integrity_check");
    });
    assertThat(lines(report).get(0)).startsWith("jdbc:sqlite:" + copy + ": ");
    // The original is untouched and healthy.
    assertThat(checkUnchanged(file).isHealthy()).isTrue();
  }

  @Test
  void aRowWhoseParentIsGoneIsReported() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = OFF");
      assertThat(s.executeUpdate("DELETE FROM organisation WHERE id = '" + KarlskogaDegerfors.POLICE.value()
          + "'")).isEqualTo(1);
    }
    CheckReport report = checkUnchanged(file);
    assertThat(lines(report)).isNotEmpty().allSatisfy(l -> assertThat(l).contains("refers to a missing row of "
        + "organisation", "foreign_key_check"));
  }

  @Test
  void aMissingFileIsNotFoundAndNotCreated() {
    Path absent = dir.resolve("absent.db");
    assertThatThrownBy(() -> LokbraStores.check("jdbc:sqlite:" + absent))
        .isInstanceOf(StoreNotFoundException.class);
    assertThat(absent).doesNotExist();
  }

  @Test
  void aFileThatIsNoDatabaseIsReported() throws IOException, SQLException {
    Path junk = Files.writeString(dir.resolve("junk.db"), "this is not a SQLite file, but long enough to look "
        + "like a header of one to a careless reader.".repeat(20));
    CheckReport report = checkUnchanged(junk);
    assertThat(report.isHealthy()).isFalse();
    assertThat(lines(report).get(0)).startsWith("jdbc:sqlite:" + junk + ": ");
  }
}

package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lokbra check}: exit code 0 for a healthy store, 1 with one line per problem, 2 on bad usage. */
class CheckCommandTest {
  @TempDir
  Path dir;

  private String demo(String uri) {
    CliRunner demo = CliRunner.run("demo", "--store", uri);
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    return uri;
  }

  @Test
  void aHealthyStoreExitsWithZero() {
    for (String uri : List.of(demo("json:" + dir.resolve("json store")), demo("jdbc:sqlite:" + dir.resolve("a.db")))) {
      CliRunner r = CliRunner.run("check", "--store", uri);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("The store " + uri + " is healthy: no problems found.\n");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void problemsInAJsonStoreArePrintedOnePerLineAndNothingChanges() throws Exception {
    Path root = dir.resolve("json store");
    String uri = demo("json:" + root);
    Path measure;
    try (var files = Files.list(root.resolve("measures"))) {
      measure = files.sorted().findFirst().orElseThrow();
    }
    Files.writeString(measure, "{\"id\": \n");
    Path journal = Files.writeString(root.resolve(".lokbra-journal"), "{}");
    CliRunner r = CliRunner.run("check", "--store", uri);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith(journal + ": a transaction's journal is in place");
    assertThat(lines.get(1)).startsWith(measure + " (line ");
    assertThat(lines.get(2)).isEqualTo("2 problems found in " + uri + "; nothing was changed.");
    assertThat(Files.readString(measure)).isEqualTo("{\"id\": \n");
    assertThat(Files.readString(journal)).as("the journal is not applied").isEqualTo("{}");
  }

  @Test
  void flippedBytesInASqliteFileExitWithOne() throws Exception {
    Path file = dir.resolve("a.db");
    demo("jdbc:sqlite:" + file);
    int pageSize;
    int rootPage;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
        r.next();
        pageSize = r.getInt(1);
      }
      try (ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'organisation'")) {
        r.next();
        rootPage = r.getInt(1);
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    int pointers = (rootPage - 1) * pageSize + (bytes[(rootPage - 1) * pageSize] == 0x0d ? 8 : 12);
    for (int i = pointers; i < pointers + 6; i++) {
      bytes[i] ^= (byte) 0x5a;
    }
    Files.write(file, bytes);
    CliRunner r = CliRunner.run("check", "--store", "jdbc:sqlite:" + file);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.get(0)).startsWith("jdbc:sqlite:" + file + ": ").contains("integrity_check");
    assertThat(lines.get(lines.size() - 1)).endsWith("; nothing was changed.");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void badUsageExitsWithTwo() {
    CliRunner missing = CliRunner.run("check", "--store", "json:" + dir.resolve("absent"));
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("lokbra: ");
    assertThat(dir.resolve("absent")).doesNotExist();
    assertThat(CliRunner.run("check", "--no-such-option").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("check", "--store", dir.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("check", "--store", "jdbc:sqlite:" + dir.resolve("absent.db")).exitCode()).isEqualTo(2);
    assertThat(dir.resolve("absent.db")).doesNotExist();
  }
}

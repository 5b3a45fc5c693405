package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real commands on stores under a directory whose name has a space, written as plain paths in {@code --store}. */
class PlainPathsTest {
  @TempDir
  Path temp;

  @Test
  void theCommandsWorkOnPlainPathsWithSpaces() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("my stores"));
    String json = "json:" + dir.resolve("json store");
    String sqlite = "jdbc:sqlite:" + dir.resolve("copy of it.db");

    CliRunner demo = CliRunner.run("demo", "--store", json);
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(dir.resolve("json store").resolve("lokbra-store.json")).isRegularFile();
    assertThat(temp.resolve("my%20stores")).doesNotExist();

    CliRunner copy = CliRunner.run("copy", "--from", json, "--to", sqlite);
    assertThat(copy.exitCode()).as(copy.err()).isZero();
    assertThat(dir.resolve("copy of it.db")).isRegularFile();

    CliRunner fromJson = CliRunner.run("export", "--store", json);
    CliRunner fromSqlite = CliRunner.run("export", "--store", sqlite);
    assertThat(fromJson.exitCode()).as(fromJson.err()).isZero();
    assertThat(fromSqlite.exitCode()).as(fromSqlite.err()).isZero();
    assertThat(fromSqlite.out()).isNotEmpty().isEqualTo(fromJson.out());

    // The %-encoded form still names the same store.
    String encoded = "json:" + dir.resolve("json store").toUri().getRawPath();
    assertThat(encoded).contains("my%20stores/json%20store");
    CliRunner fromEncoded = CliRunner.run("export", "--store", encoded);
    assertThat(fromEncoded.exitCode()).as(fromEncoded.err()).isZero();
    assertThat(fromEncoded.out()).isEqualTo(fromJson.out());

    Path backup = dir.resolve("back up.json");
    Files.writeString(backup, fromJson.out());
    String imported = "json:" + dir.resolve("imported store");
    CliRunner importing = CliRunner.run("import", "--store", imported, backup.toString());
    assertThat(importing.exitCode()).as(importing.err()).isZero();
    assertThat(CliRunner.run("export", "--store", imported).out()).isEqualTo(fromJson.out());

    CliRunner report = CliRunner.run("report", "--store", sqlite, "--year", "2018");
    assertThat(report.exitCode()).as(report.err()).isZero();
  }

  @Test
  void aPathWithoutASchemeIsBadUsageNamingTheForms() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("my stores"));
    CliRunner r = CliRunner.run("export", "--store", dir.resolve("json store").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("must start with a scheme: memory:, json:, jdbc:sqlite:, jdbc:postgresql:");
    assertThat(dir.resolve("json store")).doesNotExist();
  }
}

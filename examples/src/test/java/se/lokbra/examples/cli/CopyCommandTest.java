package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.lokbra.storage.jdbc.TestDatabases;

/** Copies between every pair of persistent backends keep the data byte for byte (compared by their exports). */
class CopyCommandTest {
  @TempDir
  Path dir;

  private String uri(String backend, String name) {
    return switch (backend) {
      case "json" -> "json:" + dir.resolve(name);
      case "sqlite" -> "jdbc:sqlite:" + dir.resolve(name + ".db");
      case "postgresql" -> TestDatabases.newPostgresUri().toString();
      default -> throw new IllegalArgumentException(backend);
    };
  }

  private static String export(String uri) {
    CliRunner r = CliRunner.run("export", "--store", uri);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out();
  }

  private static void copy(String from, String to) {
    CliRunner r = CliRunner.run("copy", "--from", from, "--to", to);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).as("every kind is counted").startsWith("Copied 8 organisations, 4 people, 2 councils, "
        + "5 measures, 3 meetings, 2 conferences, 1 situation picture, 2 problems, 0 indicators, "
        + "0 cooperation agreements, 2 action plans, 0 coordination functions and 1 tombstone from ");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"json,sqlite", "json,postgresql", "sqlite,json", "sqlite,postgresql", "postgresql,json",
      "postgresql,sqlite", "json,json", "sqlite,sqlite", "postgresql,postgresql"})
  void aCopyExportsTheSameBytesAsItsSource(String from, String to) {
    String source = uri(from, "source");
    String target = uri(to, "target");
    TestData.fill(source, CliRunner.CLOCK);
    copy(source, target);
    assertThat(export(target)).isEqualTo(export(source));
  }

  @Test
  void jsonToSqliteToPostgresqlAndBackToJsonIsByteIdentical() {
    List<String> chain = List.of(uri("json", "a"), uri("sqlite", "b"), uri("postgresql", "c"), uri("json", "d"));
    TestData.fill(chain.get(0), CliRunner.CLOCK);
    for (int i = 0; i + 1 < chain.size(); i++) {
      copy(chain.get(i), chain.get(i + 1));
    }
    assertThat(export(chain.get(3))).isEqualTo(export(chain.get(0)));
  }

  @Test
  void aClashInTheTargetIsRefusedAndTheTargetIsUnchanged() {
    String source = uri("sqlite", "source");
    String target = uri("json", "target");
    TestData.fill(source, CliRunner.CLOCK);
    TestData.fill(target, java.time.Clock.offset(CliRunner.CLOCK, java.time.Duration.ofDays(1)));
    String before = export(target);
    CliRunner r = CliRunner.run("copy", "--from", source, "--to", target);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).as("what differs: the same version, other content").contains("has the same version (1)")
        .contains("different content").doesNotContain("changed concurrently");
    assertThat(export(target)).isEqualTo(before);
  }
}

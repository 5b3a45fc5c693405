package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format oparl|popolo|ical|csv} on the sample data. */
class ExportFormatsTest {
  @TempDir
  Path dir;
  private String store;

  @BeforeEach
  void sample() {
    store = "jdbc:sqlite:" + dir.resolve("sample.db");
    assertThat(CliRunner.run("demo", "--store", store).exitCode()).isZero();
  }

  @Test
  void oparlWritesADirectoryOfObjectsUnderTheBaseUrl() throws Exception {
    Path out = dir.resolve("oparl");
    CliRunner r = CliRunner.run("export", "--store", store, "--format", "oparl", "--base-url",
        "https://example.org/oparl/v1", "--output", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("system"), StandardCharsets.UTF_8))
        .contains("\"https://example.org/oparl/v1/system\"").contains("https://schema.oparl.org/1.1/System");
    assertThat(Files.readString(out.resolve("meeting/lokbra-2019-1"), StandardCharsets.UTF_8))
        .contains("Avstämning av viktiga insatser under 2018");

    CliRunner missing = CliRunner.run("export", "--store", store, "--format", "oparl");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--base-url");
  }

  @Test
  void popoloIcalAndCsvGoToStdoutOrAFile() throws Exception {
    CliRunner popolo = CliRunner.run("export", "--store", store, "--format", "popolo");
    assertThat(popolo.exitCode()).as(popolo.err()).isZero();
    assertThat(popolo.out()).contains("\"persons\"").contains("Hårsmar").contains("212000-1991");

    CliRunner ical = CliRunner.run("export", "--store", store, "--format", "ical", "--council",
        "karlskoga-degerfors", "--uid-domain", "karlskoga.se");
    assertThat(ical.exitCode()).as(ical.err()).isZero();
    assertThat(ical.out()).startsWith("BEGIN:VCALENDAR").contains("UID:meeting-lokbra-2019-1@karlskoga.se")
        .contains("SUMMARY:Tillsammans mot brott").contains("TZID:Europe/Stockholm");
    assertThat(CliRunner.run("export", "--store", store, "--format", "ical", "--council", "nowhere").exitCode())
        .isEqualTo(2);

    Path csv = dir.resolve("measures.csv");
    CliRunner semicolon = CliRunner.run("export", "--store", store, "--format", "csv", "--separator", "semicolon",
        "--output", csv.toString());
    assertThat(semicolon.exitCode()).as(semicolon.err()).isZero();
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF").contains(";").contains("Trygghetsvandringar");
    assertThat(CliRunner.run("export", "--store", store, "--format", "csv").out().lines().count())
        .as("a header and four measures").isEqualTo(5);
    assertThat(CliRunner.run("export", "--store", store, "--format", "csv", "--separator", "tab").exitCode())
        .isEqualTo(2);
  }
}

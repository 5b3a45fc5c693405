package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.storage.json.DataSetDocument;

class ExportImportCommandTest {
  @TempDir
  Path dir;

  private String sqlite(String name) {
    return "jdbc:sqlite:" + dir.resolve(name);
  }

  private static DataSet snapshot(String uri) {
    try (LokbraStore store = LokbraStores.open(uri)) {
      return store.snapshot();
    }
  }

  private Path exported(String uri) throws Exception {
    Path file = dir.resolve("export-" + System.nanoTime() + ".json");
    CliRunner r = CliRunner.run("export", "--store", uri, "--output", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return file;
  }

  @Test
  void exportingTheSameStoreTwiceGivesTheSameBytesOnStdoutAndInAFile() throws Exception {
    String source = sqlite("source.db");
    TestData.fill(source, CliRunner.CLOCK);
    CliRunner first = CliRunner.run("export", "--store", source);
    CliRunner second = CliRunner.run("export", "--store", source);
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(second.out()).startsWith("{")
        .contains("\"formatVersion\": " + DataSetDocument.FORMAT_VERSION)
        .contains("Hårsmar").endsWith("}\n");
    assertThat(Files.readString(exported(source), StandardCharsets.UTF_8)).isEqualTo(first.out());
  }

  @Test
  void importReadsEverythingInAndTwiceChangesNothing() throws Exception {
    String source = "json:" + dir.resolve("source");
    TestData.fill(source, CliRunner.CLOCK);
    Path file = exported(source);
    String target = sqlite("target.db");

    CliRunner r = CliRunner.run("import", "--store", target, file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Imported").contains("into " + target);
    assertThat(snapshot(target)).isEqualTo(snapshot(source));

    assertThat(CliRunner.run("import", "--store", target, file.toString()).exitCode()).isZero();
    assertThat(snapshot(target)).isEqualTo(snapshot(source));
  }

  @Test
  void invalidDocumentsAreRefusedNamingTheProblemAndTheStoreStaysAsItWas() throws Exception {
    String source = sqlite("source.db");
    TestData.fill(source, CliRunner.CLOCK);
    String valid = Files.readString(exported(source), StandardCharsets.UTF_8);
    String target = sqlite("target.db");
    try (LokbraStore store = LokbraStores.open(target)) {
      store.organisations().save(se.lokbra.core.organisation.Organisation.builder().id("already-here")
          .name("Redan här").kind(se.lokbra.core.organisation.OrganisationKind.OTHER).build());
    }
    DataSet before = snapshot(target);

    String[][] cases = {
        {valid.substring(0, valid.length() / 2), "line"},
        {valid.replace("\"formatVersion\": " + DataSetDocument.FORMAT_VERSION, "\"formatVersion\": \"two\""), "formatVersion"},
        {valid.replace("212000-1991", "212000-1992"), "Luhn"},
        {valid.replace("\"council\": \"karlskoga-degerfors\"", "\"council\": \"no-such-council\""),
            "no-such-council"},
    };
    for (String[] c : cases) {
      Path bad = dir.resolve("bad-" + System.nanoTime() + ".json");
      Files.writeString(bad, c[0], StandardCharsets.UTF_8);
      CliRunner r = CliRunner.run("import", "--store", target, bad.toString());
      assertThat(r.exitCode()).as(c[1] + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).startsWith("lokbra: ").contains(c[1]).doesNotContain("\tat ");
      assertThat(snapshot(target)).as(c[1]).isEqualTo(before);

      CliRunner v = CliRunner.run("validate", bad.toString());
      assertThat(v.exitCode()).as("validate " + c[1]).isEqualTo(2);
      assertThat(v.err()).contains(c[1]);
    }
    CliRunner ok = CliRunner.run("validate", exported(source).toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("is a valid data-set document");
    assertThat(CliRunner.run("import", "--store", target, dir.resolve("missing.json").toString()).exitCode())
        .isNotZero();
  }
}

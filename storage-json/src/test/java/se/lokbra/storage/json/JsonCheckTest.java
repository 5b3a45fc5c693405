package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.CheckReport;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreNotFoundException;

/**
 * The check of a JSON store reads every file again and checks every reference, reports a bad file with its path
 * instead of throwing, and changes nothing: no journal applied, no temporary file deleted, no file created.
 */
class JsonCheckTest {
  @TempDir
  Path root;

  @BeforeEach
  void fill() {
    try (LokbraStore store = JsonStore.open(root)) {
      TestData.fill(store);
    }
  }

  /** Every path under the root, with the bytes of the regular files (an empty array for a directory). */
  private Map<Path, String> contents() {
    Map<Path, String> all = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.forEach(p -> {
        try {
          all.put(p, Files.isRegularFile(p) ? Arrays.toString(Files.readAllBytes(p)) : "directory");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** Checks by URI, asserting that nothing under the root changed. */
  private CheckReport check() {
    Map<Path, String> before = contents();
    CheckReport report = LokbraStores.check("json:" + root);
    assertThat(contents()).as("the check changes nothing").isEqualTo(before);
    assertThat(JsonStore.check(root)).isEqualTo(report);
    return report;
  }

  private static List<String> lines(CheckReport report) {
    return report.problems().stream().map(CheckReport.Problem::toString).toList();
  }

  @Test
  void aHealthyStoreIsHealthy() {
    assertThat(check().isHealthy()).isTrue();
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.check().problems()).isEmpty();
      assertThat(JsonStore.check(root).isHealthy()).as("while the store is open, too").isTrue();
    }
  }

  @Test
  void malformedFilesAreReportedWithTheirPathsAndTheCheckGoesOn() throws IOException {
    Path truncated = root.resolve("measures/andt-strategi.json");
    String text = Files.readString(truncated);
    Files.writeString(truncated, text.substring(0, text.length() / 2));
    Path badName = root.resolve("people/Anna Berg.json");
    Files.writeString(badName, "{}");
    Path notJson = root.resolve("councils/karlskoga-degerfors.json");
    Files.writeString(notJson, "not json\n");
    CheckReport report = check();
    assertThat(report.isHealthy()).isFalse();
    assertThat(lines(report)).anySatisfy(l -> assertThat(l).startsWith(truncated + " (line "))
        .anySatisfy(l -> assertThat(l).startsWith(badName + ": is no data file (the file name must be an id"))
        .anySatisfy(l -> assertThat(l).startsWith(notJson + " (line 1, column 1)"));
    assertThat(lines(report)).allSatisfy(l -> assertThat(l).doesNotContain("\n"));
  }

  @Test
  void aDanglingReferenceOnDiskIsReportedWithTheReferringFile() throws IOException {
    Files.delete(root.resolve("organisations/polisen-karlskoga.json"));
    CheckReport report = check();
    assertThat(lines(report)).contains(root.resolve("people/anna-berg.json") + " (person 'anna-berg'): its "
        + "affiliation refers to organisation 'polisen-karlskoga', which does not exist (every reference must "
        + "resolve to a live entity, and to a part that entity has)");
    assertThat(lines(report)).anySatisfy(l -> assertThat(l).startsWith(
        root.resolve("councils/karlskoga-degerfors.json") + " (council 'karlskoga-degerfors'): its "
            + "memberships[1].organisation refers to organisation 'polisen-karlskoga'"));
  }

  @Test
  void aMissingPartAndAValueUsedTwiceAreReported() throws IOException {
    Path problem = root.resolve("problems/otrygghet-centrum.json");
    Files.writeString(problem, Files.readString(problem).replace("\"key\": \"folksamlingar\"",
        "\"key\": \"folksamling\""));
    assertThat(lines(check())).anySatisfy(l -> assertThat(l).contains("measures/trygghetsvandring.json",
        "refers to problem 'otrygghet-centrum' part 'folksamlingar', which has no such part"));
    Files.writeString(problem, Files.readString(problem).replace("\"key\": \"folksamling\"",
        "\"key\": \"folksamlingar\""));
    Files.writeString(root.resolve("organisations/a-copy.json"), Files.readString(
        root.resolve("organisations/karlskoga-kommun.json")).replace("\"karlskoga-kommun\"", "\"a-copy\""));
    assertThat(lines(check())).singleElement().asString().contains("must be unique", "karlskoga-kommun");
  }

  @Test
  void aJournalInPlaceIsReportedAndNotApplied() throws IOException {
    Path measure = root.resolve("measures/andt-strategi.json");
    Path temp = root.resolve("measures/.andt-strategi.json.1f.tmp");
    Files.writeString(temp, Files.readString(measure).replace("\"version\": 1", "\"version\": 2"));
    Files.writeString(root.resolve(".lokbra-journal"), "{\"formatVersion\": 1, \"moves\": [{\"from\": "
        + "\"measures/.andt-strategi.json.1f.tmp\", \"to\": \"measures/andt-strategi.json\"}], \"deletes\": []}");
    CheckReport report = check();
    assertThat(lines(report)).singleElement().asString().startsWith(root.resolve(".lokbra-journal")
        + ": a transaction's journal is in place");
    assertThat(temp).exists();
  }

  @Test
  void aStoreOfANewerFormatIsOneProblem() throws IOException {
    Path manifest = root.resolve("lokbra-store.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\": " + JsonStore.FORMAT_VERSION,
        "\"formatVersion\": 9"));
    assertThat(lines(check())).singleElement().asString().startsWith(manifest + ": ")
        .contains("format version 9");
  }

  @Test
  void aStoreThatIsNotThereIsNotFound() {
    assertThatThrownBy(() -> LokbraStores.check("json:" + root.resolve("absent")))
        .isInstanceOf(StoreNotFoundException.class);
    assertThat(root.resolve("absent")).doesNotExist();
  }
}

package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraException;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.core.ValidationException;

/**
 * A store with a bad file does not open: the error is a lokbra exception naming the file, line, column and rule,
 * and the directory is left exactly as it was.
 */
class BadFilesTest {
  @TempDir
  Path root;

  private Map<Path, byte[]> before;

  @BeforeEach
  void fill() {
    try (LokbraStore store = JsonStore.open(root)) {
      TestData.fill(store);
    }
  }

  /** Changes one file, opens the store expecting a failure, and checks that nothing else changed. */
  private <E extends LokbraException> E openFails(Class<E> type) {
    before = contents();
    E e = catchThrowableOfType(type, () -> JsonStore.open(root).close());
    assertThat(e).as("opening must fail with " + type.getSimpleName()).isNotNull();
    assertThat(contents()).as("nothing rewritten or deleted").containsExactlyInAnyOrderEntriesOf(before);
    return e;
  }

  private Map<Path, byte[]> contents() {
    Map<Path, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(Files::isRegularFile).forEach(p -> {
        try {
          files.put(p, Files.readAllBytes(p));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  /** The 1-based line and column where {@code marker} starts in {@code file}. */
  private static int[] position(Path file, String marker) throws IOException {
    String text = Files.readString(file);
    int index = text.indexOf(marker);
    assertThat(index).as(marker).isNotNegative();
    String head = text.substring(0, index);
    int line = (int) head.chars().filter(c -> c == '\n').count() + 1;
    int column = index - (head.lastIndexOf('\n') + 1) + 1;
    return new int[] {line, column};
  }

  private static void assertAt(JsonDocumentException e, Path file, String marker) throws IOException {
    int[] at = position(file, marker);
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.line()).as("line").isEqualTo(at[0]);
    assertThat(e.column()).as("column").isEqualTo(at[1]);
    assertThat(e).hasMessageContaining(file.toString()).hasMessageContaining("line " + at[0] + ", column " + at[1]);
  }

  @Test
  void truncatedJson() throws IOException {
    Path file = root.resolve("measures/andt-strategi.json");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.line()).isGreaterThan(1);
    assertThat(e.problem()).contains("end-of-input");
  }

  @Test
  void malformedJson() throws IOException {
    Path file = root.resolve("people/anna-berg.json");
    replace(file, "\"givenName\": \"Anna\",", "\"givenName\": \"Anna\",,");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, file, ",\n  \"familyName\"");
    assertThat(e.problem()).contains("Unexpected character");
  }

  @Test
  void aWrongType() throws IOException {
    Path file = root.resolve("councils/karlskoga-degerfors.json");
    replace(file, "\"meetingsPerYear\": 6", "\"meetingsPerYear\": \"six\"");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, file, "\"six\"");
    assertThat(e.pointer()).isEqualTo("/meetingsPerYear");
    assertThat(e.entity()).contains("council 'karlskoga-degerfors'");
    assertThat(e.problem()).isEqualTo("must be a whole number, not a string");
  }

  @Test
  void anInvalidOrganisationNumber() throws IOException {
    Path file = root.resolve("organisations/karlskoga-kommun.json");
    replace(file, "212000-1991", "212000-1990");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, file, "\"212000-1990\"");
    assertThat(e.pointer()).isEqualTo("/organisationNumber");
    assertThat(e).hasMessageContaining("organisation 'karlskoga-kommun'")
        .hasMessageContaining("must end with a valid Luhn check digit");
    assertThat(e).hasCauseInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    assertThat(e.getCause()).hasCauseInstanceOf(ValidationException.class);
  }

  @Test
  void anUnknownFieldAndAMissingOne() throws IOException {
    Path file = root.resolve("conferences/endagars.json");
    replace(file, "\"title\": \"Endagarskonferens\",", "\"titel\": \"Endagarskonferens\",");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, file, "\"Endagarskonferens\"");
    assertThat(e.pointer()).isEqualTo("/titel");
    assertThat(e.problem()).startsWith("is not a known field here (expected id, version");
  }

  @Test
  void aRuleOfTheWholeObject() throws IOException {
    Path file = root.resolve("councils/karlskoga-degerfors.json");
    replace(file, "\"end\": \"2022-12-31\"", "\"end\": \"2018-12-31\"");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertThat(e.pointer()).isEqualTo("/memberships/0");
    assertThat(e.line()).isEqualTo(position(file, "\"organisation\": \"karlskoga-kommun\"")[0] - 1);
    assertThat(e.problem()).contains("membership.end").contains("must not be before the start");
  }

  @Test
  void anImpossibleDate() throws IOException {
    Path file = root.resolve("councils/karlskoga-degerfors.json");
    replace(file, "\"2020-02-29\"", "\"2021-02-29\"");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, file, "\"2021-02-29\"");
    assertThat(e.pointer()).isEqualTo("/memberships/2/start");
  }

  @Test
  void aDanglingReference() throws IOException {
    Files.delete(root.resolve("organisations/polisen-karlskoga.json"));
    Path person = root.resolve("people/anna-berg.json");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, person, "\"polisen-karlskoga\"");
    assertThat(e.pointer()).isEqualTo("/affiliation");
    assertThat(e).hasMessageContaining("person 'anna-berg' refers to entities that do not exist")
        .hasMessageContaining("organisation 'polisen-karlskoga'");
    Files.writeString(person, Files.readString(person).replace("  \"affiliation\": \"polisen-karlskoga\",\n", ""));
    Path council = root.resolve("councils/karlskoga-degerfors.json");
    e = openFails(JsonDocumentException.class);
    assertAt(e, council, "\"polisen-karlskoga\"");
    assertThat(e.pointer()).isEqualTo("/memberships/1/organisation");
  }

  @Test
  void aTargetOfACauseTheProblemDoesNotHave() throws IOException {
    replace(root.resolve("problems/otrygghet-centrum.json"), "\"key\": \"folksamlingar\"", "\"key\": \"folksamling\"");
    Path measure = root.resolve("measures/trygghetsvandring.json");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, measure, "{\n      \"problem\": \"otrygghet-centrum\",\n      \"cause\": \"folksamlingar\"");
    assertThat(e.pointer()).isEqualTo("/targets/1");
    assertThat(e).hasMessageContaining("measure 'trygghetsvandring' refers to entities that do not exist")
        .hasMessageContaining("problem 'otrygghet-centrum' part 'folksamlingar'");
  }

  @Test
  void anOrganisationNumberUsedTwice() throws IOException {
    Path copy = root.resolve("organisations/a-copy.json");
    Files.writeString(copy, Files.readString(root.resolve("organisations/karlskoga-kommun.json"))
        .replace("\"karlskoga-kommun\"", "\"a-copy\""));
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, copy, "\"212000-1991\"");
    assertThat(e).hasMessageContaining("must be unique").hasMessageContaining("karlskoga-kommun");
  }

  @Test
  void anIdThatDoesNotMatchTheFileName() throws IOException {
    Path file = root.resolve("people/anna-berg.json");
    Files.move(file, root.resolve("people/anna-b.json"));
    Path moved = root.resolve("people/anna-b.json");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, moved, "\"anna-berg\"");
    assertThat(e.problem()).contains("does not match the file name anna-b.json");
  }

  @Test
  void aFileNameThatIsNoId() throws IOException {
    Path file = root.resolve("measures/Trygghet 2024.json");
    Files.copy(root.resolve("measures/trygghetsvandring.json"), file);
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.problem()).contains("the file name must be an id");
  }

  @Test
  void aLiveEntityWithATombstone() throws IOException {
    Files.copy(root.resolve("tombstones/measures/struken.json"), root.resolve("tombstones/measures/utan-period.json"));
    replace(root.resolve("tombstones/measures/utan-period.json"), "\"struken\"", "\"utan-period\"");
    StorageException e = openFails(StorageException.class);
    assertThat(e).hasMessageContaining("measures/utan-period.json").hasMessageContaining("both exist");
  }

  @Test
  void aTombstoneOfTheWrongKind() throws IOException {
    Path file = root.resolve("tombstones/people/struken.json");
    Files.move(root.resolve("tombstones/measures/struken.json"), file);
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, file, "\"measure\"");
    assertThat(e.problem()).contains("lies among the tombstones of people");
  }

  @Test
  void aDuplicateKeyAndTrailingContent() throws IOException {
    Path file = root.resolve("meetings/offset-only.json");
    replace(file, "\"state\": \"PLANNED\",", "\"state\": \"PLANNED\",\n  \"state\": \"HELD\",");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertThat(e.problem()).contains("Duplicate field 'state'");
    replace(file, "\n  \"state\": \"HELD\",", "");
    Files.writeString(file, Files.readString(file) + "{}\n");
    e = openFails(JsonDocumentException.class);
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.problem()).containsIgnoringCase("trailing");
  }

  @Test
  void anOffsetThatTheZoneDoesNotHave() throws IOException {
    Path file = root.resolve("meetings/2024-03-lokbra.json");
    replace(file, "18:00:00+02:00[Europe/Stockholm]", "18:00:00+05:00[Europe/Stockholm]");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertAt(e, file, "\"2024-03-31T18:00:00+05:00");
    assertThat(e.problem()).contains("has the offset +05:00, but Europe/Stockholm has the offset +02:00");
  }

  @Test
  void aStoredEntityWithoutRevision() throws IOException {
    Path file = root.resolve("people/anna-berg.json");
    String text = Files.readString(file).replaceAll("\n  \"(version|created|modified)\": [^\n]*", "");
    Files.writeString(file, text);
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertThat(e.problem()).contains("a stored entity needs its version");
  }

  @Test
  void aDamagedManifest() throws IOException {
    Path manifest = root.resolve("lokbra-store.json");
    Files.writeString(manifest, "{\"kind\": \"lokbra-json-store\", \"formatVersion\": \"1\"}");
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertThat(e.source()).isEqualTo(manifest.toString());
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(48);
  }

  @Test
  void severalBadFilesAreAllReported() throws IOException {
    Files.writeString(root.resolve("people/anna-berg.json"), "[]", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("people/martin-harsmar.json"), "{", StandardCharsets.UTF_8);
    JsonDocumentException e = openFails(JsonDocumentException.class);
    assertThat(e.source()).endsWith("anna-berg.json");
    assertThat(e.problem()).isEqualTo("must be an object, not an array");
    assertThat(e.getSuppressed()).singleElement().asString().contains("martin-harsmar.json");
  }
}

package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.model.Aggregate;
import se.lokbra.tck.FullInstances;
import se.lokbra.core.AggregateKind;

/** The data-set document: one JSON document per data set, in the store files' mapping. */
class DataSetDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private DataSet data;

  @BeforeEach
  void fill() {
    try (LokbraStore store = JsonStore.open(dir.resolve("store"))) {
      TestData.fill(store);
      data = store.snapshot();
    }
  }

  private static DataSet read(String text) {
    return DataSetDocument.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The TCK's generated set (every kind, every field set, two elements in every collection) reads back from the
   * document equal, field by field, and writes the same bytes again: a field the document codec drops fails here.
   */
  @Test
  void theGeneratedFullyPopulatedSetRoundTripsThroughTheDocument() {
    DataSet full;
    try (LokbraStore store = LokbraStores.open("memory:full-instances")) {
      store.inTransaction(FullInstances.generate()::saveInto);
      full = store.snapshot();
    }
    byte[] bytes = DataSetDocument.toBytes(full);
    DataSet back = DataSetDocument.read(new ByteArrayInputStream(bytes));
    assertThat(back.size()).isEqualTo(full.size()).isEqualTo(FullInstances.generate().all().size());
    List<Aggregate<?, ?>> written = full.entities().toList();
    List<Aggregate<?, ?>> read = back.entities().toList();
    for (int i = 0; i < written.size(); i++) {
      assertThat(FullInstances.differingFields(written.get(i), read.get(i)))
          .as("fields of %s that differ after the document", written.get(i).id()).isEmpty();
    }
    assertThat(back).isEqualTo(full);
    assertThat(DataSetDocument.toBytes(back)).isEqualTo(bytes);
  }

  @Test
  void aDataSetRoundTripsToTheSameBytes() {
    byte[] bytes = DataSetDocument.toBytes(data);
    DataSet back = DataSetDocument.read(new ByteArrayInputStream(bytes));
    assertThat(back).isEqualTo(data);
    assertThat(DataSetDocument.toBytes(back)).isEqualTo(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"formatVersion\": 3,\n  \"organisations\": [\n    {\n      \"id\": ")
        .endsWith("}\n");
    assertThat(text.indexOf("\"people\"")).isLessThan(text.indexOf("\"councils\""));
    assertThat(DataSetDocument.toBytes(DataSet.empty())).asString(StandardCharsets.UTF_8).isEqualTo("""
        {
          "formatVersion": 3,
          "organisations": [],
          "people": [],
          "councils": [],
          "measures": [],
          "meetings": [],
          "conferences": [],
          "situation_pictures": [],
          "problems": [],
          "indicators": [],
          "cooperation_agreements": [],
          "action_plans": [],
          "coordination_functions": [],
          "tombstones": []
        }
        """);
  }

  @Test
  void eachEntityHasTheFormOfItsStoreFile() throws IOException {
    JsonNode document = JSON.readTree(DataSetDocument.toBytes(data));
    int compared = 0;
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(document.get(kind.plural())).as(kind.plural()).isNotEmpty();
      for (JsonNode entity : document.get(kind.plural())) {
        JsonNode file = JSON.readTree(dir.resolve("store/" + kind.plural() + "/" + entity.get("id").asText()
            + ".json").toFile());
        assertThat(entity).isEqualTo(file);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(data.size());
    for (JsonNode tombstone : document.get("tombstones")) {
      AggregateKind kind = Arrays.stream(AggregateKind.values())
          .filter(k -> k.singular().replace(' ', '_').equals(tombstone.get("kind").asText())).findFirst().orElseThrow();
      JsonNode file = JSON.readTree(dir.resolve("store/tombstones/" + kind.plural() + "/"
          + tombstone.get("id").asText() + ".json").toFile());
      assertThat(tombstone).isEqualTo(file);
    }
    assertThat(document.get("tombstones")).hasSize(data.tombstones().size());
  }

  @Test
  void writingToAFileReplacesItWhole() throws IOException {
    Path file = Files.writeString(dir.resolve("export.json"), "old");
    DataSetDocument.write(data, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(DataSetDocument.toBytes(data));
    assertThat(DataSetDocument.read(file)).isEqualTo(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataSetDocument.write(data, out);
    assertThat(out.toByteArray()).isEqualTo(DataSetDocument.toBytes(data));
  }

  @Test
  void anErrorNamesTheEntityTheFieldTheRuleAndThePlace() {
    String text = new String(DataSetDocument.toBytes(data), StandardCharsets.UTF_8)
        .replace("\"target\": 12.345", "\"target\": 1E+99");
    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class, () -> read(text));
    assertThat(e.entity()).contains("measure 'andt-strategi'");
    assertThat(e.pointer()).isEqualTo("/measures/0/goals/1");
    assertThat(e.problem()).contains("invalid goal.target").contains("at most 30 significant digits");
    String head = text.substring(0, text.indexOf("\"indicator\": \"Anmälda brott"));
    assertThat(e.line()).isEqualTo((int) head.chars().filter(c -> c == '\n').count());
    assertThat(e).hasMessageStartingWith("cannot read the data-set document (line " + e.line() + ", column ")
        .hasMessageContaining("at /measures/0/goals/1): measure 'andt-strategi': invalid goal.target '1E+99'");
  }

  @Test
  void anEntityWhoseIdComesLaterIsNamedByItsPlace() {
    String text = "{\"formatVersion\": 1, \"people\": [{\"givenName\": \"Anna\", \"familyName\": 7, \"id\": \"anna\"}]}";
    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class, () -> read(text));
    assertThat(e.entity()).isEmpty();
    assertThat(e.pointer()).isEqualTo("/people/0/familyName");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(text.indexOf(": 7") + 3);
    assertThat(e.problem()).isEqualTo("must be a string, not a whole number");
  }

  @Test
  void aNewerOrMissingFormatVersionIsRefused() {
    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class, () -> read("""
        {"formatVersion": 4, "organisations": [], "newKind": []}"""));
    assertThat(e.problem()).contains("format version 4 by a newer lokbra").contains("reads format version 3 and older");
    e = catchThrowableOfType(JsonDocumentException.class, () -> read("{\"organisations\": []}"));
    assertThat(e.problem()).contains("the required field 'formatVersion' is missing");
  }

  @Test
  void theReadLimitsStopAbsurdInput() {
    String longTitle = "x".repeat(LokbraJson.MAX_STRING_LENGTH + 1);
    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class, () -> read(
        "{\"formatVersion\": 1, \"conferences\": [{\"id\": \"c\", \"title\": \"" + longTitle + "\"}]}"));
    assertThat(e.problem()).contains("String value length").contains("exceeds the maximum allowed");
    e = catchThrowableOfType(JsonDocumentException.class, () -> read("{\"formatVersion\": 1, \"measures\": [{"
        + "\"goals\": [{\"target\": " + "9".repeat(LokbraJson.MAX_NUMBER_LENGTH + 1) + "}]}]}"));
    assertThat(e.problem()).contains("Number value length").contains("exceeds the maximum allowed");
    String deep = "[".repeat(LokbraJson.MAX_NESTING_DEPTH + 1) + "]".repeat(LokbraJson.MAX_NESTING_DEPTH + 1);
    Throwable t = catchThrowableOfType(IOException.class, () -> LokbraJson.newMapper().readTree(deep));
    assertThat(t).hasMessageContaining("Document nesting depth").hasMessageContaining("exceeds the maximum allowed");
  }

  @Test
  void aMissingFileIsAStorageErrorNamingIt() {
    Path missing = dir.resolve("missing.json");
    assertThat(catchThrowableOfType(se.lokbra.core.StorageException.class, () -> DataSetDocument.read(missing)))
        .hasMessageContaining(missing.toString());
  }
}

package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.council.Role;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.sample.KarlskogaDegerfors;

/** Every kind of file the store and the data-set document write conforms to the JSON Schema shipped for it. */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void everySchemaIsAValidDraft202012Schema() throws IOException {
    for (String name : Schemas.NAMES) {
      try (InputStream in = SchemaTest.class.getResourceAsStream("/se/lokbra/storage/json/schema/" + name
          + ".schema.json")) {
        assertThat(in).as(name).isNotNull();
        JsonNode schema = JSON.readTree(in);
        assertThat(Schemas.metaSchema().validate(schema)).as(name).isEmpty();
        assertThat(schema.get("$id").asText()).isEqualTo(Schemas.BASE + name + ".schema.json");
      }
    }
  }

  @Test
  void everyFileOfStoresWithVariedDataConformsToItsSchema() throws IOException {
    Map<String, Integer> validated = new TreeMap<>();
    for (String name : new String[] {"test-data", "sample-data"}) {
      Path root = dir.resolve(name);
      try (LokbraStore store = JsonStore.open(root)) {
        if (name.equals("test-data")) {
          TestData.fill(store);
        } else {
          KarlskogaDegerfors.loadIfEmpty(store);
        }
        DataSetDocument.write(store.snapshot(), dir.resolve(name + ".json"));
      }
      validate("lokbra-store", root.resolve("lokbra-store.json"), validated);
      for (AggregateKind kind : AggregateKind.values()) {
        for (Path file : files(root.resolve(kind.plural()))) {
          validate(kind.singular(), file, validated);
        }
        for (Path file : files(root.resolve("tombstones").resolve(kind.plural()))) {
          validate("tombstone", file, validated);
        }
      }
      validate("data-set", dir.resolve(name + ".json"), validated);
    }
    assertThat(validated.keySet()).containsExactlyInAnyOrder("lokbra-store", "organisation", "person", "council",
        "measure", "meeting", "conference", "tombstone", "data-set");
    assertThat(validated.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(30);
  }

  private static void validate(String schema, Path file, Map<String, Integer> validated) throws IOException {
    JsonNode json = JSON.readTree(file.toFile());
    assertThat(Schemas.validate(schema, json)).as("%s against %s", file, schema).isEmpty();
    validated.merge(schema, 1, Integer::sum);
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void theSchemasEnumsAreTheDomainsEnums() throws IOException {
    JsonNode defs;
    try (InputStream in = SchemaTest.class.getResourceAsStream("/se/lokbra/storage/json/schema/common.schema.json")) {
      defs = JSON.readTree(in).get("$defs");
    }
    Map<String, Class<? extends Enum<?>>> enums = Map.of("role", Role.class, "organisationKind",
        OrganisationKind.class, "measureCategory", MeasureCategory.class, "measureStatus", MeasureStatus.class,
        "followUpOutcome", FollowUpOutcome.class, "meetingState", MeetingState.class);
    enums.forEach((name, type) -> {
      List<String> inSchema = new ArrayList<>();
      defs.get(name).get("enum").forEach(n -> inSchema.add(n.asText()));
      assertThat(inSchema).as(name).containsExactlyElementsOf(
          Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    });
  }

  @Test
  void whatTheSchemaRefusesTheStoreRefusesToo() throws IOException {
    Path root = dir.resolve("store");
    try (LokbraStore store = JsonStore.open(root)) {
      TestData.fill(store);
    }
    Path file = root.resolve("organisations/karlskoga-kommun.json");
    ObjectNode good = (ObjectNode) JSON.readTree(file.toFile());
    Map<String, java.util.function.Consumer<ObjectNode>> breakages = Map.of(
        "wrong type", o -> o.put("version", "1"),
        "unknown field", o -> o.put("colour", "blue"),
        "missing field", o -> o.remove("name"),
        "bad enum", o -> o.put("kind", "municipality"),
        "bad municipality", o -> o.put("municipality", "0283"),
        "null", o -> o.putNull("parent"),
        "bad instant", o -> o.put("created", "2024-05-01 10:15:30Z"));
    for (Map.Entry<String, java.util.function.Consumer<ObjectNode>> breakage : breakages.entrySet()) {
      ObjectNode bad = good.deepCopy();
      breakage.getValue().accept(bad);
      assertThat(Schemas.validate("organisation", bad)).as(breakage.getKey()).isNotEmpty();
      Files.write(file, JSON.writeValueAsBytes(bad));
      assertThatThrownBy(() -> JsonStore.open(root).close()).as(breakage.getKey())
          .isInstanceOf(JsonDocumentException.class).hasMessageContaining(file.toString());
    }
  }
}

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
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.council.Role;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.core.situation.SourceKind;

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
      validateStore(root, validated);
      validate("data-set", dir.resolve(name + ".json"), validated);
    }
    java.util.List<String> everySchema = new java.util.ArrayList<>(java.util.List.of("lokbra-store", "tombstone",
        "data-set"));
    for (se.lokbra.core.AggregateKind kind : se.lokbra.core.AggregateKind.values()) {
      everySchema.add(kind.singular().replace(' ', '-'));
    }
    assertThat(validated.keySet()).containsExactlyInAnyOrderElementsOf(everySchema);
    assertThat(validated.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(50);
  }

  /**
   * The committed stores and data-set documents of every format conform to the current schemas. For format 1 that
   * is the premise of reading it as it is: format 2 only adds to it.
   */
  @Test
  void theFixturesOfEveryFormatConformToTheCurrentSchemas() throws IOException {
    for (int version = 1; version <= JsonStore.FORMAT_VERSION; version++) {
      Map<String, Integer> validated = new TreeMap<>();
      validateStore(StoreFixtures.of(version, "store"), validated);
      validate("data-set", StoreFixtures.of(version, "data-set.json"), validated);
      assertThat(validated.keySet()).as("format %s", version).contains("lokbra-store", "measure", "tombstone",
          "data-set");
    }
  }

  /** Validates every file of the store in {@code root}; a kind's directory may be missing (as in git). */
  private static void validateStore(Path root, Map<String, Integer> validated) throws IOException {
    validate("lokbra-store", root.resolve("lokbra-store.json"), validated);
    for (AggregateKind kind : AggregateKind.values()) {
      for (Path file : files(root.resolve(kind.plural()))) {
        validate(Schemas.of(kind), file, validated);
      }
      for (Path file : files(root.resolve("tombstones").resolve(kind.plural()))) {
        validate("tombstone", file, validated);
      }
    }
  }

  private static void validate(String schema, Path file, Map<String, Integer> validated) throws IOException {
    JsonNode json = JSON.readTree(file.toFile());
    assertThat(Schemas.validate(schema, json)).as("%s against %s", file, schema).isEmpty();
    validated.merge(schema, 1, Integer::sum);
  }

  private static List<Path> files(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
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
        "followUpOutcome", FollowUpOutcome.class, "meetingState", MeetingState.class, "sourceKind", SourceKind.class,
        "promiseStatus", PromiseStatus.class);
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
    refusedByBoth(root, "organisation", "organisations/karlskoga-kommun.json", Map.of(
        "wrong type", o -> o.put("version", "1"),
        "unknown field", o -> o.put("colour", "blue"),
        "missing field", o -> o.remove("name"),
        "bad enum", o -> o.put("kind", "municipality"),
        "bad municipality", o -> o.put("municipality", "0283"),
        "null", o -> o.putNull("parent"),
        "bad instant", o -> o.put("created", "2024-05-01 10:15:30Z")));
    refusedByBoth(root, "problem", "problems/otrygghet-centrum.json", Map.of(
        "priority 0", o -> o.put("priority", 0),
        "bad cause key", o -> ((ObjectNode) o.withArray("causes").get(0)).put("key", "Dålig belysning"),
        "blank cause", o -> ((ObjectNode) o.withArray("causes").get(0)).put("description", " "),
        "cause without key", o -> ((ObjectNode) o.withArray("causes").get(0)).remove("key")));
    refusedByBoth(root, "measure", "measures/trygghetsvandring.json", Map.of(
        "target without problem", o -> ((ObjectNode) o.withArray("targets").get(0)).remove("problem"),
        "unknown target field", o -> ((ObjectNode) o.withArray("targets").get(0)).put("priority", 1),
        "repeated target", o -> o.withArray("targets").add(o.withArray("targets").get(0).deepCopy()),
        "bad action plan id", o -> o.put("actionPlan", "Åtgärdsplan")));
    refusedByBoth(root, "indicator", "indicators/andel-otrygga.json", Map.of(
        "value as text", o -> ((ObjectNode) o.get("baseline")).put("value", "41.5"),
        "value without date", o -> ((ObjectNode) o.withArray("values").get(0)).remove("date")));
    refusedByBoth(root, "cooperation-agreement", "cooperation_agreements/samverkan-2024.json", Map.of(
        "no parties", o -> o.putArray("parties"),
        "bad promise status", o -> ((ObjectNode) o.withArray("promises").get(0)).put("status", "DONE"),
        "goal without by-when", o -> ((ObjectNode) o.withArray("goals").get(0)).remove("byWhen")));
    refusedByBoth(root, "tombstone", "tombstones/problems/struket-problem.json", Map.of(
        "kind with a space", o -> o.put("kind", "situation picture")));
  }

  /** Each breakage of {@code relative}'s content makes both the schema and the store refuse it. */
  private void refusedByBoth(Path root, String schema, String relative,
      Map<String, java.util.function.Consumer<ObjectNode>> breakages) throws IOException {
    Path file = root.resolve(relative);
    byte[] original = Files.readAllBytes(file);
    ObjectNode good = (ObjectNode) JSON.readTree(original);
    assertThat(Schemas.validate(schema, good)).as(relative).isEmpty();
    for (Map.Entry<String, java.util.function.Consumer<ObjectNode>> breakage : breakages.entrySet()) {
      ObjectNode bad = good.deepCopy();
      breakage.getValue().accept(bad);
      assertThat(Schemas.validate(schema, bad)).as(breakage.getKey()).isNotEmpty();
      Files.write(file, JSON.writeValueAsBytes(bad));
      assertThatThrownBy(() -> JsonStore.open(root).close()).as(breakage.getKey())
          .isInstanceOf(JsonDocumentException.class).hasMessageContaining(file.toString());
    }
    Files.write(file, original);
  }
}

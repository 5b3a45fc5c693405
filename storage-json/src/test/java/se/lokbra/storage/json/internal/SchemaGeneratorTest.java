package se.lokbra.storage.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;

/**
 * The JSON Schemas in the jar are the ones {@link SchemaGenerator} derives from the descriptions of the aggregates:
 * a field added to a description, or a new kind, without the committed schema updated fails here, and the message
 * shows the schema to commit.
 */
class SchemaGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
    Map<String, JsonNode> generated = new SchemaGenerator().generate();
    assertThat(generated).hasSize(AggregateKind.values().length + 3);
    Path out = Path.of("target", "generated-schemas");
    Files.createDirectories(out);
    for (Map.Entry<String, JsonNode> schema : generated.entrySet()) {
      Path file = out.resolve(schema.getKey() + ".schema.json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), schema.getValue());
      assertThat(committed(schema.getKey())).as("%s.schema.json in the jar differs from the generated one, written "
          + "to %s", schema.getKey(), file.toAbsolutePath()).isEqualTo(schema.getValue());
    }
  }

  @Test
  void everyKindHasASchemaThatTheDataSetAndTombstoneSchemasName() {
    Map<String, JsonNode> generated = new SchemaGenerator().generate();
    for (AggregateKind kind : AggregateKind.values()) {
      String name = SchemaGenerator.schemaName(kind);
      assertThat(generated).containsKey(name);
      assertThat(generated.get("data-set").at("/properties/" + kind.plural() + "/items/$ref").asText())
          .isEqualTo(name + ".schema.json");
      assertThat(generated.get("tombstone").at("/properties/kind/enum").toString())
          .contains("\"" + AggregateCodecs.kindName(kind) + "\"");
      assertThat(generated.get(name).at("/properties").size()).as(name)
          .isEqualTo(4 + kind.descriptor().fields().size());
    }
  }

  private static JsonNode committed(String name) throws IOException {
    try (InputStream in = SchemaGeneratorTest.class.getResourceAsStream("/se/lokbra/storage/json/schema/" + name
        + ".schema.json")) {
      assertThat(in).as("%s.schema.json is in the jar", name).isNotNull();
      return JSON.readTree(in);
    }
  }
}

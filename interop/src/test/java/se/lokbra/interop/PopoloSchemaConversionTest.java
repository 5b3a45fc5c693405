package se.lokbra.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The draft-04 Popolo schemas the tests validate with are exactly the published draft-03 schemas with the
 * conversion that {@code standards/README.md} describes, and nothing else changed.
 */
class PopoloSchemaConversionTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"area", "contact_detail", "count", "event", "group_result", "identifier", "link",
      "membership", "motion", "organization", "other_name", "person", "post", "speech", "vote", "vote_event"})
  void theDraft04SchemaIsTheConvertedDraft03Schema(String name) throws IOException {
    JsonNode draft03 = read("/standards/popolo-schema/" + name + ".json");
    JsonNode draft04 = read("/standards/popolo-schema-draft-04/" + name + ".json");
    assertThat(draft03.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-03/schema#");
    assertThat(convert(draft03)).isEqualTo(draft04);
  }

  /** Draft-03's per-property {@code "required": true} becomes draft-04's {@code required} array. */
  private static JsonNode convert(JsonNode node) {
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(convert(item)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getKey().equals("required") && field.getValue().isBoolean()) {
        continue;
      }
      copy.set(field.getKey(), convert(field.getValue()));
      if (field.getKey().equals("properties")) {
        ArrayNode required = JSON.createArrayNode();
        field.getValue().properties().forEach(p -> {
          if (p.getValue().path("required").asBoolean(false)) {
            required.add(p.getKey());
          }
        });
        if (!required.isEmpty()) {
          copy.set("required", required);
        }
      }
    }
    if (copy.path("$schema").asText().equals("http://json-schema.org/draft-03/schema#")) {
      copy.put("$schema", "http://json-schema.org/draft-04/schema#");
    }
    return copy;
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = PopoloSchemaConversionTest.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    }
  }
}

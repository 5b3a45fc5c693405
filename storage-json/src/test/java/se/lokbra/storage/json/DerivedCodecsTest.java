package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.meta.Cardinality;
import se.lokbra.core.meta.Field;
import se.lokbra.core.model.Aggregate;

/**
 * Every kind's JSON form is derived from its description: the module maps every kind, and an entity's keys are its
 * head and its described fields in order, each written by the rule of its cardinality. A kind added to
 * {@link AggregateKind}, or a field added to a description, is written and read without a line of JSON code.
 */
class DerivedCodecsTest {
  private static final ObjectMapper LOKBRA = LokbraJson.newMapper();

  @Test
  void everyKindIsWrittenWithItsHeadAndItsDescribedFieldsInOrder(@TempDir Path directory) throws IOException {
    DataSet data;
    try (LokbraStore store = JsonStore.open(directory)) {
      TestData.fill(store);
      data = store.snapshot();
    }
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(data.entities(kind)).as("test data of %s", kind.plural()).isNotEmpty();
      for (Aggregate<?, ?> entity : data.entities(kind)) {
        JsonNode json = LOKBRA.readTree(LOKBRA.writeValueAsString(entity));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as(entity.describe()).isEqualTo(expectedKeys(kind, json));
        assertThat(LOKBRA.readValue(LOKBRA.writeValueAsString(entity), kind.type())).isEqualTo(entity);
      }
    }
  }

  /**
   * The keys {@code json} must have, in order: the head, every field of one value (unless omitted as default),
   * every list and set, and the optional fields it holds.
   */
  private static List<String> expectedKeys(AggregateKind kind, JsonNode json) {
    List<String> keys = new ArrayList<>(List.of("id", "version", "created", "modified"));
    for (Field<?, ?> field : kind.descriptor().fields()) {
      boolean always = field.cardinality().isCollection()
          || field.cardinality() == Cardinality.ONE && !field.isOmittedWhenDefault();
      if (always || json.has(field.name())) {
        keys.add(field.name());
      }
    }
    return keys;
  }

  @Test
  void theModuleMapsEveryKind() throws IOException {
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(LOKBRA.getSerializerProviderInstance().findValueSerializer(kind.type()).getClass().getSimpleName())
          .as(kind.plural()).isEqualTo("CodecSerializer");
      assertThat(LOKBRA.getSerializerProviderInstance().findValueSerializer(kind.descriptor().idType().javaType())
          .getClass().getSimpleName()).as("the id of %s", kind.plural()).isEqualTo("CodecSerializer");
    }
  }
}

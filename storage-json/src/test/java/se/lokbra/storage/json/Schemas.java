package se.lokbra.storage.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas shipped in the jar, loaded from the class path under their {@code $id}s. */
final class Schemas {
  static final String BASE = "https://github.com/lokbra/lokbra/schema/json/3/";
  static final String[] NAMES = {"lokbra-store", "organisation", "person", "council", "measure", "meeting",
      "conference", "situation-picture", "problem", "indicator", "cooperation-agreement", "action-plan", "tombstone",
      "data-set", "common"};

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, "classpath:se/lokbra/storage/json/schema/")));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true).locale(Locale.ROOT).build();
  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The schema of the files of {@code kind}: {@code situation-picture} for situation pictures. */
  static String of(se.lokbra.core.AggregateKind kind) {
    return kind.singular().replace(' ', '-');
  }

  /** The schema {@code name} ({@code measure} for {@code measure.schema.json}). */
  static JsonSchema get(String name) {
    return CACHE.computeIfAbsent(name, n -> FACTORY.getSchema(SchemaLocation.of(BASE + n + ".schema.json"), CONFIG));
  }

  static Set<ValidationMessage> validate(String name, JsonNode json) {
    return get(name).validate(json);
  }

  /** The draft 2020-12 meta-schema, bundled with the validator. */
  static JsonSchema metaSchema() {
    return FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
  }
}

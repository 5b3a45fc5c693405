package se.lokbra.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standards' JSON Schemas from the test resources ({@code standards/README.md}), loaded with networknt
 * json-schema-validator: OParl 1.1 as published (draft-07) and Popolo in its draft-04 conversion. References between
 * schemas resolve to the test resources, never to the network.
 */
final class Schemas {
  static final Schemas OPARL = new Schemas(oparlFactory(), "https://schema.oparl.org/1.1/", ".json");
  static final Schemas POPOLO = new Schemas(popoloFactory(), "http://www.popoloproject.com/schemas/", ".json#");

  private final JsonSchemaFactory factory;
  private final String prefix;
  private final String suffix;
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private Schemas(JsonSchemaFactory factory, String prefix, String suffix) {
    this.factory = factory;
    this.prefix = prefix;
    this.suffix = suffix;
  }

  /** The schema's complaints about {@code node} ({@code name}: "Meeting", "person"); empty if it is valid. */
  List<String> errors(String name, JsonNode node) {
    JsonSchema schema = schemas.computeIfAbsent(name, n -> factory.getSchema(SchemaLocation.of(prefix + n + suffix),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).locale(Locale.ROOT).build()));
    return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonSchemaFactory oparlFactory() {
    // OParl writes "format": "url", which is no JSON Schema format; an OParl URL is an absolute http(s) URL.
    JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV7()).format(new Format() {
      @Override
      public String getName() {
        return "url";
      }

      @Override
      public boolean matches(ExecutionContext context, String value) {
        try {
          URI uri = new URI(value);
          return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
              && uri.getHost() != null;
        } catch (URISyntaxException e) {
          return false;
        }
      }
    }).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder.metaSchema(metaSchema)
        .schemaMappers(m -> m.mapPrefix("https://schema.oparl.org/1.1/", "classpath:standards/oparl-1.1-schema/")));
  }

  private static JsonSchemaFactory popoloFactory() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder.schemaMappers(m ->
        m.mapPrefix("http://www.popoloproject.com/schemas/", "classpath:standards/popolo-schema-draft-04/")));
  }
}

package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Cardinality;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.ValueType;

/**
 * Generates the JSON Schemas (draft 2020-12) of the store's files and the data-set document from the descriptions
 * of the aggregates: one schema per kind, {@code common.schema.json} with a definition per composite value and enum
 * the aggregates use, {@code tombstone.schema.json} and {@code data-set.schema.json}. What a description does not
 * say (patterns of scalars, which texts are single lines, ranges, descriptions) is in the rules file
 * {@code schema-rules.json} next to this class. {@code lokbra-store.schema.json}, the manifest, has nothing per kind
 * and stays hand-written.
 *
 * <p>The derivation: a property per field; a scalar takes the definition (or inline schema) of its type, an id
 * {@code id}, an enum a definition of its constants named after the enum ({@code measureStatus}); a composite value
 * a definition of its own ({@code followUp}); a list an array of its values, a set one with {@code uniqueItems}
 * (some have a named definition: {@code ids}, {@code municipalityCodes}). Required are the fields of one value that
 * writers always write ({@link Field#isOmittedWhenDefault not omitted}, and not a text whose default is empty,
 * which older files leave out), and lists that must not be empty ({@code minItems}).
 */
public final class SchemaGenerator {
  public static final String BASE = "https://github.com/lokbra/lokbra/schema/json/3/";
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode rules;
  /** Definitions of common.schema.json derived so far, by name. */
  private final Map<String, ObjectNode> derived = new LinkedHashMap<>();

  public SchemaGenerator() {
    try (InputStream in = SchemaGenerator.class.getResourceAsStream("schema-rules.json")) {
      rules = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name of the schema of {@code kind}'s files, without {@code .schema.json}: {@code action-plan}. */
  public static String schemaName(AggregateKind kind) {
    return kind.singular().replace(' ', '-');
  }

  /** Every generated schema, by name ({@code measure} for {@code measure.schema.json}). */
  public Map<String, JsonNode> generate() {
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    for (AggregateKind kind : AggregateKind.values()) {
      schemas.put(schemaName(kind), aggregate(kind.descriptor()));
    }
    schemas.put("tombstone", tombstone());
    schemas.put("data-set", dataSet());
    schemas.put("common", common());
    return schemas;
  }

  // ---------------------------------------------------------------- the files

  private ObjectNode aggregate(AggregateType<?, ?> type) {
    String name = schemaName(type.kind());
    ObjectNode schema = header(name, "lokbra " + type.singular(), kindDescription(type, name));
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    String common = "common.schema.json#/$defs/";
    properties.set("id", ref(common, "id"));
    properties.set("version", ref(common, "version"));
    properties.set("created", ref(common, "instant"));
    properties.set("modified", ref(common, "instant"));
    ArrayNode required = schema.putArray("required").add("id").add("version").add("created").add("modified");
    object(type.javaType().getSimpleName(), type.fields(), common, properties, required);
    schema.put("additionalProperties", false);
    return schema;
  }

  private String kindDescription(AggregateType<?, ?> type, String name) {
    JsonNode given = rules.path("kindDescriptions").get(name);
    return given != null ? given.asText() : "One file " + type.plural() + "/<id>.json of a lokbra JSON store, and "
        + "each element of a data-set document's " + type.plural() + ".";
  }

  private ObjectNode tombstone() {
    JsonNode about = rules.get("tombstone");
    ObjectNode schema = header("tombstone", about.get("title").asText(), about.get("description").asText());
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode kinds = properties.putObject("kind").putArray("enum");
    for (AggregateKind kind : AggregateKind.values()) {
      kinds.add(AggregateCodecs.kindName(kind));
    }
    String common = "common.schema.json#/$defs/";
    properties.set("id", ref(common, "id"));
    properties.set("version", ref(common, "version"));
    properties.set("created", ref(common, "instant"));
    properties.set("deleted", ref(common, "instant"));
    schema.putArray("required").add("kind").add("id").add("version").add("created").add("deleted");
    schema.put("additionalProperties", false);
    return schema;
  }

  private ObjectNode dataSet() {
    JsonNode about = rules.get("dataSet");
    ObjectNode schema = header("data-set", about.get("title").asText(), about.get("description").asText());
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("formatVersion", about.get("formatVersion").deepCopy());
    for (AggregateKind kind : AggregateKind.values()) {
      properties.set(kind.plural(), array(NODES.objectNode().put("$ref", schemaName(kind) + ".schema.json")));
    }
    properties.set("tombstones", array(NODES.objectNode().put("$ref", "tombstone.schema.json")));
    schema.putArray("required").add("formatVersion");
    schema.put("additionalProperties", false);
    return schema;
  }

  /** Call after the aggregates: holds the definitions they needed. */
  private ObjectNode common() {
    ObjectNode schema = header("common", rules.get("commonTitle").asText(),
        rules.get("commonDescription").asText());
    ObjectNode defs = schema.putObject("$defs");
    rules.get("scalarDefinitions").properties().forEach(e -> defs.set(e.getKey(), e.getValue().deepCopy()));
    derived.forEach(defs::set);
    return schema;
  }

  private static ObjectNode header(String name, String title, String description) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("$id", BASE + name + ".schema.json");
    schema.put("title", title);
    schema.put("description", description);
    return schema;
  }

  // ---------------------------------------------------------------- fields

  /** The properties and required fields of an object of {@code fields}, referring to definitions by {@code prefix}. */
  private void object(String owner, List<? extends Field<?, ?>> fields, String prefix, ObjectNode properties,
      ArrayNode required) {
    for (Field<?, ?> field : fields) {
      JsonNode rule = rules.path("fields").get(owner + "." + field.name());
      ObjectNode schema = property(field, rule, prefix);
      properties.set(field.name(), schema);
      boolean nonEmpty = schema.has("minItems");
      boolean alwaysWritten = field.cardinality() == Cardinality.ONE && !field.isOmittedWhenDefault()
          && !"".equals(field.defaultValue().orElse(null));
      if (alwaysWritten || nonEmpty) {
        required.add(field.name());
      }
    }
  }

  private ObjectNode property(Field<?, ?> field, JsonNode rule, String prefix) {
    ObjectNode schema;
    if (rule != null && rule.has("type")) {
      return rule.deepCopy();
    } else if (rule != null && rule.has("$def")) {
      schema = ref(prefix, rule.get("$def").asText());
    } else if (field.cardinality().isCollection()) {
      schema = collection(field, prefix);
    } else {
      schema = value(field.type(), prefix);
    }
    if (rule != null) {
      rule.properties().forEach(e -> {
        if (!e.getKey().equals("$def")) {
          schema.set(e.getKey(), e.getValue().deepCopy());
        }
      });
    }
    return schema;
  }

  private ObjectNode collection(Field<?, ?> field, String prefix) {
    boolean id = field.type() instanceof ScalarType<?> s && s.form() == ScalarType.Form.ID;
    String key = (field.cardinality() == Cardinality.SET ? "set of " : "list of ") + (id ? "id" : field.type().name());
    JsonNode named = rules.path("collectionDefinitions").get(key);
    if (named != null) {
      value(field.type(), prefix); // defines the element type, if it is a composite
      return ref(prefix, named.asText());
    }
    ObjectNode schema = array(value(field.type(), prefix));
    if (field.cardinality() == Cardinality.SET || ObjectFields.DISTINCT_LISTS.contains(field)) {
      schema.put("uniqueItems", true);
    }
    return schema;
  }

  private static ObjectNode array(JsonNode items) {
    ObjectNode schema = NODES.objectNode().put("type", "array");
    schema.set("items", items);
    return schema;
  }

  /** The schema of one value of {@code type}. */
  private ObjectNode value(ValueType<?> type, String prefix) {
    if (type instanceof CompositeType<?> composite) {
      return ref(prefix, define(composite));
    }
    ScalarType<?> scalar = (ScalarType<?>) type;
    if (scalar.form() == ScalarType.Form.ID) {
      return ref(prefix, "id");
    }
    if (scalar.form() == ScalarType.Form.ENUM) {
      String name = camel(scalar.javaType().getSimpleName());
      if (!derived.containsKey(name)) {
        ObjectNode def = NODES.objectNode();
        ArrayNode constants = def.putArray("enum");
        for (Object constant : scalar.constants().orElseThrow()) {
          constants.add(((Enum<?>) constant).name());
        }
        derived.put(name, def);
      }
      return ref(prefix, name);
    }
    JsonNode rule = rules.path("scalarTypes").get(scalar.name());
    if (rule == null) {
      throw new IllegalStateException("schema-rules.json has no schema for the scalar type '" + scalar.name()
          + "': add it to scalarTypes");
    }
    return rule.has("$def") ? ref(prefix, rule.get("$def").asText()) : rule.deepCopy();
  }

  /** Derives the definition of {@code type} in common.schema.json (once) and returns its name. */
  private String define(CompositeType<?> type) {
    String simple = type.javaType().getSimpleName();
    String name = rules.path("compositeNames").path(simple).asText(camel(simple));
    if (derived.containsKey(name)) {
      return name;
    }
    ObjectNode def = NODES.objectNode();
    derived.put(name, def);
    JsonNode description = rules.path("compositeDescriptions").get(name);
    if (description != null) {
      def.put("description", description.asText());
    }
    def.put("type", "object");
    ObjectNode properties = def.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    object(simple, type.fields(), "#/$defs/", properties, required);
    if (!required.isEmpty()) {
      def.set("required", required);
    }
    def.put("additionalProperties", false);
    JsonNode extra = rules.path("compositeRules").get(name);
    if (extra != null) {
      extra.properties().forEach(e -> def.set(e.getKey(), e.getValue().deepCopy()));
    }
    return name;
  }

  private static ObjectNode ref(String prefix, String name) {
    return NODES.objectNode().put("$ref", prefix + name);
  }

  private static String camel(String simpleName) {
    return simpleName.substring(0, 1).toLowerCase(Locale.ROOT) + simpleName.substring(1);
  }
}

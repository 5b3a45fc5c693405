package se.lokbra.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import se.lokbra.interop.oparl.OParlExport;

/** Validates whole exports against the standards' schemas and says what is wrong where. */
public final class SchemaAssertions {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String OPARL_TYPE = "https://schema.oparl.org/1.1/";

  private SchemaAssertions() {}

  /**
   * The schema errors of every file of an OParl export, each prefixed with its path: objects against the schema of
   * their {@code type}, list documents for their shape and each listed object against its schema. Empty if all is
   * valid.
   */
  public static List<String> oparlErrors(OParlExport export) {
    List<String> errors = new ArrayList<>();
    for (String path : export.paths()) {
      JsonNode node = parse(export.file(path));
      if (path.startsWith("list/")) {
        if (!node.path("data").isArray() || !node.path("pagination").isObject() || !node.path("links").isObject()
            || !node.path("links").path("first").isTextual() || !node.path("links").path("last").isTextual()) {
          errors.add(path + ": not a paged list document: " + node);
        }
        node.path("data").forEach(item -> errors.addAll(oparlObjectErrors(path + " > " + item.path("id").asText(),
            item)));
      } else {
        errors.addAll(oparlObjectErrors(path, node));
        if (!node.path("id").asText().equals(export.url(path))) {
          errors.add(path + ": id is not the file's URL: " + node.path("id"));
        }
      }
    }
    return errors;
  }

  private static List<String> oparlObjectErrors(String where, JsonNode node) {
    String type = node.path("type").asText();
    if (!type.startsWith(OPARL_TYPE)) {
      return List.of(where + ": no OParl type: " + type);
    }
    return Schemas.OPARL.errors(type.substring(OPARL_TYPE.length()), node).stream().map(e -> where + ": " + e)
        .toList();
  }

  /** The errors of {@code node} against the Popolo schema {@code name} ("person", "event", …). */
  public static List<String> popoloErrors(String name, JsonNode node) {
    return Schemas.POPOLO.errors(name, node);
  }

  public static JsonNode parse(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

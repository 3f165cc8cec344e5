package org.anxiao.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The bundled schema files as JSON trees, and validation against any of their definitions. */
final class SchemaFiles {
  /** Every schema file the jar publishes. */
  static final List<String> NAMES = List.of("common", "school", "rule-pack", "checklist", "scorecard",
      "assessment", "jurisdiction-table", "pack-index");

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Schemas::bundled));

  private SchemaFiles() {}

  static String fileName(String name) {
    return name + ".schema.json";
  }

  static String iri(String name) {
    return DocumentType.SCHEMA_BASE_URI + fileName(name);
  }

  /** The parsed schema file {@code <name>.schema.json}, read as the runtime reads it. */
  static JsonNode tree(String name) {
    String text = Schemas.bundled(iri(name));
    if (text == null) {
      throw new AssertionError("no bundled schema " + fileName(name));
    }
    try {
      return PLAIN.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node at {@code pointer} (empty for the root) of schema {@code name}. */
  static JsonNode node(String name, String pointer) {
    JsonNode n = tree(name).at(pointer);
    if (n.isMissingNode()) {
      throw new AssertionError(fileName(name) + "#" + pointer + " does not exist");
    }
    return n;
  }

  /** The compiled schema at {@code <name>.schema.json#pointer}. */
  static Schema compiled(String name, String pointer) {
    String location = iri(name) + (pointer.isEmpty() ? "" : "#" + pointer);
    return REGISTRY.getSchema(SchemaLocation.of(location));
  }

  /** Errors of {@code instance} against the definition at {@code pointer} of schema {@code name}. */
  static List<Error> validate(String name, String pointer, JsonNode instance) {
    return compiled(name, pointer).validate(instance);
  }

  /** Errors of {@code schema} against the draft 2020-12 meta-schema. */
  static List<Error> metaSchemaErrors(JsonNode schema) {
    return REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")).validate(schema);
  }

  /** The property names a definition declares. */
  static Set<String> properties(JsonNode definition) {
    Set<String> names = new TreeSet<>();
    definition.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The property names a definition requires. */
  static Set<String> required(JsonNode definition) {
    Set<String> names = new TreeSet<>();
    definition.path("required").forEach(n -> names.add(n.asText()));
    return names;
  }

  /** Every {@code $ref} value in {@code node}, with the JSON pointer where it stands. */
  static List<Map.Entry<String, String>> refs(JsonNode node) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    collectRefs(node, "", out);
    return out;
  }

  private static void collectRefs(JsonNode node, String at, List<Map.Entry<String, String>> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
          out.add(Map.entry(child, e.getValue().asText()));
        } else {
          collectRefs(e.getValue(), child, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectRefs(node.get(i), at + "/" + i, out);
      }
    }
  }
}

package org.anxiao.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a strict JSON Schema 2020-12 validator (Ajv 8 in strict mode is the model) applies when
 * it compiles a schema, as a walk over a set of schema documents that refer to each other by
 * {@code $id}:
 *
 * <ul>
 *   <li>no unknown keyword (strictSchema);
 *   <li>a keyword that applies to one JSON type has that type stated: in the {@code type} of the same
 *       schema object, or of a schema object that applies to the same instance and holds it through
 *       {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}, {@code then},
 *       {@code else} or {@code dependentSchemas}; never through {@code $ref}; the subschema of
 *       {@code propertyNames} applies to strings (strictTypes);
 *   <li>a {@code type} does not contradict the type it is held under, and is one type or one type and
 *       {@code "null"} (strictTypes, union types);
 *   <li>{@code prefixItems} comes with {@code minItems} and with {@code items: false} or
 *       {@code maxItems} (strictTuples);
 *   <li>every {@code $ref} resolves: to a document of the set by its {@code $id}, and in it to a node
 *       by JSON pointer or to an {@code $anchor};
 *   <li>every {@code format} is one that both the specification and common validators know;
 *   <li>every {@code pattern} and {@code patternProperties} name is a valid regular expression.
 * </ul>
 *
 * A problem is reported as {@code <$id>#<pointer>: <what>}.
 */
final class StrictSchemaChecker {
  private static final Set<String> KEYWORDS = Set.of(
      // core
      "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
      // applicator
      "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items", "contains",
      "properties", "patternProperties", "additionalProperties", "propertyNames",
      // unevaluated
      "unevaluatedItems", "unevaluatedProperties",
      // validation
      "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
      "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
      "maxProperties", "minProperties", "required", "dependentRequired",
      // meta-data, format, content
      "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
      "contentEncoding", "contentMediaType", "contentSchema");

  private static final Set<String> TYPES = Set.of("null", "boolean", "object", "array", "number", "integer", "string");

  /** Keyword → the JSON types it applies to (a number keyword applies to integers too). */
  private static final Map<String, Set<String>> APPLIES_TO = Map.ofEntries(
      Map.entry("prefixItems", Set.of("array")), Map.entry("items", Set.of("array")),
      Map.entry("contains", Set.of("array")), Map.entry("maxContains", Set.of("array")),
      Map.entry("minContains", Set.of("array")), Map.entry("minItems", Set.of("array")),
      Map.entry("maxItems", Set.of("array")), Map.entry("uniqueItems", Set.of("array")),
      Map.entry("unevaluatedItems", Set.of("array")),
      Map.entry("properties", Set.of("object")), Map.entry("required", Set.of("object")),
      Map.entry("additionalProperties", Set.of("object")), Map.entry("patternProperties", Set.of("object")),
      Map.entry("propertyNames", Set.of("object")), Map.entry("minProperties", Set.of("object")),
      Map.entry("maxProperties", Set.of("object")), Map.entry("dependentRequired", Set.of("object")),
      Map.entry("dependentSchemas", Set.of("object")), Map.entry("unevaluatedProperties", Set.of("object")),
      Map.entry("pattern", Set.of("string")), Map.entry("minLength", Set.of("string")),
      Map.entry("maxLength", Set.of("string")), Map.entry("format", Set.of("string")),
      Map.entry("contentEncoding", Set.of("string")), Map.entry("contentMediaType", Set.of("string")),
      Map.entry("contentSchema", Set.of("string")),
      Map.entry("minimum", Set.of("number", "integer")), Map.entry("maximum", Set.of("number", "integer")),
      Map.entry("exclusiveMinimum", Set.of("number", "integer")),
      Map.entry("exclusiveMaximum", Set.of("number", "integer")),
      Map.entry("multipleOf", Set.of("number", "integer")));

  /** Formats of draft 2020-12 that common validators (Ajv's formats among them) also implement. */
  private static final Set<String> FORMATS = Set.of("date-time", "date", "time", "duration", "email", "hostname",
      "ipv4", "ipv6", "uri", "uri-reference", "uri-template", "uuid", "json-pointer", "relative-json-pointer",
      "regex");

  /** Keywords whose value is one subschema applying to the same instance. */
  private static final Set<String> IN_PLACE = Set.of("not", "if", "then", "else");
  /** Keywords whose value is an array of subschemas applying to the same instance. */
  private static final Set<String> IN_PLACE_ARRAYS = Set.of("allOf", "anyOf", "oneOf");
  /** Keywords whose value is one subschema applying to another instance (a member, an element, a name). */
  private static final Set<String> ELSEWHERE = Set.of("items", "contains", "additionalProperties",
      "unevaluatedItems", "unevaluatedProperties", "contentSchema");
  /** Keywords whose value is an object of subschemas applying to other instances (or none: $defs). */
  private static final Set<String> ELSEWHERE_MAPS = Set.of("properties", "patternProperties", "$defs");

  private final Map<String, JsonNode> documents = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * Checks a set of schema documents, each identified by its {@code $id}; references between them
   * resolve within the set.
   *
   * @return the problems found, empty when every document would compile under strict rules
   */
  static List<String> check(List<JsonNode> schemas) {
    StrictSchemaChecker checker = new StrictSchemaChecker();
    for (JsonNode schema : schemas) {
      String id = schema.path("$id").asText("");
      if (id.isEmpty()) {
        checker.problems.add("a schema without $id: " + abbreviate(schema));
      } else if (checker.documents.put(id, schema) != null) {
        checker.problems.add(id + ": two schemas with this $id");
      }
    }
    checker.documents.forEach((id, schema) -> checker.walk(id, schema, "", Set.of()));
    return List.copyOf(checker.problems);
  }

  private void walk(String id, JsonNode schema, String pointer, Set<String> context) {
    if (schema.isBoolean()) {
      return;
    }
    if (!schema.isObject()) {
      problem(id, pointer, "a schema must be an object or a boolean, not " + abbreviate(schema));
      return;
    }
    Set<String> types = types(id, schema, pointer, context);
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      String keyword = e.getKey();
      JsonNode value = e.getValue();
      String at = pointer + "/" + escape(keyword);
      if (!KEYWORDS.contains(keyword)) {
        problem(id, pointer, "unknown keyword \"" + keyword + "\"");
        continue;
      }
      Set<String> applies = APPLIES_TO.get(keyword);
      if (applies != null && types.stream().noneMatch(applies::contains)) {
        problem(id, pointer, "keyword \"" + keyword + "\" applies to " + String.join("/", new TreeSet<>(applies))
            + " but the schema states no such type (\"type\" here, or in a schema holding it through "
            + "allOf/anyOf/oneOf/not/if/then/else)");
      }
      if (IN_PLACE.contains(keyword)) {
        walk(id, value, at, types);
      } else if (IN_PLACE_ARRAYS.contains(keyword) || keyword.equals("prefixItems")) {
        if (!value.isArray() || value.isEmpty()) {
          problem(id, pointer, "\"" + keyword + "\" must be a non-empty array of schemas");
          continue;
        }
        for (int i = 0; i < value.size(); i++) {
          walk(id, value.get(i), at + "/" + i, keyword.equals("prefixItems") ? Set.of() : types);
        }
      } else if (keyword.equals("dependentSchemas")) {
        value.properties().forEach(d -> walk(id, d.getValue(), at + "/" + escape(d.getKey()), types));
      } else if (keyword.equals("propertyNames")) {
        walk(id, value, at, Set.of("string"));
      } else if (ELSEWHERE.contains(keyword)) {
        walk(id, value, at, Set.of());
      } else if (ELSEWHERE_MAPS.contains(keyword)) {
        if (!value.isObject()) {
          problem(id, pointer, "\"" + keyword + "\" must be an object of schemas");
          continue;
        }
        for (Map.Entry<String, JsonNode> member : value.properties()) {
          if (keyword.equals("patternProperties")) {
            regex(id, at, member.getKey());
          }
          walk(id, member.getValue(), at + "/" + escape(member.getKey()), Set.of());
        }
      } else if (keyword.equals("$ref") || keyword.equals("$dynamicRef")) {
        ref(id, pointer, value.asText());
      } else if (keyword.equals("format") && !FORMATS.contains(value.asText())) {
        problem(id, pointer, "unknown format \"" + value.asText() + "\"");
      } else if (keyword.equals("pattern")) {
        regex(id, pointer, value.asText());
      }
    }
    if (schema.has("prefixItems")
        && !(schema.has("minItems") && (schema.path("items").isBoolean() && !schema.path("items").asBoolean()
            || schema.has("maxItems")))) {
      problem(id, pointer, "prefixItems needs minItems, and items: false or maxItems (strict tuples)");
    }
  }

  /** The types that apply at this schema object: its own {@code type}, else the one it is held under. */
  private Set<String> types(String id, JsonNode schema, String pointer, Set<String> context) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return context;
    }
    Set<String> own = new TreeSet<>();
    if (type.isTextual()) {
      own.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> own.add(t.asText()));
      Set<String> notNull = new TreeSet<>(own);
      notNull.remove("null");
      if (type.size() != own.size() || notNull.size() != 1 || !own.contains("null")) {
        problem(id, pointer, "union type " + type + ": use one type, or one type and \"null\"");
      }
    } else {
      problem(id, pointer, "\"type\" must be a string or an array of strings");
      return context;
    }
    for (String t : own) {
      if (!TYPES.contains(t)) {
        problem(id, pointer, "unknown type \"" + t + "\"");
      } else if (!context.isEmpty() && !context.contains(t) && !(t.equals("integer") && context.contains("number"))) {
        problem(id, pointer, "type \"" + t + "\" contradicts the type it is held under " + context);
      }
    }
    return own;
  }

  private void ref(String id, String pointer, String ref) {
    URI target;
    try {
      target = new URI(id).resolve(new URI(ref));
    } catch (URISyntaxException | IllegalArgumentException e) {
      problem(id, pointer, "$ref \"" + ref + "\" is no URI reference: " + e.getMessage());
      return;
    }
    String fragment = target.getRawFragment();
    String document;
    try {
      document = new URI(target.getScheme(), target.getSchemeSpecificPart(), null).toString();
    } catch (URISyntaxException e) {
      problem(id, pointer, "$ref \"" + ref + "\": " + e.getMessage());
      return;
    }
    JsonNode root = documents.get(document);
    if (root == null) {
      problem(id, pointer, "$ref \"" + ref + "\": no schema with $id " + document);
      return;
    }
    if (fragment == null || fragment.isEmpty()) {
      return;
    }
    if (fragment.startsWith("/")) {
      String decoded = java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      if (root.at(decoded).isMissingNode()) {
        problem(id, pointer, "$ref \"" + ref + "\": no node at " + decoded + " in " + document);
      }
    } else if (!hasAnchor(root, fragment)) {
      problem(id, pointer, "$ref \"" + ref + "\": no $anchor \"" + fragment + "\" in " + document);
    }
  }

  private static boolean hasAnchor(JsonNode node, String anchor) {
    if (node.isObject()) {
      if (anchor.equals(node.path("$anchor").asText(null)) || anchor.equals(node.path("$dynamicAnchor").asText(null))) {
        return true;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getKey().equals("enum") && !e.getKey().equals("const") && hasAnchor(e.getValue(), anchor)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        if (hasAnchor(n, anchor)) {
          return true;
        }
      }
    }
    return false;
  }

  private void regex(String id, String pointer, String regex) {
    try {
      java.util.regex.Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      problem(id, pointer, "invalid regular expression \"" + regex + "\": " + e.getDescription());
    }
  }

  private void problem(String id, String pointer, String what) {
    problems.add(id + "#" + pointer + ": " + what);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}

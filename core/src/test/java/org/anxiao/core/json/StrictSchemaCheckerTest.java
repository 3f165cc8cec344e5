package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict-schema checker refuses what a strict validator refuses, and accepts what it accepts. */
class StrictSchemaCheckerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEAD = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", "
      + "\"$id\": \"https://example.test/a.json\"";

  private static List<String> problems(String body) throws Exception {
    return problems(List.of("{" + HEAD + (body.isEmpty() ? "" : ", " + body) + "}"));
  }

  private static List<String> problems(List<String> documents) throws Exception {
    List<JsonNode> trees = new java.util.ArrayList<>();
    for (String d : documents) {
      trees.add(JSON.readTree(d));
    }
    return StrictSchemaChecker.check(trees);
  }

  private static void refused(String body, String pointer, String fragment) throws Exception {
    List<String> p = problems(body);
    assertEquals(1, p.size(), () -> "problems: " + p);
    assertTrue(p.get(0).startsWith("https://example.test/a.json#" + pointer + ": "), p.get(0));
    assertTrue(p.get(0).contains(fragment), p.get(0));
  }

  @Test
  void itemsWithoutTypeArrayIsRefused() throws Exception {
    refused("\"properties\": {\"list\": {\"items\": {\"type\": \"string\"}}}, \"type\": \"object\"",
        "/properties/list", "keyword \"items\" applies to array");
  }

  @Test
  void propertiesWithoutTypeObjectIsRefused() throws Exception {
    refused("\"$defs\": {\"x\": {\"properties\": {\"a\": {\"type\": \"string\"}}}}",
        "/$defs/x", "keyword \"properties\" applies to object");
  }

  @Test
  void aDefinitionNarrowingAnotherByRefStatesItsOwnType() throws Exception {
    // The shape common.schema.json's area once had: a $ref to a typed quantity, narrowed by properties.
    String defs = "\"$defs\": {\"quantity\": {\"type\": \"object\", \"properties\": {\"value\": {\"type\": \"string\"}}}, "
        + "\"area\": {\"$ref\": \"#/$defs/quantity\", \"properties\": {\"unit\": {\"const\": \"m2\"}}%s}}";
    refused(String.format(defs, ""), "/$defs/area", "keyword \"properties\" applies to object");
    assertEquals(List.of(), problems(String.format(defs, ", \"type\": \"object\"")));
  }

  @Test
  void propertyNamesApplyToStrings() throws Exception {
    assertEquals(List.of(), problems("\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^[a-z]+$\"}"));
    refused("\"type\": \"object\", \"propertyNames\": {\"minimum\": 1}", "/propertyNames", "applies to integer/number");
  }

  @Test
  void aTypeAcrossRefDoesNotCount() throws Exception {
    // The referring schema states type object, but the referred definition is checked on its own.
    List<String> p = problems("\"type\": \"object\", \"$ref\": \"#/$defs/x\", "
        + "\"$defs\": {\"x\": {\"required\": [\"a\"]}}");
    assertEquals(1, p.size(), () -> p.toString());
    assertTrue(p.get(0).contains("#/$defs/x: keyword \"required\""), p.get(0));
  }

  @Test
  void stringAndNumberKeywordsNeedTheirTypes() throws Exception {
    refused("\"$defs\": {\"x\": {\"pattern\": \"^a$\"}}", "/$defs/x", "applies to string");
    refused("\"$defs\": {\"x\": {\"minimum\": 0}}", "/$defs/x", "applies to integer/number");
    assertEquals(List.of(), problems("\"$defs\": {\"x\": {\"type\": \"integer\", \"minimum\": 0}}"));
  }

  @Test
  void anUnknownKeywordIsRefused() throws Exception {
    refused("\"type\": \"object\", \"propertees\": {\"a\": {}}", "", "unknown keyword \"propertees\"");
  }

  @Test
  void aDanglingRefIsRefused() throws Exception {
    refused("\"$ref\": \"#/$defs/missing\"", "", "no node at /$defs/missing");
    refused("\"$ref\": \"other.json#/$defs/x\"", "", "no schema with $id https://example.test/other.json");
    refused("\"$ref\": \"#nowhere\"", "", "no $anchor \"nowhere\"");
  }

  @Test
  void aRefToAnotherDocumentOfTheSetResolves() throws Exception {
    String other = "{\"$id\": \"https://example.test/other.json\", \"$defs\": {\"x\": {\"type\": \"string\"}}}";
    assertEquals(List.of(), problems(List.of("{" + HEAD + ", \"$ref\": \"other.json#/$defs/x\"}", other)));
  }

  @Test
  void anUnknownFormatAndABadPatternAreRefused() throws Exception {
    refused("\"type\": \"string\", \"format\": \"chinese-date\"", "", "unknown format");
    refused("\"type\": \"string\", \"pattern\": \"([a-z\"", "", "invalid regular expression");
  }

  @Test
  void unionTypesAndContradictionsAreRefused() throws Exception {
    refused("\"type\": [\"string\", \"integer\"]", "", "union type");
    assertEquals(List.of(), problems("\"type\": [\"string\", \"null\"]"));
    refused("\"type\": \"object\", \"anyOf\": [{\"type\": \"array\"}]", "/anyOf/0", "contradicts");
  }

  @Test
  void aTypeHeldThroughInPlaceApplicatorsCounts() throws Exception {
    assertEquals(List.of(), problems("\"type\": \"object\", "
        + "\"oneOf\": [{\"properties\": {\"a\": {\"type\": \"string\"}}, \"required\": [\"a\"]}], "
        + "\"allOf\": [{\"if\": {\"properties\": {\"k\": {\"const\": 1}}}, \"then\": {\"required\": [\"b\"]}}]"));
    // ... but not through a subschema that applies to another instance.
    refused("\"type\": \"object\", \"properties\": {\"a\": {\"required\": [\"b\"]}}", "/properties/a",
        "keyword \"required\"");
  }

  @Test
  void tuplesNeedTheirBounds() throws Exception {
    refused("\"type\": \"array\", \"prefixItems\": [{\"type\": \"string\"}]", "", "strict tuples");
    assertEquals(List.of(), problems(
        "\"type\": \"array\", \"prefixItems\": [{\"type\": \"string\"}], \"minItems\": 1, \"items\": false"));
  }
}

package org.anxiao.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vector-file schema takes its decimals, dates, unit codes and period codes from the wire
 * format's {@code common.schema.json} rather than restating them: a value that schema refuses is
 * refused in a vector file too.
 */
class VectorSchemaFamilyTest {
  private static Schema schema;
  private static JsonNode units;
  private static JsonNode periods;

  @BeforeAll
  static void load() throws IOException {
    Path folder = ConformanceRunner.folder();
    schema = ConformanceRunner.schema(folder.resolve("schema/vector-file.schema.json"));
    units = ConformanceRunner.readTree(folder.resolve("units.json"));
    periods = ConformanceRunner.readTree(folder.resolve("periods.json"));
  }

  /** The first test of the file's first group that has an {@code expected}, in a copy of the file. */
  private static ObjectNode firstExpected(ObjectNode copy) {
    for (JsonNode group : copy.path("testGroups")) {
      for (JsonNode test : group.path("tests")) {
        if (test.has("expected")) {
          return (ObjectNode) test.get("expected");
        }
      }
    }
    throw new AssertionError("no test with an expected value");
  }

  private static boolean valid(JsonNode file) {
    return schema.validate(file).isEmpty();
  }

  @Test
  void theShippedFilesAreValid() {
    assertTrue(valid(units));
    assertTrue(valid(periods));
  }

  @Test
  void theDefinitionsAreReferencesIntoTheCommonSchema() throws IOException {
    JsonNode defs = ConformanceRunner.readTree(ConformanceRunner.folder().resolve("schema/vector-file.schema.json"))
        .path("$defs");
    assertEquals(ConformanceRunner.COMMON_SCHEMA + "#/$defs/canonicalDecimal", defs.path("decimal").path("$ref").asText());
    assertEquals(ConformanceRunner.COMMON_SCHEMA + "#/$defs/date", defs.path("date").path("$ref").asText());
    assertFalse(defs.path("decimal").has("pattern"), "the decimal pattern is stated once, in common.schema.json");
  }

  @Test
  void anExpectedDecimalWithALeadingZeroIsRefused() {
    ObjectNode copy = units.deepCopy();
    firstExpected(copy).put("value", "03.6");
    assertFalse(valid(copy));
  }

  @Test
  void anExpectedUnitOutsideTheUnitCodeGrammarIsRefused() {
    ObjectNode copy = units.deepCopy();
    firstExpected(copy).put("unit", "k W h");
    assertFalse(valid(copy));
  }

  @Test
  void anExpectedDateOrPeriodCodeOutsideTheWireFormatIsRefused() {
    ObjectNode copy = periods.deepCopy();
    firstExpected(copy).put("start", "2024-3-01");
    assertFalse(valid(copy));
    ObjectNode other = periods.deepCopy();
    firstExpected(other).put("code", "2024-13");
    assertFalse(valid(other));
  }

}

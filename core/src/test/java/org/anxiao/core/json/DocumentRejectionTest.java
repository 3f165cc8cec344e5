package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.school.SchoolDocument;
import org.anxiao.core.scorecard.Checklist;
import org.anxiao.core.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents that break their schema: a missing required property, a value of the wrong type, an
 * unknown property (an error when strict, ignored when lenient) and an unsupported schemaVersion.
 * Each error names the JSON pointer of the offending node.
 */
class DocumentRejectionTest {
  private static final ObjectMapper MAPPER = AnxiaoJson.strict().mapperCopy();

  private static ObjectNode tree(Object document) {
    return MAPPER.valueToTree(document);
  }

  private static ObjectNode object(JsonNode root, String pointer) {
    JsonNode n = root.at(pointer);
    assertTrue(n.isObject(), pointer + " is an object in " + root);
    return (ObjectNode) n;
  }

  private static String edited(Object document, Consumer<ObjectNode> edit) {
    ObjectNode root = tree(document);
    edit.accept(root);
    return root.toString();
  }

  private static WireFormatException rejected(AnxiaoJson json, String text, DocumentType<?> type) {
    return assertThrows(WireFormatException.class, () -> json.readDocument(text, type));
  }

  // ---- missing required properties ----

  static Stream<Arguments> missing() {
    return Stream.of(
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()), "/school", "name"),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()),
            "/school/campuses/0/buildings/0", "grossFloorArea"),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()),
            "/school/campuses/0/gates/1", "usedAtNight"),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "", "validFrom"),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "/parameters/gateKinds", "values"),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "/source", "year"),
        Arguments.of(Checklist.DOCUMENT, WireSamples.fullChecklist(), "/sections/0/items/1", "veto"),
        Arguments.of(Scorecard.DOCUMENT, WireSamples.fullScorecard(), "/grade", "minScore"),
        Arguments.of(Assessment.DOCUMENT, WireSamples.fullAssessment(), "", "inputsDigest"),
        Arguments.of(Assessment.DOCUMENT, WireSamples.fullAssessment(), "/findings/0/subject", "id"),
        Arguments.of(WireSamples.JURISDICTION_TABLE, WireSamples.fullJurisdictionTable(), "/entries/1", "name"),
        Arguments.of(WireSamples.PACK_INDEX, WireSamples.fullPackIndex(), "/packs/0/header", "verification"));
  }

  @ParameterizedTest(name = "{0} {2}/{3}")
  @MethodSource("missing")
  void missingRequiredPropertyIsASchemaErrorInBothModes(DocumentType<?> type, Object document, String parent,
      String property) {
    String json = edited(document, root -> object(root, parent).remove(property));
    for (AnxiaoJson reader : new AnxiaoJson[] {AnxiaoJson.strict(), AnxiaoJson.lenient()}) {
      WireFormatException e = rejected(reader, json, type);
      assertEquals(WireFormatException.SCHEMA, e.errorCode(), e.getMessage());
      assertEquals(parent + "/" + property, e.pointer(), "the pointer names the missing property: " + e.getMessage());
      assertEquals(property, e.value().orElse(null), e.getMessage());
    }
  }

  // ---- values of the wrong type ----

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "/parameters/coalFactor", "value",
            MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal("0.1229"))),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "/parameters/guardsPerGate", "value",
            MAPPER.getNodeFactory().textNode("2")),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "", "verification",
            MAPPER.getNodeFactory().textNode("VERIFIED")),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "", "jurisdiction",
            MAPPER.getNodeFactory().textNode("3101")),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()), "/school", "boarders",
            MAPPER.getNodeFactory().textNode("120")),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()),
            "/school/campuses/0/buildings/0/grossFloorArea", "unit", MAPPER.getNodeFactory().textNode("kWh")),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()),
            "/school/campuses/0/buildings/0/grossFloorArea", "value", MAPPER.getNodeFactory().textNode("1.2e3")),
        Arguments.of(Checklist.DOCUMENT, WireSamples.fullChecklist(), "", "maxScore",
            MAPPER.getNodeFactory().textNode("0")),
        Arguments.of(Scorecard.DOCUMENT, WireSamples.fullScorecard(), "", "vetoed",
            MAPPER.getNodeFactory().textNode("true")),
        Arguments.of(Assessment.DOCUMENT, WireSamples.fullAssessment(), "", "period",
            MAPPER.getNodeFactory().textNode("2024-Q5")),
        Arguments.of(Assessment.DOCUMENT, WireSamples.fullAssessment(), "/findings/0/measured", "value",
            MAPPER.getNodeFactory().numberNode(1)),
        Arguments.of(WireSamples.PACK_INDEX, WireSamples.fullPackIndex(), "/packs/0/header", "validFrom",
            MAPPER.getNodeFactory().textNode("1 Sep 2022")));
  }

  @ParameterizedTest(name = "{0} {2}/{3} = {4}")
  @MethodSource("wrongTypes")
  void valueOfTheWrongTypeIsASchemaErrorInBothModes(DocumentType<?> type, Object document, String parent,
      String property, JsonNode value) {
    String json = edited(document, root -> object(root, parent).set(property, value));
    for (AnxiaoJson reader : new AnxiaoJson[] {AnxiaoJson.strict(), AnxiaoJson.lenient()}) {
      WireFormatException e = rejected(reader, json, type);
      assertEquals(WireFormatException.SCHEMA, e.errorCode(), e.getMessage());
      assertEquals(parent + "/" + property, e.pointer(), e.getMessage());
    }
  }

  // ---- unknown properties ----

  static Stream<Arguments> unknown() {
    Stream<Arguments> roots = WireSamples.cases().stream().map(c -> Arguments.of(c.type(), c.full(), ""));
    Stream<Arguments> nested = Stream.of(
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()), "/school"),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()),
            "/school/campuses/0/gates/0"),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()),
            "/school/campuses/0/boundary/vertices/2"),
        Arguments.of(SchoolDocument.DOCUMENT, SchoolDocument.of(WireSamples.fullSchool()),
            "/school/campuses/0/buildings/0/grossFloorArea"),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "/parameters/coalFactor"),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "/parameters/factors/rows/WATER"),
        Arguments.of(RulePack.DOCUMENT, WireSamples.fullRulePack(), "/source"),
        Arguments.of(Checklist.DOCUMENT, WireSamples.fullChecklist(), "/sections/1/items/0"),
        Arguments.of(Scorecard.DOCUMENT, WireSamples.fullScorecard(), "/sections/0/items/1"),
        Arguments.of(Assessment.DOCUMENT, WireSamples.fullAssessment(), "/findings/0/measured"),
        Arguments.of(Assessment.DOCUMENT, WireSamples.fullAssessment(), "/rulesApplied/0/pack"),
        Arguments.of(WireSamples.JURISDICTION_TABLE, WireSamples.fullJurisdictionTable(), "/entries/2/name"),
        Arguments.of(WireSamples.PACK_INDEX, WireSamples.fullPackIndex(), "/packs/1"));
    return Stream.concat(roots, nested);
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("unknown")
  void unknownPropertyIsRejectedWhenStrict(DocumentType<?> type, Object document, String parent) {
    String json = edited(document, root -> object(root, parent).put("colour", "red"));
    WireFormatException e = rejected(AnxiaoJson.strict(), json, type);
    assertEquals(WireFormatException.UNKNOWN_FIELD, e.errorCode(), e.getMessage());
    assertEquals(parent + "/colour", e.pointer(), e.getMessage());
    assertEquals("colour", e.value().orElse(null), e.getMessage());
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("unknown")
  void unknownPropertyIsIgnoredWhenLenient(DocumentType<?> type, Object document, String parent) {
    String json = edited(document, root -> object(root, parent).put("colour", "red"));
    assertEquals(document, AnxiaoJson.lenient().readDocument(json, type));
  }

  @Test
  void lenientReadingStillRejectsOtherErrorsBesideAnUnknownProperty() {
    String json = edited(WireSamples.fullRulePack(), root -> {
      root.put("colour", "red");
      object(root, "/parameters/guardsPerGate").put("value", 2.5);
    });
    WireFormatException e = rejected(AnxiaoJson.lenient(), json, RulePack.DOCUMENT);
    assertEquals(WireFormatException.SCHEMA, e.errorCode(), e.getMessage());
    assertEquals("/parameters/guardsPerGate/value", e.pointer(), e.getMessage());
  }

  @Test
  void unknownParameterTypeIsASchemaError() {
    String json = edited(WireSamples.fullRulePack(),
        root -> object(root, "/parameters/coalFactor").put("type", "float"));
    WireFormatException e = rejected(AnxiaoJson.lenient(), json, RulePack.DOCUMENT);
    assertEquals(WireFormatException.SCHEMA, e.errorCode(), e.getMessage());
    assertEquals("/parameters/coalFactor/type", e.pointer(), e.getMessage());
  }

  @Test
  void unknownStaffRoleIsASchemaError() {
    String json = edited(SchoolDocument.of(WireSamples.fullSchool()),
        root -> object(root, "/school/staff").put("JANITOR", 2));
    WireFormatException e = rejected(AnxiaoJson.lenient(), json, SchoolDocument.DOCUMENT);
    assertEquals(WireFormatException.SCHEMA, e.errorCode(), e.getMessage());
    assertTrue(e.pointer().startsWith("/school/staff"), e.getMessage());
  }

  // ---- schemaVersion ----

  static Stream<Arguments> badVersions() {
    return WireSamples.cases().stream().flatMap(c -> Stream.of(
        Arguments.of(c.type(), c.minimal(), MAPPER.getNodeFactory().textNode("2.0")),
        Arguments.of(c.type(), c.minimal(), MAPPER.getNodeFactory().numberNode(1.0)),
        Arguments.of(c.type(), c.minimal(), null)));
  }

  @ParameterizedTest(name = "{0} schemaVersion = {2}")
  @MethodSource("badVersions")
  void unsupportedOrMissingSchemaVersionIsAVersionError(DocumentType<?> type, Object document, JsonNode version) {
    String json = edited(document, root -> {
      if (version == null) {
        root.remove("schemaVersion");
      } else {
        root.set("schemaVersion", version);
      }
    });
    for (AnxiaoJson reader : new AnxiaoJson[] {AnxiaoJson.strict(), AnxiaoJson.lenient()}) {
      WireFormatException e = rejected(reader, json, type);
      assertEquals(WireFormatException.VERSION, e.errorCode(), e.getMessage());
      assertEquals("/schemaVersion", e.pointer(), e.getMessage());
    }
  }

  @Test
  void laterMinorVersionIsReadAndOneTheSchemaCannotParseIsNot() {
    String later = edited(WireSamples.minimalRulePack(), root -> root.put("schemaVersion", "1.7"));
    assertEquals("1.7", AnxiaoJson.strict().readDocument(later, RulePack.DOCUMENT).schemaVersion());
    String odd = edited(WireSamples.minimalRulePack(), root -> root.put("schemaVersion", "1.x"));
    WireFormatException e = rejected(AnxiaoJson.strict(), odd, RulePack.DOCUMENT);
    assertEquals(WireFormatException.SCHEMA, e.errorCode(), e.getMessage());
    assertEquals("/schemaVersion", e.pointer(), e.getMessage());
  }
}

package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.spi.MeterReading;
import org.anxiao.core.spi.TestVocabulary;
import org.junit.jupiter.api.Test;

/**
 * Which schema text an {@code $id} finds (core's, a contributed one, or none: nothing is fetched),
 * which document types have a schema at all, and how many schema errors a refusal counts.
 */
class SchemaLookupTest {
  private static final String BASE = DocumentType.SCHEMA_BASE_URI;
  private static final String READING = """
      {"schemaVersion": "1.0", "meter": {"kind": "METER", "id": "M-1"}, "serial": "SN-7",
       "peakDemand": {"value": "2.5", "unit": "kW"}, "capacity": {"value": "1.5", "unit": "MW"}}""";

  private static String id(String schemaText) throws Exception {
    return new ObjectMapper().readTree(schemaText).get("$id").asText();
  }

  @Test
  void anAnxiaoIdFindsCoreOrContributedSchemaTextFragmentIgnored() throws Exception {
    assertEquals(BASE + "common.schema.json", id(Schemas.bundled(BASE + "common.schema.json")));
    assertEquals(BASE + "common.schema.json", id(Schemas.bundled(BASE + "common.schema.json#/$defs/quantity")));
    assertEquals(BASE + "rule-pack.schema.json", id(Schemas.bundled(BASE + "rule-pack.schema.json#")));
    assertEquals(BASE + "meter-reading.schema.json", id(Schemas.bundled(BASE + "meter-reading.schema.json")));
  }

  @Test
  void anyOtherIdFindsNothing() {
    assertNull(Schemas.bundled(null));
    assertNull(Schemas.bundled("https://example.org/schemas/common.schema.json"));
    assertNull(Schemas.bundled("http://anxiao.org/schemas/common.schema.json"));
    assertNull(Schemas.bundled(BASE + "Common.schema.json"));
    assertNull(Schemas.bundled(BASE + "common.json"));
    assertNull(Schemas.bundled(BASE + "#/$defs/quantity"));
    assertNull(Schemas.bundled(BASE + "sub/common.schema.json"));
    assertNull(Schemas.bundled(BASE + "nobody-contributes-this.schema.json"));
  }

  @Test
  void onlyCoreAndContributedDocumentTypesHaveASchema() {
    UnknownCodeException core = assertThrows(UnknownCodeException.class,
        () -> AnxiaoJson.strict().readDocument(READING, DocumentType.of("meter-readings", MeterReading.class)));
    assertEquals("core document type", core.codeSystem());
    assertEquals("meter-readings", core.value().orElseThrow());
    UnknownCodeException stray = assertThrows(UnknownCodeException.class,
        () -> AnxiaoJson.strict().readDocument(READING, DocumentType.of("meter-reading", MeterReading.class,
            TestVocabulary.class.getModule(), "org/anxiao/core/spi/elsewhere.schema.json")));
    assertEquals("document type contributed by an AnxiaoVocabulary provider", stray.codeSystem());
    assertEquals("SN-7", AnxiaoJson.strict().readDocument(READING, TestVocabulary.METER_READING).serial().value());
  }

  @Test
  void aRefusalReportsTheFirstSchemaErrorAndCountsTheOthers() {
    // four required properties missing: one error each
    WireFormatException four = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument("{\"schemaVersion\": \"1.0\"}", TestVocabulary.METER_READING));
    assertEquals(WireFormatException.SCHEMA, four.errorCode());
    assertTrue(four.rule().endsWith(" (and 3 more) [schema meter-reading]"), four.rule());
    // exactly one error: nothing more to count
    WireFormatException one = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(READING.replace("SN-7", "7"), TestVocabulary.METER_READING));
    assertEquals("/serial", one.pointer());
    assertTrue(one.rule().endsWith("[schema meter-reading]"), one.rule());
    assertFalse(one.rule().contains("more)"), one.rule());
  }

  @Test
  void lenientReadingNeitherReportsNorCountsUnknownProperties() {
    String document = READING.replace("\"SN-7\"", "\"7\", \"colour\": \"red\"");
    WireFormatException strict = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(document, TestVocabulary.METER_READING));
    assertTrue(strict.rule().endsWith(" (and 1 more) [schema meter-reading]"), strict.rule());
    WireFormatException lenient = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.lenient().readDocument(document, TestVocabulary.METER_READING));
    assertEquals(WireFormatException.SCHEMA, lenient.errorCode());
    assertEquals("/serial", lenient.pointer());
    assertFalse(lenient.rule().contains("more)"), lenient.rule());
    MeterReading read = AnxiaoJson.lenient().readDocument(READING.replace("\"SN-7\"", "\"SN-7\", \"colour\": \"red\""),
        TestVocabulary.METER_READING);
    assertEquals("SN-7", read.serial().value());
  }
}

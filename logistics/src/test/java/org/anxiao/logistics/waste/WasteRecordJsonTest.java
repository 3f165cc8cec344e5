package org.anxiao.logistics.waste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.DocumentType;
import org.junit.jupiter.api.Test;

/** The {@code waste-record} document: round trip, schema in the jar, clear errors naming the field. */
class WasteRecordJsonTest {
  private static final String DOC = """
      {"schemaVersion": "1.0", "campus": "main", "period": "2024-10",
       "masses": [{"stream": "RECYCLABLE", "mass": {"value": "300", "unit": "kg"}},
                  {"stream": "HAZARDOUS", "mass": {"value": "2000", "unit": "g"}},
                  {"stream": "WET", "mass": {"value": "0.9", "unit": "t"}},
                  {"stream": "RESIDUAL", "mass": {"value": "798", "unit": "kg"}}],
       "wetTreatedOnSite": {"value": "360", "unit": "kg"},
       "binsInspected": 200, "binsCorrect": 183, "pupils": 1800, "staff": 200, "days": 22}
      """;

  @Test
  void readsTheDocumentInAnyMassUnit() {
    WasteRecord r = WasteRecord.fromJson(DOC);
    assertEquals("main", r.campus());
    assertEquals(WasteFixtures.OCTOBER, r.period());
    // 2 000 g = 2 kg; 0.9 t = 900 kg: the same figures as the worked month.
    assertEquals(WasteFixtures.sorting().sort(WasteFixtures.campus()).figures(), WasteFixtures.sorting().sort(r).figures());
    assertEquals(2000, r.headcount());
  }

  @Test
  void roundTrips() {
    WasteRecord r = WasteFixtures.campus();
    assertEquals(r, WasteRecord.fromJson(r.toJson()));
    assertEquals(DocumentType.CURRENT_VERSION, r.schemaVersion());
    assertTrue(r.toJson().contains("\"stream\":\"WET\""), r.toJson());
  }

  @Test
  void theSchemaIsInTheJar() {
    assertEquals("waste-record", WasteRecord.DOCUMENT.name());
    assertTrue(WasteRecordJsonTest.class.getClassLoader().getResource(WasteRecord.SCHEMA_RESOURCE) != null);
  }

  @Test
  void anUnknownStreamIsAnUnknownCode() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> WasteRecord.fromJson(DOC.replace("\"HAZARDOUS\"", "\"KITCHEN\"")));
    assertEquals("UNKNOWN_CODE", VectorOutcomes.errorCode(e));
  }

  @Test
  void aVolumeIsAUnitMismatch() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> WasteRecord.fromJson(DOC.replace("{\"value\": \"798\", \"unit\": \"kg\"}", "{\"value\": \"1\", \"unit\": \"m3\"}")));
    assertEquals("UNIT_MISMATCH", VectorOutcomes.errorCode(e));
  }

  @Test
  void onSiteAboveWetIsRefused() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> WasteRecord.fromJson(DOC.replace("\"360\"", "\"901\"")));
    assertEquals("INVALID_VALUE", VectorOutcomes.errorCode(e));
    assertTrue(e.getMessage().contains("wetTreatedOnSite"), e.getMessage());
  }

  @Test
  void anUnknownFieldAndAMissingFieldAreRefused() {
    assertThrows(WireFormatException.class, () -> WasteRecord.fromJson(DOC.replace("\"days\": 22", "\"days\": 22, \"x\": 1")));
    assertThrows(WireFormatException.class, () -> WasteRecord.fromJson(DOC.replace(", \"days\": 22", "")));
  }
}

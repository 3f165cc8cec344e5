package org.anxiao.logistics.greening;

import static org.anxiao.logistics.greening.GreeningFixtures.campus;
import static org.anxiao.logistics.greening.GreeningFixtures.dec;
import static org.anxiao.logistics.greening.GreeningFixtures.m2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.logistics.vocabulary.LogisticsVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The {@code campus-greening} document: read through its schema, written and read back equal, schema and model
 * refusals at the JSON pointer of the offending node, the vocabulary lists it.
 */
class GreeningJsonTest {
  /** The worked campus of {@code GreeningTest}: site 20 000 m², green space 6 600, cover 7 400, roof 1 000, vertical 500. */
  private static final String DOC = """
      {"schemaVersion": "1.0", "schoolId": "sch", "campusId": "main", "status": "NEW",
       "siteArea": {"value": "20000", "unit": "m2"}, "greenSpace": {"value": "6600", "unit": "m2"},
       "greenCover": {"value": "7400", "unit": "m2"}, "roofGreening": {"value": "1000", "unit": "m2"},
       "verticalGreening": {"value": "500", "unit": "m2"}}
      """;

  private static CampusGreening read(String json) {
    return AnxiaoJson.strict().readDocument(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        CampusGreening.DOCUMENT);
  }

  private static WireFormatException refused(String json) {
    return assertThrows(WireFormatException.class, () -> read(json));
  }

  /** Bound without the schema, so that the model's own checks answer. */
  private static WireFormatException unbound(String json) {
    return assertThrows(WireFormatException.class, () -> AnxiaoJson.strict().read(json, CampusGreening.class));
  }

  @Test
  void readsTheDocumentThroughItsSchema() {
    CampusGreening c = read(DOC);
    assertEquals("1.0", c.schemaVersion());
    assertEquals("sch", c.schoolId());
    assertEquals("main", c.campusId());
    assertEquals(CampusStatus.NEW, c.status());
    assertEquals(0, dec("20000").compareTo(c.siteSquareMetres()));
    assertEquals(0, dec("500").compareTo(c.verticalSquareMetres()));
    // The same campus as built in code, and the same result: coverage (7 400 + 1 000 × 0.5 + 500 × 0.2) / 20 000
    // = 8 000 / 20 000 = 0.4000; green space (6 600 + 1 000 × 0.3) / 20 000 = 6 900 / 20 000 = 0.3450.
    assertEquals(campus(CampusStatus.NEW, "20000", "6600", "7400", "1000", "500"), c);
    GreeningResult r = GreeningFixtures.factors().assess(c);
    assertEquals(Optional.of(dec("0.4000")), r.coverage());
    assertEquals(Optional.of(dec("0.3450")), r.greenSpaceRatio());
  }

  @Test
  void roundTripsToTheSameBytes() {
    CampusGreening c = read(DOC);
    String written = c.toJson();
    assertEquals("{\"schemaVersion\":\"1.0\",\"schoolId\":\"sch\",\"campusId\":\"main\",\"status\":\"NEW\","
        + "\"siteArea\":{\"value\":\"20000\",\"unit\":\"m2\"},\"greenSpace\":{\"value\":\"6600\",\"unit\":\"m2\"},"
        + "\"greenCover\":{\"value\":\"7400\",\"unit\":\"m2\"},\"roofGreening\":{\"value\":\"1000\",\"unit\":\"m2\"},"
        + "\"verticalGreening\":{\"value\":\"500\",\"unit\":\"m2\"}}", written);
    CampusGreening again = read(written);
    assertEquals(c, again);
    assertEquals(written, again.toJson());
    // A record built in code, with decimals kept as given, round trips too.
    CampusGreening built = campus(CampusStatus.EXISTING, "20000.50", "6999.99", "0", "0.10", "0");
    assertEquals(DocumentType.CURRENT_VERSION, built.schemaVersion());
    assertEquals(built, read(built.toJson()));
    assertTrue(built.toJson().contains("{\"value\":\"20000.50\",\"unit\":\"m2\"}"), built.toJson());
  }

  @Test
  void anAreaInAnotherUnitIsHeldInSquareMetres() {
    // A hectare is 10 000 m²: 2.5 ha = 25 000 m², 0.5 ha = 5 000 m².
    Quantity<Area> site = AnxiaoUnits.of(dec("2.5"), AnxiaoUnits.SQUARE_METER.multiply(10_000));
    Quantity<Area> green = AnxiaoUnits.of(dec("0.5"), AnxiaoUnits.SQUARE_METER.multiply(10_000));
    CampusGreening c = CampusGreening.of("sch", "main", CampusStatus.NEW, site, green, m2("5000"), m2("0"), m2("0"));
    assertEquals(AnxiaoUnits.SQUARE_METER, c.siteArea().getUnit());
    assertEquals(AnxiaoUnits.SQUARE_METER, c.greenSpace().getUnit());
    assertEquals(0, dec("25000").compareTo(c.siteSquareMetres()));
    assertEquals(0, dec("5000").compareTo(c.greenSpaceSquareMetres()));
    assertEquals(c, read(c.toJson()));
    // An area already in m² is kept as given.
    Quantity<Area> cover = m2("5000.0");
    assertSame(cover, CampusGreening.of("sch", "main", CampusStatus.NEW, site, green, cover, m2("0"), m2("0"))
        .greenCover());
  }

  @Test
  void theSchemaRefusesAnUnknownFieldAWrongUnitANegativeValueAndAnUnknownStatus() {
    WireFormatException unknown = refused(DOC.replace("\"status\": \"NEW\"", "\"status\": \"NEW\", \"trees\": 12"));
    assertEquals(WireFormatException.UNKNOWN_FIELD, unknown.errorCode());
    WireFormatException hectares = refused(DOC.replace("{\"value\": \"20000\", \"unit\": \"m2\"}",
        "{\"value\": \"2\", \"unit\": \"ha\"}"));
    assertEquals(WireFormatException.SCHEMA, hectares.errorCode());
    assertEquals("/siteArea/unit", hectares.pointer());
    WireFormatException mass = refused(DOC.replace("{\"value\": \"6600\", \"unit\": \"m2\"}",
        "{\"value\": \"6600\", \"unit\": \"kg\"}"));
    assertEquals(WireFormatException.SCHEMA, mass.errorCode());
    assertEquals("/greenSpace/unit", mass.pointer());
    WireFormatException negative = refused(DOC.replace("\"1000\"", "\"-1000\""));
    assertEquals(WireFormatException.SCHEMA, negative.errorCode());
    assertEquals("/roofGreening/value", negative.pointer());
    WireFormatException status = refused(DOC.replace("\"NEW\"", "\"PLANNED\""));
    assertEquals(WireFormatException.SCHEMA, status.errorCode());
    assertEquals("/status", status.pointer());
    WireFormatException missing = refused(DOC.replace("\"schoolId\": \"sch\", ", ""));
    assertEquals(WireFormatException.SCHEMA, missing.errorCode());
    WireFormatException version = refused(DOC.replace("\"1.0\"", "\"2.0\""));
    assertEquals(WireFormatException.VERSION, version.errorCode());
  }

  @Test
  void aPartLargerThanTheSiteIsRefusedAtItsPointer() {
    WireFormatException e = refused(DOC.replace("\"7400\"", "\"20000.01\""));
    assertEquals(WireFormatException.INVALID_VALUE, e.errorCode());
    assertEquals("/greenCover", e.pointer());
    assertTrue(e.modelError().orElseThrow() instanceof InvalidValueException, e.toString());
    assertTrue(e.getMessage().contains("20000"), e.getMessage());
    // Exactly the site area is allowed.
    assertEquals(0, dec("20000").compareTo(read(DOC.replace("\"7400\"", "\"20000\"")).greenCoverSquareMetres()));
    WireFormatException blank = refused(DOC.replace("\"main\"", "\" \""));
    assertTrue(blank.pointer().startsWith("/campusId"), blank.pointer());
  }

  @Test
  void boundWithoutTheSchemaTheModelRefusesAMassAndAnUnknownStatusAtTheirPointers() {
    WireFormatException mass = unbound(DOC.replace("{\"value\": \"20000\", \"unit\": \"m2\"}",
        "{\"value\": \"20000\", \"unit\": \"t\"}"));
    assertEquals(WireFormatException.INVALID_VALUE, mass.errorCode());
    assertEquals("UNIT_MISMATCH", mass.modelError().orElseThrow().errorCode());
    assertTrue(mass.pointer().startsWith("/siteArea"), mass.pointer());
    WireFormatException status = unbound(DOC.replace("\"NEW\"", "\"PLANNED\""));
    assertEquals("UNKNOWN_CODE", status.modelError().orElseThrow().errorCode());
    assertEquals("/status", status.pointer());
    WireFormatException negative = unbound(DOC.replace("\"500\"", "\"-500\""));
    assertEquals("INVALID_VALUE", negative.modelError().orElseThrow().errorCode());
    assertEquals("/verticalGreening", negative.pointer());
    WireFormatException larger = unbound(DOC.replace("\"6600\"", "\"20001\""));
    assertEquals("/greenSpace", larger.pointer());
  }

  @Test
  void theVocabularyListsTheDocument() {
    assertEquals("campus-greening", CampusGreening.DOCUMENT.name());
    assertEquals(CampusGreening.class, CampusGreening.DOCUMENT.javaType());
    assertTrue(new LogisticsVocabulary().documentTypes().contains(CampusGreening.DOCUMENT));
    assertTrue(DocumentType.contributed().contains(CampusGreening.DOCUMENT));
    assertNotNull(GreeningJsonTest.class.getClassLoader().getResource(CampusGreening.SCHEMA_RESOURCE));
  }
}

package org.anxiao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.anxiao.core.campus.Building;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.money.Money;
import org.anxiao.core.time.Period;
import org.junit.jupiter.api.Test;

/** Malformed and hostile JSON gives a clear {@link WireFormatException} in bounded time. */
class HostileJsonTest {
  private static final AnxiaoJson STRICT = AnxiaoJson.strict();
  private static final String BUILDING = """
      {"id":"b1","name":"1号教学楼","use":"TEACHING","grossFloorArea":{"value":"%s","unit":"%s"}%s}""";

  private static String building(String area, String unit, String extra) {
    return BUILDING.formatted(area, unit, extra);
  }

  private static WireFormatException readFails(String json, Class<?> type) {
    return assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(WireFormatException.class, () -> STRICT.read(json, type)));
  }

  @Test
  void validBuildingReads() {
    Building b = STRICT.read(building("5230.5", "m2", ""), Building.class);
    assertEquals(5230.5, b.grossFloorAreaSquareMetres());
  }

  @Test
  void unknownFieldIsRejectedWhenStrictAndIgnoredWhenLenient() {
    String json = building("100", "m2", ",\"colour\":\"red\"");
    WireFormatException e = readFails(json, Building.class);
    assertEquals(WireFormatException.UNKNOWN_FIELD, e.errorCode());
    assertEquals("/colour", e.pointer());
    assertTrue(e.getMessage().contains("colour"), e.getMessage());
    assertEquals("b1", AnxiaoJson.lenient().read(json, Building.class).id());
  }

  @Test
  void wrongTypeNamesThePointer() {
    WireFormatException e = readFails("{\"id\":\"b1\",\"name\":\"x\",\"use\":\"TEACHING\",\"storeysAboveGround\":\"three\","
        + "\"grossFloorArea\":{\"value\":\"1\",\"unit\":\"m2\"}}", Building.class);
    assertEquals(WireFormatException.MALFORMED, e.errorCode());
    assertEquals("/storeysAboveGround", e.pointer());
  }

  @Test
  void numberForEnumIsRejected() {
    WireFormatException e = readFails(building("1", "m2", "").replace("\"TEACHING\"", "0"), Building.class);
    assertEquals("/use", e.pointer());
  }

  @Test
  void unknownEnumCodeIsRejected() {
    WireFormatException e = readFails(building("1", "m2", "").replace("TEACHING", "SPACESHIP"), Building.class);
    assertEquals("/use", e.pointer());
  }

  @Test
  void nanAndNegativeFloorAreaNameTheField() {
    WireFormatException nan = readFails(building("NaN", "m2", ""), Building.class);
    assertEquals(WireFormatException.INVALID_VALUE, nan.errorCode());
    assertTrue(nan.pointer().startsWith("/grossFloorArea"), nan.pointer());
    assertTrue(nan.modelError().orElseThrow() instanceof InvalidValueException);

    WireFormatException negative = readFails(building("-12.5", "m2", ""), Building.class);
    assertEquals("/grossFloorArea", negative.pointer());
    assertEquals("-12.5", negative.value().orElseThrow());
    assertTrue(negative.getMessage().contains("greater than zero"), negative.getMessage());

    WireFormatException zero = readFails(building("0", "m2", ""), Building.class);
    assertEquals("/grossFloorArea", zero.pointer());
  }

  @Test
  void nanLiteralIsNotJson() {
    WireFormatException e = readFails("{\"id\":\"b1\",\"name\":\"x\",\"use\":\"TEACHING\",\"storeysAboveGround\":NaN,"
        + "\"grossFloorArea\":{\"value\":\"1\",\"unit\":\"m2\"}}", Building.class);
    assertEquals(WireFormatException.MALFORMED, e.errorCode());
  }

  @Test
  void floorAreaInEnergyUnitIsAUnitMismatch() {
    WireFormatException e = readFails(building("100", "kWh", ""), Building.class);
    assertTrue(e.modelError().orElseThrow() instanceof UnitMismatchException, e.getMessage());
    assertTrue(e.pointer().startsWith("/grossFloorArea"), e.pointer());
  }

  @Test
  void unknownUnitIsAnUnknownCode() {
    WireFormatException e = readFails(building("100", "acre", ""), Building.class);
    assertTrue(e.modelError().orElseThrow() instanceof UnknownCodeException, e.getMessage());
  }

  @Test
  void deepNestingHitsTheLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    WireFormatException e = readFails(deep, Object.class);
    assertEquals(WireFormatException.LIMIT, e.errorCode());
  }

  @Test
  void hugeNumberHitsTheLimit() {
    String json = building("1", "m2", "").replace("\"storeysAboveGround\"", "x")
        .replace("{\"id\"", "{\"storeysAboveGround\":" + "9".repeat(5000) + ",\"id\"");
    WireFormatException e = readFails(json, Building.class);
    assertEquals(WireFormatException.LIMIT, e.errorCode());
  }

  @Test
  void hugeDecimalStringIsRejected() {
    WireFormatException e = readFails(building("1" + "0".repeat(200), "m2", ""), Building.class);
    assertTrue(e.pointer().startsWith("/grossFloorArea"), e.pointer());
  }

  @Test
  void exponentBombIsRejected() {
    WireFormatException e = readFails(building("1e999999999", "m2", ""), Building.class);
    assertEquals(WireFormatException.INVALID_VALUE, e.errorCode());
  }

  @Test
  void duplicateKeysAreRejected() {
    WireFormatException e = readFails("{\"id\":\"a\",\"id\":\"b\",\"name\":\"x\",\"use\":\"TEACHING\","
        + "\"grossFloorArea\":{\"value\":\"1\",\"unit\":\"m2\"}}", Building.class);
    assertEquals(WireFormatException.MALFORMED, e.errorCode());
    assertTrue(e.getMessage().contains("Duplicate"), e.getMessage());
  }

  @Test
  void trailingTokensAreRejected() {
    readFails(building("1", "m2", "") + " {}", Building.class);
  }

  @Test
  void missingRequiredFieldIsNamed() {
    WireFormatException e = readFails("{\"id\":\"b1\",\"use\":\"TEACHING\",\"grossFloorArea\":{\"value\":\"1\",\"unit\":\"m2\"}}",
        Building.class);
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void hugeStringHitsTheLimit() {
    AnxiaoJson small = AnxiaoJson.with(true, new JsonLimits(1 << 20, 64, 64, 1000, 256));
    String json = building("1", "m2", "").replace("1号教学楼", "x".repeat(5000));
    WireFormatException e = assertThrows(WireFormatException.class, () -> small.read(json, Building.class));
    assertEquals(WireFormatException.LIMIT, e.errorCode());
  }

  @Test
  void documentSizeLimitApplies() {
    AnxiaoJson small = AnxiaoJson.with(true, new JsonLimits(1000, 64, 64, 1 << 20, 256));
    String json = building("1", "m2", "").replace("1号教学楼", "y".repeat(50_000));
    WireFormatException e = assertThrows(WireFormatException.class, () -> small.read(json, Building.class));
    assertEquals(WireFormatException.LIMIT, e.errorCode());
  }

  @Test
  void polymorphicTypeHintsAreNotHonoured() {
    // No default typing: a class name in the document is just an unknown property.
    WireFormatException e = readFails(building("1", "m2", ",\"@class\":\"java.lang.ProcessBuilder\""), Building.class);
    assertEquals(WireFormatException.UNKNOWN_FIELD, e.errorCode());
  }

  @Test
  void invalidJurisdictionCodes() {
    for (String bad : new String[] {"\"31011\"", "\"ABCDEF\"", "\"990000\"", "\"310012\"", "310112"}) {
      WireFormatException e = readFails(bad, JurisdictionCode.class);
      assertTrue(e.getMessage().contains("jurisdiction") || e.errorCode().equals(WireFormatException.MALFORMED),
          bad + " → " + e.getMessage());
    }
  }

  @Test
  void impossibleDatesInPeriods() {
    for (String bad : new String[] {"\"2024-02-30/2024-03-01\"", "\"2023-13\"", "\"2024-Q5\"", "\"AY2024-2026\"",
        "\"2024-03-01/2024-03-01\"", "\"1066\""}) {
      WireFormatException e = readFails(bad, Period.class);
      assertEquals(WireFormatException.INVALID_VALUE, e.errorCode(), bad);
    }
  }

  @Test
  void moneyWithTooManyDecimalsIsRejectedNotRounded() {
    WireFormatException e = readFails("{\"value\":\"1.005\",\"unit\":\"CNY\"}", Money.class);
    assertTrue(e.getMessage().contains("two decimals"), e.getMessage());
    readFails("{\"value\":\"1.00\",\"unit\":\"USD\"}", Money.class);
  }

  @Test
  void emptyAndGarbageDocuments() {
    assertThrows(WireFormatException.class, () -> STRICT.readTree(new java.io.ByteArrayInputStream(new byte[0])));
    readFails("{", Building.class);
    readFails("\uFEFF\u0000", Building.class);
  }
}

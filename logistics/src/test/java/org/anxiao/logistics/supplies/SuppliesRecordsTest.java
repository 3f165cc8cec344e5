package org.anxiao.logistics.supplies;

import static org.anxiao.logistics.supplies.FictionalQuota.count;
import static org.anxiao.logistics.supplies.FictionalQuota.date;
import static org.anxiao.logistics.supplies.FictionalQuota.dec;
import static org.anxiao.logistics.supplies.FictionalQuota.m2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.campus.Building;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.campus.Campus;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.school.BoardingMode;
import org.anxiao.core.school.Ownership;
import org.anxiao.core.school.School;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;

/** The supplies records refuse bad input at construction, naming the field; the stock reads and writes as JSON. */
class SuppliesRecordsTest {
  private static final LocalizedText NAME = LocalizedText.of("沙袋", "sandbags");

  private static String field(AnxiaoException e) {
    return e.field().orElse("");
  }

  @Test
  void aStockLineRefusesANegativeQuantity() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> StockLine.of("sandbags", Measure.of("-1", "1"), date("2025-01-01")));
    assertEquals("quantity", field(e));
    assertEquals(0, StockLine.of("sandbags", count(0), date("2025-01-01")).quantity().value().signum());
  }

  @Test
  void aStockLineRefusesAnExpiryBeforeItsPurchase() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> StockLine.of("kits", count(1), date("2025-01-02"), date("2025-01-01")));
    assertEquals("expiry", field(e));
    assertEquals("INVALID_VALUE", e.errorCode());
    // Same day is allowed.
    assertEquals(Optional.of(date("2025-01-02")), StockLine.of("kits", count(1), date("2025-01-02"),
        date("2025-01-02")).expiry());
    assertEquals(Optional.empty(), new StockLine("kits", count(1), date("2025-01-02"), null).expiry());
  }

  @Test
  void aStockReadFromJsonNamesTheLineOfABadExpiry() {
    String json = "{\"schemaVersion\":\"1.0\",\"schoolId\":\"S1\",\"lines\":["
        + "{\"item\":\"kits\",\"quantity\":{\"value\":\"1\",\"unit\":\"1\"},\"purchased\":\"2025-01-01\"},"
        + "{\"item\":\"kits\",\"quantity\":{\"value\":\"1\",\"unit\":\"1\"},\"purchased\":\"2025-01-02\","
        + "\"expiry\":\"2025-01-01\"}]}";
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().readDocument(json, SupplyStock.DOCUMENT));
    // The wire reader names the line by its JSON pointer; the model's error underneath is INVALID_VALUE.
    assertEquals(Optional.of("/lines/1/expiry"), e.field());
    assertEquals("INVALID_VALUE", e.modelError().orElseThrow().errorCode());
    assertTrue(e.getMessage().contains("must not be before the purchase date 2025-01-02"), e.getMessage());
  }

  @Test
  void aStockRoundTripsThroughItsDocumentType() {
    SupplyStock stock = SupplyStock.of("S1", List.of(StockLine.of("sandbags", count(300), date("2024-05-01")),
        StockLine.of("sand", Measure.of("4.5", "t"), date("2024-05-01"), date("2029-05-01"))));
    String json = stock.toJson();
    assertEquals(stock, AnxiaoJson.strict().readDocument(json, SupplyStock.DOCUMENT));
    assertEquals("supplies-stock", SupplyStock.DOCUMENT.name());
    assertTrue(json.contains("\"expiry\":\"2029-05-01\""), json);
    // A negative quantity is refused by the schema.
    String negative = json.replace("\"300\"", "\"-300\"");
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(negative, SupplyStock.DOCUMENT));
    // An unknown field is refused.
    String extra = json.replace("\"schoolId\"", "\"colour\":\"red\",\"schoolId\"");
    assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().readDocument(extra, SupplyStock.DOCUMENT));
  }

  @Test
  void aStockRefusesABadHeader() {
    assertEquals("schemaVersion", field(assertThrows(InvalidValueException.class,
        () -> new SupplyStock("2.0", "S1", List.of()))));
    assertEquals("schoolId", field(assertThrows(InvalidValueException.class, () -> SupplyStock.of(" ", List.of()))));
  }

  @Test
  void aSchoolSizeRefusesAreasInTheWrongUnitAndNegativeValues() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Quantity<Area> mass = (Quantity) AnxiaoUnits.of(new BigDecimal("100"), AnxiaoUnits.KILOGRAM_MASS);
    assertEquals("floorArea", field(assertThrows(UnitMismatchException.class,
        () -> new SchoolSize(1, 1, mass, m2("1")))));
    assertEquals("siteArea", field(assertThrows(UnitMismatchException.class,
        () -> new SchoolSize(1, 1, m2("1"), mass))));
    assertEquals("floorArea", field(assertThrows(InvalidValueException.class,
        () -> new SchoolSize(1, 1, m2("-0.01"), m2("1")))));
    assertEquals("siteArea", field(assertThrows(InvalidValueException.class,
        () -> new SchoolSize(1, 1, m2("1"), m2("-5")))));
    assertEquals("pupils", field(assertThrows(InvalidValueException.class,
        () -> new SchoolSize(-1, 1, m2("1"), m2("1")))));
    assertEquals("buildings", field(assertThrows(InvalidValueException.class,
        () -> new SchoolSize(1, -1, m2("1"), m2("1")))));
    // Another area unit is converted exactly: 1 ha = 10,000 m² when core knows ha; m2 itself always.
    assertEquals(0, dec("31000").compareTo(new SchoolSize(0, 0, m2("0"), m2("31000")).basis(QuotaBasis.SITE_AREA)));
  }

  @Test
  void aSchoolSizeComesFromACoreSchool() {
    Building a = Building.builder().id("A").name("教学楼").use(BuildingUse.TEACHING)
        .grossFloorArea(m2("8000.5")).storeysAboveGround(5).build();
    Building b = Building.builder().id("B").name("食堂").use(BuildingUse.CANTEEN)
        .grossFloorArea(m2("1999.5")).storeysAboveGround(2).build();
    School school = School.builder().id("S1").name("示例学校").jurisdiction(JurisdictionCode.of("310112"))
        .type(SchoolType.PRIMARY).ownership(Ownership.PUBLIC).boarding(BoardingMode.NONE).addEnrolment(new StageEnrolment(SchoolStage.PRIMARY, 240, 6))
        .addCampuses(Campus.builder().id("main").name("本部").addBuildings(a, b).build()).build();
    SchoolSize size = SchoolSize.of(school, m2("12000"));
    assertEquals(240, size.pupils());
    assertEquals(2, size.buildings());
    // 8,000.5 + 1,999.5 = 10,000 m².
    assertEquals(0, dec("10000").compareTo(size.basis(QuotaBasis.FLOOR_AREA)));
    assertEquals(0, dec("12000").compareTo(size.basis(QuotaBasis.SITE_AREA)));
    assertEquals(0, dec("240").compareTo(size.basis(QuotaBasis.PUPILS)));
    assertEquals(0, dec("2").compareTo(size.basis(QuotaBasis.BUILDINGS)));
  }

  @Test
  void aQuotaTermRoundsEachStepUpAndRefusesABadStep() {
    QuotaTerm t = new QuotaTerm(QuotaBasis.PUPILS, dec("100"), dec("10"));
    assertEquals(0, dec("0").compareTo(t.steps(dec("0"))));
    assertEquals(0, dec("1").compareTo(t.steps(dec("1"))));
    assertEquals(0, dec("1").compareTo(t.steps(dec("100"))));
    assertEquals(0, dec("2").compareTo(t.steps(dec("100.01"))));
    assertEquals(0, dec("20").compareTo(t.amount(dec("101"))));
    assertEquals("value", field(assertThrows(InvalidValueException.class, () -> t.steps(dec("-1")))));
    assertEquals("per", field(assertThrows(InvalidValueException.class,
        () -> new QuotaTerm(QuotaBasis.PUPILS, dec("0"), dec("1")))));
    assertEquals("quantity", field(assertThrows(InvalidValueException.class,
        () -> new QuotaTerm(QuotaBasis.PUPILS, dec("1"), dec("0")))));
    assertEquals("quantity", field(assertThrows(InvalidValueException.class,
        () -> new QuotaTerm(QuotaBasis.PUPILS, dec("1"), dec("-2")))));
  }

  @Test
  void aQuotaItemChecksItsUnitShelfLifeAndTerms() {
    QuotaTerm pupils = new QuotaTerm(QuotaBasis.PUPILS, dec("100"), dec("10"));
    assertEquals("unit", field(assertThrows(UnknownCodeException.class,
        () -> new QuotaItem("x", NAME, "bags", Optional.empty(), dec("1"), List.of()))));
    assertEquals("shelfLifeMonths", field(assertThrows(InvalidValueException.class,
        () -> new QuotaItem("x", NAME, "1", Optional.of(0), dec("1"), List.of()))));
    assertEquals("shelfLifeMonths", field(assertThrows(InvalidValueException.class,
        () -> new QuotaItem("x", NAME, "1", Optional.of(1201), dec("1"), List.of()))));
    assertEquals(Optional.of(1200), new QuotaItem("x", NAME, "1", Optional.of(1200), dec("1"), List.of()).shelfLifeMonths());
    assertEquals(Optional.of(1), new QuotaItem("x", NAME, "1", Optional.of(1), dec("1"), List.of()).shelfLifeMonths());
    assertEquals("base", field(assertThrows(InvalidValueException.class,
        () -> new QuotaItem("x", NAME, "1", Optional.empty(), dec("-1"), List.of()))));
    assertEquals("terms[1].basis", field(assertThrows(InvalidValueException.class,
        () -> new QuotaItem("x", NAME, "1", Optional.empty(), dec("1"), List.of(pupils, pupils)))));
    // A counted item needs whole numbers; a measured one does not.
    assertEquals("base", field(assertThrows(InvalidValueException.class,
        () -> new QuotaItem("x", NAME, "1", Optional.empty(), dec("0.5"), List.of()))));
    assertEquals("terms[0].quantity", field(assertThrows(InvalidValueException.class,
        () -> new QuotaItem("x", NAME, "1", Optional.empty(), dec("1"),
            List.of(new QuotaTerm(QuotaBasis.BUILDINGS, dec("1"), dec("1.5")))))));
    assertEquals(0, dec("0.5").compareTo(new QuotaItem("x", NAME, "t", Optional.empty(), dec("0.5"),
        List.of(new QuotaTerm(QuotaBasis.BUILDINGS, dec("1"), dec("1.5")))).base()));
    assertEquals(0, dec("2.0").compareTo(new QuotaItem("x", NAME, "1", null, dec("2.0"), List.of()).base()));
    assertEquals(0, dec("0").compareTo(new QuotaItem("x", NAME, "1", null, dec("0.00"), List.of()).base()));
  }

  @Test
  void aQuotaListsItemsOnceAndAtLeastOne() {
    QuotaItem a = new QuotaItem("a", NAME, "1", Optional.empty(), dec("1"), List.of());
    assertEquals("items", field(assertThrows(InvalidValueException.class, () -> new SupplyQuota(List.of()))));
    assertEquals("items[1].code", field(assertThrows(InvalidValueException.class, () -> new SupplyQuota(List.of(a, a)))));
    SupplyQuota q = new SupplyQuota(List.of(a));
    assertEquals(Optional.of(a), q.item("a"));
    assertEquals(Optional.empty(), q.item("b"));
  }

  @Test
  void theResultRecordsKeepTheirInvariants() {
    QuotaTerm t = new QuotaTerm(QuotaBasis.PUPILS, dec("100"), dec("10"));
    TermAmount ok = TermAmount.of(t, dec("250"));
    assertEquals(0, dec("3").compareTo(ok.steps()));
    assertEquals(0, dec("30").compareTo(ok.amount()));
    assertEquals("amount", field(assertThrows(InvalidValueException.class,
        () -> new TermAmount(QuotaBasis.PUPILS, dec("250"), dec("100"), dec("3"), dec("10"), dec("31")))));
    assertEquals("expiring", field(assertThrows(InvalidValueException.class, () -> new SupplyLine("x", NAME, "1",
        dec("0"), List.of(), dec("5"), dec("2"), dec("0"), dec("3"), Optional.empty(), dec("3")))));
    assertEquals("shortfall", field(assertThrows(InvalidValueException.class, () -> new SupplyLine("x", NAME, "1",
        dec("0"), List.of(), dec("5"), dec("2"), dec("0"), dec("0"), Optional.empty(), dec("2")))));
    SupplyLine line = new SupplyLine("x", NAME, "1", dec("0"), List.of(), dec("5"), dec("7"), dec("0"), dec("7"), null,
        dec("0"));
    assertEquals(Optional.empty(), line.nextExpiry());
    assertEquals("nextExpiry", field(assertThrows(InvalidValueException.class, () -> new SupplyLine("x", NAME, "1",
        dec("0"), List.of(), dec("5"), dec("7"), dec("0"), dec("7"), Optional.of(LocalDate.of(1700, 1, 1)), dec("0")))));
  }
}

package org.anxiao.logistics.waste;

import static org.anxiao.logistics.waste.WasteFixtures.OCTOBER;
import static org.anxiao.logistics.waste.WasteFixtures.S1;
import static org.anxiao.logistics.waste.WasteFixtures.cubicMetres;
import static org.anxiao.logistics.waste.WasteFixtures.kg;
import static org.anxiao.logistics.waste.WasteFixtures.mass;
import static org.anxiao.logistics.waste.WasteFixtures.masses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input is refused at construction with a typed error naming the field. */
class WasteBadInputTest {
  private static void refused(Class<? extends AnxiaoException> type, String field, Executable call) {
    AnxiaoException e = assertThrows(type, call);
    assertEquals(field, e.field().orElseThrow(), e.getMessage());
  }

  private static FoodWasteRecord food(long meals, Quantity<Mass> plate, Quantity<Mass> bought, Quantity<Mass> lost,
      long trays, long clean) {
    return new FoodWasteRecord("C1", S1, meals, plate, bought, lost, trays, clean);
  }

  @Test
  void negativeMassesAreRefused() {
    refused(InvalidValueException.class, "plateWaste", () -> food(1, kg("-0.01"), kg("1"), kg("0"), 1, 1));
    refused(InvalidValueException.class, "ingredientsPurchased", () -> food(1, kg("1"), kg("-1"), kg("0"), 1, 1));
    refused(InvalidValueException.class, "ingredientsLost", () -> food(1, kg("1"), kg("1"), kg("-1"), 1, 1));
    refused(InvalidValueException.class, "mass", () -> mass(WasteStream.WET, "-5"));
    refused(InvalidValueException.class, "wetTreatedOnSite",
        () -> WasteRecord.of("main", OCTOBER, masses("1", "1", "1"), kg("-1"), 0, 0, 0, 0, 0));
  }

  @Test
  void aVolumeForAMassIsAUnitMismatch() {
    refused(UnitMismatchException.class, "plateWaste", () -> food(1, cubicMetres("1"), kg("1"), kg("0"), 1, 1));
    refused(UnitMismatchException.class, "ingredientsLost", () -> food(1, kg("1"), kg("1"), cubicMetres("0"), 1, 1));
    refused(UnitMismatchException.class, "mass", () -> new StreamMass(WasteStream.WET, cubicMetres("2")));
    refused(UnitMismatchException.class, "wetTreatedOnSite",
        () -> WasteRecord.of("main", OCTOBER, masses("1"), cubicMetres("0"), 0, 0, 0, 0, 0));
  }

  @Test
  void nonFiniteMassesAreRefused() {
    // A double is read exactly: 1.5 kg is accepted; a value past 64 integer digits is refused.
    assertEquals(0, new BigDecimal("1.5").compareTo(new StreamMass(WasteStream.WET,
        tech.units.indriya.quantity.Quantities.getQuantity(1.5d, AnxiaoUnits.KILOGRAM_MASS)).kg()));
    assertThrows(InvalidValueException.class, () -> new StreamMass(WasteStream.WET,
        tech.units.indriya.quantity.Quantities.getQuantity(1e300d, AnxiaoUnits.KILOGRAM_MASS)));
    assertThrows(InvalidValueException.class, () -> new StreamMass(WasteStream.WET, kg("1E+70")));
  }

  @Test
  void lossAboveThePurchaseIsRefused() {
    // 8 000.01 kg lost of 8 000 kg bought; 8 000 of 8 000 is accepted (rate 1.0000).
    refused(InvalidValueException.class, "ingredientsLost", () -> food(1, kg("1"), kg("8000"), kg("8000.01"), 1, 1));
    assertEquals(Optional.of(new BigDecimal("1.0000")),
        WasteFixtures.food().measure(food(1, kg("1"), kg("8000"), kg("8000"), 1, 1)).figures().lossRate());
  }

  @Test
  void cleanTraysAboveTraysCountedAreRefused() {
    refused(InvalidValueException.class, "traysClean", () -> food(1, kg("1"), kg("1"), kg("0"), 1_200, 1_201));
    assertEquals(Optional.of(BigDecimal.ONE.setScale(4)),
        WasteFixtures.food().measure(food(1, kg("1"), kg("1"), kg("0"), 1_200, 1_200)).figures().cleanTrayRate());
  }

  @Test
  void countsOutOfBoundsAreRefused() {
    refused(InvalidValueException.class, "personMeals", () -> food(-1, kg("1"), kg("1"), kg("0"), 1, 1));
    refused(InvalidValueException.class, "traysCounted", () -> food(1, kg("1"), kg("1"), kg("0"), -1, 0));
    refused(InvalidValueException.class, "personMeals", () -> food(10_000_001, kg("1"), kg("1"), kg("0"), 1, 1));
    refused(InvalidValueException.class, "binsInspected",
        () -> WasteRecord.of("main", OCTOBER, masses("1"), kg("0"), -1, 0, 0, 0, 0));
    refused(InvalidValueException.class, "pupils",
        () -> WasteRecord.of("main", OCTOBER, masses("1"), kg("0"), 0, 0, -1, 0, 0));
    refused(InvalidValueException.class, "staff",
        () -> WasteRecord.of("main", OCTOBER, masses("1"), kg("0"), 0, 0, 0, -1, 0));
    refused(InvalidValueException.class, "days",
        () -> WasteRecord.of("main", OCTOBER, masses("1"), kg("0"), 0, 0, 0, 0, -1));
  }

  @Test
  void onSiteWetAboveTheWetTotalIsRefused() {
    // 900.001 kg on site of 900 kg wet; 900 of 900 is accepted (share 1.0000). No WET line: nothing may be on site.
    refused(InvalidValueException.class, "wetTreatedOnSite",
        () -> WasteRecord.of("main", OCTOBER, masses("300", "2", "900", "798"), kg("900.001"), 0, 0, 0, 0, 0));
    WasteRecord all = WasteRecord.of("main", OCTOBER, masses("300", "2", "900", "798"), kg("900"), 0, 0, 0, 0, 0);
    assertEquals(Optional.of(new BigDecimal("1.0000")), WasteFixtures.sorting().sort(all).figures().wetOnSiteShare());
    refused(InvalidValueException.class, "wetTreatedOnSite",
        () -> WasteRecord.of("main", OCTOBER, masses("300"), kg("0.001"), 0, 0, 0, 0, 0));
  }

  @Test
  void correctBinsAboveBinsInspectedAreRefused() {
    refused(InvalidValueException.class, "binsCorrect",
        () -> WasteRecord.of("main", OCTOBER, masses("1"), kg("0"), 200, 201, 0, 0, 0));
  }

  @Test
  void daysBeyondThePeriodAreRefused() {
    // October has 31 days: 31 is accepted, 32 refused.
    assertEquals(31, WasteRecord.of("main", OCTOBER, masses("1"), kg("0"), 0, 0, 1, 0, 31).days());
    refused(InvalidValueException.class, "days",
        () -> WasteRecord.of("main", OCTOBER, masses("1"), kg("0"), 0, 0, 1, 0, 32));
  }

  @Test
  void aStreamTwiceIsRefused() {
    refused(InvalidValueException.class, "masses[2].stream", () -> WasteRecord.of("main", OCTOBER,
        List.of(mass(WasteStream.WET, "1"), mass(WasteStream.RESIDUAL, "1"), mass(WasteStream.WET, "2")), kg("0"),
        0, 0, 0, 0, 0));
  }

  @Test
  void anUnknownStreamCodeNamesTheField() {
    refused(UnknownCodeException.class, "masses[0].stream", () -> WasteStream.of("masses[0].stream", "KITCHEN"));
    assertEquals(WasteStream.WET, WasteStream.of("stream", "WET"));
    refused(UnknownCodeException.class, "stream", () -> WasteStream.of("stream", "wet"));
    assertEquals("湿垃圾", WasteStream.WET.label().zh());
    assertEquals("recyclable", WasteStream.RECYCLABLE.label().en());
  }

  @Test
  void missingAndBlankValuesAreRefused() {
    assertThrows(MissingValueException.class, () -> new FoodWasteRecord("C1", null, 1, kg("1"), kg("1"), kg("0"), 1, 1));
    assertThrows(MissingValueException.class, () -> food(1, null, kg("1"), kg("0"), 1, 1));
    assertThrows(AnxiaoException.class, () -> new FoodWasteRecord(" ", S1, 1, kg("1"), kg("1"), kg("0"), 1, 1));
    assertThrows(MissingValueException.class, () -> new StreamMass(null, kg("1")));
    assertThrows(AnxiaoException.class, () -> WasteRecord.of("main", OCTOBER, null, kg("0"), 0, 0, 0, 0, 0));
    assertThrows(AnxiaoException.class, () -> WasteFixtures.food().measure(null));
    assertThrows(AnxiaoException.class, () -> WasteFixtures.sorting().sort(null));
    assertThrows(AnxiaoException.class, () -> WasteFixtures.food().trend(null));
    assertThrows(AnxiaoException.class, () -> new WasteRecord("2.0", "main", OCTOBER, masses("1"), kg("0"), 0, 0, 0, 0,
        0));
  }

  @Test
  void resultInvariantsAreChecked() {
    Optional<BigDecimal> one = Optional.of(BigDecimal.ONE);
    refused(InvalidValueException.class, "lossRate",
        () -> new FoodWasteFigures(one, Optional.of(new BigDecimal("1.0001")), one));
    refused(InvalidValueException.class, "cleanTrayRate",
        () -> new FoodWasteFigures(one, one, Optional.of(new BigDecimal("-0.0001"))));
    assertThrows(InvalidValueException.class, () -> new FoodWasteFigures(Optional.of(new BigDecimal("-1")), one, one));
    refused(InvalidValueException.class, "recoveredKg", () -> new WasteFigures(BigDecimal.ONE, List.of(), Optional.empty(),
        BigDecimal.TEN, Optional.empty(), Optional.empty(), Optional.empty()));
    assertThrows(InvalidValueException.class, () -> new StreamShare(WasteStream.WET, BigDecimal.ONE,
        Optional.of(new BigDecimal("2"))));
    Period from = S1;
    refused(InvalidValueException.class, "change", () -> new MeasureChange(FoodWasteMeasure.LOSS_RATE, from, from,
        one, Optional.empty(), one, TrendDirection.IMPROVED));
    refused(InvalidValueException.class, "direction", () -> new MeasureChange(FoodWasteMeasure.LOSS_RATE, from, from,
        Optional.empty(), one, Optional.empty(), TrendDirection.UNCHANGED));
    refused(InvalidValueException.class, "direction", () -> new MeasureChange(FoodWasteMeasure.LOSS_RATE, from, from,
        one, one, Optional.of(BigDecimal.ZERO), TrendDirection.NOT_COMPARABLE));
    FoodWasteResult r = WasteFixtures.food().measure(WasteFixtures.worked());
    refused(InvalidValueException.class, "changes", () -> new FoodWasteTrend("C1", List.of(r, r), List.of()));
    refused(InvalidValueException.class, "terms", () -> new FoodWasteTrend("C1", List.of(), List.of()));
    assertTrue(new FoodWasteTrend("C1", List.of(r), List.of()).changes(FoodWasteMeasure.LOSS_RATE).isEmpty());
  }
}

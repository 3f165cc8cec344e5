package org.anxiao.logistics.waste;

import static org.anxiao.logistics.waste.WasteFixtures.S1;
import static org.anxiao.logistics.waste.WasteFixtures.kg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** The result records refuse values outside their documented domains, naming the field. */
class WasteValueRecordsTest {
  private static final BigDecimal HUGE = new BigDecimal("1E+100");
  private static final Optional<BigDecimal> ABOVE_ONE = Optional.of(new BigDecimal("1.0001"));

  private static void refused(String field, Executable call) {
    AnxiaoException e = assertThrows(InvalidValueException.class, call);
    assertEquals(field, e.field().orElseThrow(), e.getMessage());
  }

  private static WasteFigures figures(Optional<BigDecimal> accuracy, Optional<BigDecimal> recycling,
      Optional<BigDecimal> onSite) {
    return new WasteFigures(new BigDecimal("10"), List.of(), accuracy, BigDecimal.ONE, recycling, onSite,
        Optional.empty());
  }

  @Test
  void wasteFiguresKeepEveryShareInZeroToOne() {
    Optional<BigDecimal> one = Optional.of(BigDecimal.ONE);
    assertEquals(one, figures(one, one, one).sortingAccuracy(), "1 is a share");
    refused("sortingAccuracy", () -> figures(ABOVE_ONE, one, one));
    refused("recyclingRate", () -> figures(one, ABOVE_ONE, one));
    refused("wetOnSiteShare", () -> figures(one, one, ABOVE_ONE));
    refused("wetOnSiteShare", () -> figures(one, one, Optional.of(new BigDecimal("-0.0001"))));
  }

  @Test
  void measureChangesRefuseValuesThatAreNotDecimalsOfTheLibrary() {
    Period s2 = Period.parse("AY2024-2025-S2");
    Optional<BigDecimal> a = Optional.of(new BigDecimal("0.5"));
    assertEquals(TrendDirection.UNCHANGED, new MeasureChange(FoodWasteMeasure.LOSS_RATE, S1, s2, a, a,
        Optional.of(BigDecimal.ZERO), TrendDirection.UNCHANGED).direction());
    refused("previous", () -> new MeasureChange(FoodWasteMeasure.LOSS_RATE, S1, s2, Optional.of(HUGE), a,
        Optional.of(BigDecimal.ZERO), TrendDirection.UNCHANGED));
    refused("current", () -> new MeasureChange(FoodWasteMeasure.LOSS_RATE, S1, s2, a, Optional.of(HUGE),
        Optional.of(BigDecimal.ZERO), TrendDirection.UNCHANGED));
    refused("change", () -> new MeasureChange(FoodWasteMeasure.LOSS_RATE, S1, s2, a, a, Optional.of(HUGE),
        TrendDirection.UNCHANGED));
  }

  @Test
  void aFiniteFloatMassIsAMass() {
    // Indriya itself refuses NaN and infinite values; a finite float is read through its double value.
    assertEquals(1, new FoodWasteRecord("C1", S1, 1, Quantities.getQuantity(0.5f, Units.KILOGRAM), kg("1"), kg("0"),
        1, 1).personMeals());
  }
}

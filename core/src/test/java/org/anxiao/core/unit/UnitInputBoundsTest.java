package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** A quantity needs a unit and a value within the bounds. */
class UnitInputBoundsTest {
  @Test
  void aNullUnitIsAMissingValue() {
    assertEquals("unit", assertThrows(MissingValueException.class, () -> AnxiaoUnits.of(1, null)).field().orElseThrow());
    assertEquals("unit", assertThrows(MissingValueException.class, () -> AnxiaoUnits.of("1", null)).field().orElseThrow());
    assertEquals("quantity", assertThrows(MissingValueException.class,
        () -> AnxiaoUnits.toDouble(null, AnxiaoUnits.KILOWATT_HOUR)).field().orElseThrow());
  }

  @Test
  void extremeValuesAreRefused() {
    for (Number bad : new Number[] {new BigDecimal("1E+999999999"), new BigDecimal("1E-999999999"), 1e300, Double.NaN}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> AnxiaoUnits.of(bad, AnxiaoUnits.KILOWATT_HOUR),
          bad::toString);
      assertEquals("value", e.field().orElseThrow());
    }
    assertThrows(InvalidValueException.class, () -> new UnitDefinition("x", "energy", org.anxiao.core.text.LocalizedText.of("x", "x"),
        new BigDecimal("1E+999999999"), "kJ", java.util.Optional.empty(), org.anxiao.core.rule.Citation.of("i", "d", 2020),
        java.time.LocalDate.of(2020, 1, 1), org.anxiao.core.rule.Verification.SECONDARY));
  }
}

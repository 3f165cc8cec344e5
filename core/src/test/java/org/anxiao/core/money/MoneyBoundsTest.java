package org.anxiao.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Extreme magnitudes and scales are refused as invalid values, never as arithmetic errors. */
class MoneyBoundsTest {
  @Test
  void extremeAmountsAreInvalidValues() {
    for (BigDecimal bad : new BigDecimal[] {new BigDecimal("1E+999999999"), new BigDecimal("-1E+999999999"),
        new BigDecimal("1E-999999999"), BigDecimal.valueOf(1, Integer.MIN_VALUE), BigDecimal.valueOf(1, Integer.MAX_VALUE)}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.ofYuan(bad), bad::toString);
      assertEquals("value", e.field().orElseThrow());
      assertTrue(e.value().isPresent());
      assertThrows(InvalidValueException.class, () -> Money.ofYuan(bad, RoundingMode.HALF_UP), bad::toString);
    }
    assertEquals(new BigDecimal("1.00"), Money.ofYuan(new BigDecimal("1.000")).value());
  }

  @Test
  void roundingThatIsNeededButNotAllowedIsAnInvalidValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Money.ofYuan(new BigDecimal("1.005"), RoundingMode.UNNECESSARY));
    assertEquals("value", e.field().orElseThrow());
    assertThrows(InvalidValueException.class,
        () -> Money.ofYuan("1").ratioTo(Money.ofYuan("3"), 2, RoundingMode.UNNECESSARY));
    InvalidValueException scale = assertThrows(InvalidValueException.class,
        () -> Money.ofYuan("1").ratioTo(Money.ofYuan("3"), Integer.MIN_VALUE, RoundingMode.HALF_UP));
    assertEquals("scale", scale.field().orElseThrow());
  }
}

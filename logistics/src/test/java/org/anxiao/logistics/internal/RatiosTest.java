package org.anxiao.logistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Shares to one basis point half up, none on zero; thresholds compared exactly. */
class RatiosTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void sharesRoundHalfUpToFourPlacesAndNoneOnZero() {
    assertEquals(Optional.of(d("0.0313")), Ratios.share(1, 32), "1/32 = 0.03125 → 0.0313 (half even: 0.0312)");
    assertEquals(Optional.of(d("0.6667")), Ratios.share(2, 3));
    assertEquals(Optional.of(d("1.0000")), Ratios.share(d("7"), d("7")));
    assertEquals(Optional.of(d("-0.5000")), Ratios.share(d("-1"), d("2")), "a deficit's share is negative");
    assertEquals(Optional.empty(), Ratios.share(5, 0));
    assertEquals(Optional.empty(), Ratios.share(d("0"), d("0.00")));
    assertThrows(InvalidValueException.class, () -> Ratios.share(d("1E+100"), d("1")));
  }

  @Test
  void limitsAreComparedWithTheExactQuotient() {
    // 300.01 / 10000 = 0.030001 shows 0.0300 but is above 0.03.
    assertTrue(Ratios.exceeds(d("300.01"), d("10000"), d("0.03")));
    assertFalse(Ratios.exceeds(d("300"), d("10000"), d("0.03")), "on the limit is not above it");
    assertFalse(Ratios.exceeds(d("299.99"), d("10000"), d("0.03")));
    // 5999.99 / 10000 = 0.599999 shows 0.6000 but falls short of 0.6.
    assertTrue(Ratios.fallsShort(d("5999.99"), d("10000"), d("0.6")));
    assertFalse(Ratios.fallsShort(d("6000"), d("10000"), d("0.6")), "on the minimum is not short of it");
    assertFalse(Ratios.fallsShort(d("6000.01"), d("10000"), d("0.6")));
    assertThrows(InvalidValueException.class, () -> Ratios.exceeds(d("1"), d("0"), d("0.5")));
    assertThrows(InvalidValueException.class, () -> Ratios.fallsShort(d("1"), d("-1"), d("0.5")));
    assertThrows(InvalidValueException.class, () -> Ratios.fallsShort(d("1"), d("0"), d("0.5")));
  }
}

package org.anxiao.logistics.greening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A counted area's factors lie in [0, 1], in the constructor and in {@code of}; the sum is checked. */
class CountedAreaTest {
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal OVER = new BigDecimal("1.01");
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private static void refused(String field, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(field, e.field().orElseThrow(), e.getMessage());
  }

  @Test
  void factorsAboveOneAreRefusedNamingTheField() {
    // 10 + 10 × 0.5 + 10 × 1 = 25.
    assertEquals(0, new BigDecimal("25").compareTo(CountedArea.of(TEN, TEN, HALF, TEN, ONE).counted()));
    refused("roofFactor", () -> CountedArea.of(TEN, TEN, OVER, TEN, ONE));
    refused("verticalFactor", () -> CountedArea.of(TEN, TEN, HALF, TEN, OVER));
    // 10 + 10 × 1.01 + 10 × 0.5 = 25.1, consistent, still refused for its factor.
    refused("roofFactor", () -> new CountedArea(TEN, TEN, OVER, TEN, HALF, new BigDecimal("25.1")));
    refused("verticalFactor", () -> new CountedArea(TEN, TEN, HALF, TEN, OVER, new BigDecimal("25.1")));
    refused("counted", () -> new CountedArea(TEN, TEN, HALF, TEN, ONE, new BigDecimal("24")));
  }
}

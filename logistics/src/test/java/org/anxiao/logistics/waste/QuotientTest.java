package org.anxiao.logistics.waste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A measure's exact terms: rounded half up for show, compared exactly with a target. */
class QuotientTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void roundsHalfUpToTheStatedPlacesAndNotAtAllOnZero() {
    // 1 000.5 g / 100 = 10.005 → 10.01 (half even would give 10.00); 1 / 32 = 0.03125 → 0.0313.
    assertEquals(Optional.of(d("10.01")), new Quotient(d("1000.5"), d("100")).rounded(2));
    assertEquals(Optional.of(d("0.0313")), Quotient.of(1, 32).share());
    // 2 000 / 49 500 = 0.040404… → 0.040 to 3 places.
    assertEquals(Optional.of(d("0.040")), new Quotient(d("2000"), d("49500")).rounded(3));
    assertEquals(Optional.empty(), Quotient.of(0, 0).share());
    assertEquals(Optional.empty(), new Quotient(d("5"), BigDecimal.ZERO).rounded(2));
  }

  @Test
  void comparesTheExactQuotientNotTheRoundedOne() {
    // 420 040 / 12 000 = 35.0033… shows 35.00 but is above 35; 420 000 / 12 000 = 35 exactly is not.
    assertTrue(new Quotient(d("420040"), d("12000")).above(d("35")));
    assertFalse(new Quotient(d("420000"), d("12000")).above(d("35")));
    assertFalse(new Quotient(d("419990"), d("12000")).above(d("35")));
    // 17 999 / 20 000 = 0.89995 shows 0.9000 but is below 0.9; 18 000 / 20 000 is not; 18 001 is not.
    assertTrue(Quotient.of(17_999, 20_000).below(d("0.9")));
    assertFalse(Quotient.of(18_000, 20_000).below(d("0.9")));
    assertFalse(Quotient.of(18_001, 20_000).below(d("0.9")));
    assertThrows(InvalidValueException.class, () -> Quotient.of(1, 0).above(d("0.5")));
  }
}

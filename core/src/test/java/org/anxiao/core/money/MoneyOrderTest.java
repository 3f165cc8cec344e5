package org.anxiao.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Sign, order and the integer-digit bound of amounts. */
class MoneyOrderTest {
  @Test
  void zeroAndPositiveAmountsAreNotNegative() {
    assertFalse(Money.ZERO.isNegative());
    assertFalse(Money.ofYuan("0.01").isNegative());
    assertFalse(Money.ofYuan("-0.00").isNegative(), "minus zero is zero");
    assertTrue(Money.ofYuan("-0.01").isNegative());
  }

  @Test
  void amountsAreOrderedByValue() {
    Money small = Money.ofYuan("-3.50");
    Money mid = Money.ofYuan("0");
    Money big = Money.ofYuan("12.3");
    assertTrue(small.compareTo(mid) < 0);
    assertTrue(big.compareTo(mid) > 0);
    assertEquals(0, Money.ofYuan("12.30").compareTo(big));
    List<Money> sorted = new ArrayList<>(List.of(big, small, mid));
    sorted.sort(null);
    assertEquals(List.of(small, mid, big), sorted);
  }

  @Test
  void eighteenIntegerDigitsAreAnAmountNineteenAreNot() {
    Money max = Money.ofYuan("999999999999999999.99");
    assertEquals(new BigDecimal("999999999999999999.99"), max.value());
    Money min = Money.ofYuan("-999999999999999999.99");
    assertTrue(min.isNegative());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.ofYuan("1000000000000000000"));
    assertEquals(InvalidValueException.CODE, e.errorCode());
    assertEquals("value", e.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> max.plus(Money.ofYuan("0.01")), "the sum breaks the bound");
  }

  @Test
  void trailingZerosBeyondTheSecondDecimalAreNoRounding() {
    assertEquals(new BigDecimal("1.23"), Money.ofYuan("1.230").value());
    assertEquals(new BigDecimal("1.20"), Money.ofYuan(new BigDecimal("1.2000")).value());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.ofYuan("1.2301"));
    assertEquals("value", e.field().orElseThrow());
  }

  @Test
  void aRatioHasZeroToThirtyTwoDecimals() {
    Money one = Money.ofYuan("1");
    Money three = Money.ofYuan("3");
    assertEquals(BigDecimal.ZERO, one.ratioTo(three, 0, java.math.RoundingMode.HALF_UP));
    assertEquals(32, one.ratioTo(three, 32, java.math.RoundingMode.HALF_UP).scale());
    for (int bad : new int[] {-1, 33}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> one.ratioTo(three, bad, java.math.RoundingMode.HALF_UP));
      assertEquals("scale", e.field().orElseThrow());
      assertEquals(Integer.toString(bad), e.value().orElseThrow());
    }
  }
}

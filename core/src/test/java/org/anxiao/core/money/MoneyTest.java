package org.anxiao.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.testkit.gen.ValueGenerators;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void exactArithmeticWithExplicitRounding() {
    Money a = Money.ofYuan("12.30");
    assertEquals("12.30", a.value().toPlainString());
    assertEquals(Money.ofYuan("15.80"), a.plus(Money.ofYuan("3.5")));
    assertEquals(Money.ofYuan("4.10"), a.times(new BigDecimal("0.3333"), RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.41"), Money.ofYuan("5").ratioTo(Money.ofYuan("12.30"), 2, RoundingMode.HALF_UP));
    assertTrue(Money.ofYuan("-0.01").isNegative());
  }

  @Test
  void noSilentRounding() {
    assertThrows(InvalidValueException.class, () -> Money.ofYuan("0.001"));
    assertThrows(InvalidValueException.class, () -> Money.ofYuan("abc"));
    assertThrows(InvalidValueException.class, () -> Money.ofYuan("1e999999999"), "no exponent bomb");
    assertThrows(InvalidValueException.class, () -> Money.ofYuan(new BigDecimal("1e30")), "sanity bound");
    assertThrows(InvalidValueException.class, () -> Money.ofYuan("1").ratioTo(Money.ZERO, 2, RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan("0.01"), Money.ofYuan(new BigDecimal("0.005"), RoundingMode.HALF_UP));
  }

  @Test
  void additionIsAssociativeAndExact() {
    qt().forAll(ValueGenerators.money(), ValueGenerators.money(), ValueGenerators.money()).checkAssert((a, b, c) -> {
      assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
      assertEquals(a, a.plus(b).minus(b));
    });
  }
}

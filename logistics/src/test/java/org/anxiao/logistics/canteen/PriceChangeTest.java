package org.anxiao.logistics.canteen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.money.Money;
import org.junit.jupiter.api.Test;

/** A price change holds a change exactly when the previous price is above 0, and only a decimal of the library. */
class PriceChangeTest {
  @Test
  void theChangeIsADecimalOfTheLibrary() {
    Money fourteen = Money.ofYuan("14.00");
    Money fifteen = Money.ofYuan("15.00");
    // (15.00 − 14.00) ÷ 14.00 = 0.071428… → 0.0714.
    assertEquals(Optional.of(new BigDecimal("0.0714")), new PriceChange(PriceBasis.STANDARD_PRICE, fourteen, fifteen,
        Optional.of(new BigDecimal("0.0714"))).change());
    InvalidValueException huge = assertThrows(InvalidValueException.class, () -> new PriceChange(
        PriceBasis.STANDARD_PRICE, fourteen, fifteen, Optional.of(new BigDecimal("1E+100"))));
    assertEquals("change", huge.field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> new PriceChange(PriceBasis.STANDARD_PRICE, Money.ZERO, fifteen,
        Optional.of(BigDecimal.ONE)), "no change from a price of 0");
  }
}

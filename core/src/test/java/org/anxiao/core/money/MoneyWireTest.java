package org.anxiao.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.anxiao.core.error.WireFormatException;
import org.anxiao.core.json.AnxiaoJson;
import org.junit.jupiter.api.Test;

/** The wire form {@code {"value": "12.30", "unit": "CNY"}}: written with the unit, and read only in yuan. */
class MoneyWireTest {
  @Test
  void anAmountIsWrittenWithTwoDecimalsAndTheCurrency() {
    assertEquals("CNY", Money.ofYuan("1").unit());
    assertEquals("{\"value\":\"12.30\",\"unit\":\"CNY\"}", AnxiaoJson.strict().write(Money.ofYuan("12.3")));
    assertEquals(Money.ofYuan("12.30"), AnxiaoJson.strict().read("{\"value\":\"12.30\",\"unit\":\"CNY\"}", Money.class));
  }

  @Test
  void anAmountInAnotherCurrencyIsRefusedNamingTheUnit() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AnxiaoJson.strict().read("{\"value\":\"12.30\",\"unit\":\"USD\"}", Money.class));
    assertEquals("USD", e.modelError().orElseThrow().value().orElseThrow());
    assertEquals("unit", e.modelError().orElseThrow().field().orElseThrow());
  }
}

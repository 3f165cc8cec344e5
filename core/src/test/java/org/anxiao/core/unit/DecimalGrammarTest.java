package org.anxiao.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** {@link AnxiaoUnits#decimal} reads exactly the wire grammar {@code -?[0-9]+(\.[0-9]+)?}, ≤ 64 chars. */
class DecimalGrammarTest {
  @Test
  void plainDecimalsReadWithTheirScale() {
    assertEquals(new BigDecimal("-12.50"), AnxiaoUnits.decimal("-12.50"));
    assertEquals(2, AnxiaoUnits.decimal("-12.50").scale());
    assertEquals(new BigDecimal("7"), AnxiaoUnits.decimal("007"));
    assertEquals(new BigDecimal("0.1229"), AnxiaoUnits.decimal("0.1229"));
  }

  @Test
  void everyOtherFormIsRefusedNamingTheValue() {
    for (String bad : new String[] {"+1", ".5", "5.", "-", "-.5", "1E3", "1e-3", " 1", "1 ", "1.0\n", "NaN",
        "Infinity", "0x10", "1,5", "١٢", "1..2", "--1"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> AnxiaoUnits.decimal(bad), bad);
      assertEquals("value", e.field().orElseThrow());
    }
  }

  @Test
  void aFuzzedValueWhosePlainTextIsLongerThanItsInputIsRefused() {
    // ".000001" followed by 57 zeros is 64 chars; its plain text "0.000001…" would be 65 and not read back.
    String input = ".000001" + "0".repeat(57);
    assertEquals(64, input.length());
    assertThrows(InvalidValueException.class, () -> AnxiaoUnits.decimal(input));
    String longest = "0." + "0".repeat(5) + "1" + "0".repeat(56);
    assertEquals(64, longest.length());
    assertEquals(0, AnxiaoUnits.decimal(longest).compareTo(new BigDecimal("0.000001")));
    assertEquals(longest, AnxiaoUnits.decimal(longest).toPlainString());
  }
}

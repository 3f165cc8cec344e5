package org.anxiao.core.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Calculator ids are lower-case dotted names. */
class CalculatorIdTest {
  @Test
  void lowerCaseDottedNamesAreIds() {
    assertEquals("anxiao.core.crowded-places", CalculatorId.of("anxiao.core.crowded-places").value());
    assertEquals(new CalculatorId("a"), CalculatorId.of("a"));
    assertEquals("x1.y-2", CalculatorId.of("x1.y-2").value());
  }

  @Test
  void otherTextIsRefusedNamingTheCalculatorField() {
    for (String bad : new String[] {"Anxiao.core", "anxiao..core", ".anxiao", "anxiao.", "anxiao core", "anxiao_core", "-a"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> CalculatorId.of(bad), bad);
      assertEquals("calculator", e.field().orElseThrow(), bad);
      assertEquals(bad, e.value().orElseThrow());
    }
  }
}

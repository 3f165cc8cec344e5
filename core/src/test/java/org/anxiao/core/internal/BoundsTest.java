package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

class BoundsTest {
  @Test
  void enumSetsKeepEachConstantOnceInDeclarationOrderAndRefuseNulls() {
    java.util.Set<java.time.DayOfWeek> days = Bounds.enumSet("days",
        java.util.List.of(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY));
    assertEquals(java.util.List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY), java.util.List.copyOf(days));
    assertThrows(UnsupportedOperationException.class, () -> days.add(java.time.DayOfWeek.SUNDAY));
    assertEquals(java.util.Set.of(), Bounds.enumSet("days", java.util.List.<java.time.DayOfWeek>of()));
    java.util.List<java.time.DayOfWeek> withNull = new java.util.ArrayList<>();
    withNull.add(java.time.DayOfWeek.MONDAY);
    withNull.add(null);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Bounds.enumSet("days", withNull));
    assertEquals(java.util.Optional.of("days[1]"), e.field());
  }

  @Test
  void decimalsAtTheBoundsPassAndBeyondAreRefusedWithoutFormatting() {
    BigDecimal maxInt = new BigDecimal("9".repeat(64));
    assertEquals(maxInt, Bounds.decimal("f", maxInt));
    assertThrows(InvalidValueException.class, () -> Bounds.decimal("f", new BigDecimal("1" + "0".repeat(64))));
    BigDecimal maxFraction = new BigDecimal("0." + "0".repeat(31) + "1");
    assertEquals(maxFraction, Bounds.decimal("f", maxFraction));
    assertThrows(InvalidValueException.class, () -> Bounds.decimal("f", new BigDecimal("0." + "0".repeat(32) + "1")));
    // trailing zeros do not count
    BigDecimal padded = new BigDecimal("1." + "0".repeat(200));
    assertEquals(padded, Bounds.decimal("f", padded));
    InvalidValueException huge = assertThrows(InvalidValueException.class, () -> Bounds.decimal("f", new BigDecimal("1E+999999999")));
    assertEquals("f", huge.field().orElseThrow());
    assertTrue(huge.getMessage().length() < 400);
    assertThrows(InvalidValueException.class, () -> Bounds.decimal("f", new BigDecimal("1E-999999999")));
    assertEquals(BigDecimal.ZERO, Bounds.decimal("f", BigDecimal.ZERO));
    assertThrows(MissingValueException.class, () -> Bounds.decimal("f", (BigDecimal) null));
    assertThrows(InvalidValueException.class, () -> Bounds.decimal("f", Double.NaN));
    assertThrows(InvalidValueException.class, () -> Bounds.decimal("f", 1e64));
    assertEquals(-9.9e63, Bounds.decimal("f", -9.9e63));
  }

  @Test
  void datesOutsideTheCalendarOfTheModelAreRefused() {
    assertEquals(Bounds.MIN_DATE, Bounds.date("d", Bounds.MIN_DATE));
    assertEquals(Bounds.MAX_DATE, Bounds.date("d", Bounds.MAX_DATE));
    for (LocalDate bad : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
        Bounds.MIN_DATE.minusDays(1), Bounds.MAX_DATE.plusDays(1)}) {
      assertThrows(InvalidValueException.class, () -> Bounds.date("d", bad), bad::toString);
    }
  }

  @Test
  void codesRefuseControlAndFormatCharactersTextAllowsLineBreaks() {
    assertEquals("SC-001", Bounds.code("id", "SC-001"));
    assertEquals("学校😀", Bounds.code("id", "学校😀"));
    for (String bad : new String[] {"a\u0000b", "a\u202Eb", "a\u200Bb", "a\nb", "a\u0085b", "a\uD800", "\uDC00a", "a\u2028b", "a\uFFFE", "a\uFEFFb"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Bounds.code("id", bad));
      assertTrue(e.getMessage().contains("U+"), e::getMessage);
      assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20 || c == 0x202E), e::getMessage);
    }
    assertThrows(InvalidValueException.class, () -> Bounds.code("id", " "));
    assertThrows(InvalidValueException.class, () -> Bounds.code("id", "x".repeat(Bounds.MAX_CODE_LENGTH + 1)));
    assertEquals("line\nline\ttab\r\n", Bounds.text("note", "line\nline\ttab\r\n"));
    assertEquals("a\u200Db", Bounds.text("note", "a\u200Db"));
    assertThrows(InvalidValueException.class, () -> Bounds.text("note", "a\u202Eb"));
    assertThrows(InvalidValueException.class, () -> Bounds.text("note", "a\u0007b"));
    assertThrows(InvalidValueException.class, () -> Bounds.text("note", "x".repeat(Bounds.MAX_TEXT_LENGTH + 1)));
  }

  @Test
  void sizesAndCounts() {
    assertThrows(InvalidValueException.class, () -> Bounds.size("l", Collections.nCopies(Bounds.MAX_ELEMENTS + 1, 1)));
    assertEquals(Bounds.MAX_ELEMENTS, Bounds.size("l", Collections.nCopies(Bounds.MAX_ELEMENTS, 1)).size());
    assertThrows(InvalidValueException.class, () -> Bounds.count("n", -1));
    assertThrows(InvalidValueException.class, () -> Bounds.count("n", Integer.MAX_VALUE));
    assertThrows(InvalidValueException.class, () -> Bounds.count("n", Long.MIN_VALUE));
    assertEquals(Bounds.MAX_COUNT, Bounds.count("n", Bounds.MAX_COUNT));
  }
}

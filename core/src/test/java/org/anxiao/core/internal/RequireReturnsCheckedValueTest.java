package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;

/**
 * Each check of {@link Require} hands back the value it checked, so that a constructor can assign
 * and check in one expression, and refuses exactly the values on the wrong side of its bound.
 */
class RequireReturnsCheckedValueTest {
  @Test
  void aNonNegativeDoubleIsReturnedAndANegativeOrNonFiniteOneRefused() {
    assertEquals(0.0, Require.nonNegative("area", 0.0));
    assertEquals(2.5, Require.nonNegative("area", 2.5));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Require.nonNegative("area", -0.5));
    assertEquals(Optional.of("area"), e.field());
    assertEquals(Optional.of("-0.5"), e.value());
    assertEquals("must not be negative", e.rule());
    assertEquals("must be a finite number",
        assertThrows(InvalidValueException.class, () -> Require.nonNegative("area", Double.NaN)).rule());
  }

  @Test
  void aPositiveDoubleIsReturnedAndZeroRefused() {
    assertEquals(2.5, Require.positive("rate", 2.5));
    assertEquals(Double.MIN_VALUE, Require.positive("rate", Double.MIN_VALUE));
    assertEquals("must be greater than zero",
        assertThrows(InvalidValueException.class, () -> Require.positive("rate", 0.0)).rule());
    assertEquals("must be a finite number",
        assertThrows(InvalidValueException.class, () -> Require.positive("rate", Double.POSITIVE_INFINITY)).rule());
  }

  @Test
  void aNonNegativeIntOrEntryIsReturned() {
    assertEquals(7, Require.nonNegative("storeys", 7));
    assertEquals(0, Require.nonNegative("storeys", 0));
    assertEquals(Optional.of("-1"),
        assertThrows(InvalidValueException.class, () -> Require.nonNegative("storeys", -1)).value());
    assertEquals(3, Require.nonNegativeEntry("staff", "GUARD", 3));
    assertEquals(0, Require.nonNegativeEntry("staff", "GUARD", 0));
  }

  @Test
  void aNonNegativeOrPositiveDecimalIsReturnedItself() {
    BigDecimal half = new BigDecimal("0.50");
    assertSame(half, Require.nonNegative("share", half));
    assertSame(BigDecimal.ZERO, Require.nonNegative("share", BigDecimal.ZERO));
    assertSame(half, Require.positive("share", half));
    InvalidValueException negative = assertThrows(InvalidValueException.class,
        () -> Require.nonNegative("share", half.negate()));
    assertEquals(Optional.of("-0.50"), negative.value());
    assertEquals("must not be negative", negative.rule());
    assertEquals("must be greater than zero",
        assertThrows(InvalidValueException.class, () -> Require.positive("share", BigDecimal.ZERO)).rule());
    assertEquals(Optional.of("share"),
        assertThrows(MissingValueException.class, () -> Require.nonNegative("share", (BigDecimal) null)).field());
  }

  @Test
  void otherChecksReturnTheirArgument() {
    List<String> one = List.of("x");
    assertSame(one, Require.nonEmpty("items", one));
    assertEquals("must not be empty",
        assertThrows(InvalidValueException.class, () -> Require.nonEmpty("items", List.of())).rule());
    assertEquals("ok", Require.nonBlank("name", "ok"));
    assertEquals(1.5, Require.finite("x", 1.5));
    assertEquals(-1.5, Require.finiteElement("xs", 0, -1.5));
    assertEquals("e", Require.nonNullElement("xs", 0, "e"));
    assertEquals(Optional.of("xs[2]"),
        assertThrows(MissingValueException.class, () -> Require.nonNullElement("xs", 2, null)).field());
  }

  @Test
  void aPlaceholderAtTheStartOfATemplateIsFilledInPlace() {
    assertEquals("2024-02-01 must come first", assertThrows(InvalidValueException.class,
        () -> Require.that(false, "end", "x", "{} must come first", "2024-02-01")).rule());
    assertEquals("1 to 9", assertThrows(InvalidValueException.class,
        () -> Require.that(false, "n", 10, "{} to {}", 1, 9)).rule());
    assertEquals("between 1 and 9 2", assertThrows(InvalidValueException.class,
        () -> Require.that(false, "n", 10, "between {} and 9", 1, 2)).rule());
  }
}

package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * How a refused value is quoted in an error message: strings with control, format, separator and
 * surrogate chars shown as {@code \}{@code uXXXX} (upper-case hex, one escape per UTF-16 unit) and cut
 * once the limit is reached; decimals in plain form when short, in scientific form when their scale
 * is large, and only described when their digits are too many to print.
 */
class MessageValueFormTest {
  @Test
  void controlFormatSeparatorAndSurrogateCharsAreEscapedOthersKept() {
    assertEquals("a\\u0000b\\u0009\\u000A\\u001F", Bounds.escape("a\u0000b\t\n\u001F"));
    assertEquals("\\u007F\\u0085\\u009F", Bounds.escape("\u007F\u0085\u009F"));
    assertEquals("\\u200B\\u202E\\u00AD\\uFEFF", Bounds.escape("\u200B\u202E\u00AD\uFEFF"));
    assertEquals("\\u2028\\u2029", Bounds.escape("\u2028\u2029"));
    assertEquals("\\uD83D\\uDE00 \\uD800", Bounds.escape("😀 \uD800"));
    assertEquals(" ~学校 é\u00A0\u202F", Bounds.escape(" ~学校 é\u00A0\u202F"));
    assertEquals("", Bounds.escape(""));
  }

  @Test
  void escapingStopsOnceTheLimitIsReached() {
    assertEquals("abcde", Bounds.escape("abcdefg", 5));
    assertEquals("abcdefg", Bounds.escape("abcdefg", 7));
    // an escape begun below the limit is written whole
    assertEquals("abcd\\u0000", Bounds.escape("abcd\u0000efg", 5));
    assertEquals("x".repeat(130), Bounds.escape("x".repeat(1000)));
    assertEquals("", Bounds.escape("abc", 0));
  }

  @Test
  void aRefusedCodeIsQuotedEscaped() {
    InvalidValueException e = assertThrows(() -> Bounds.code("id", "SC\u202E-1"));
    assertEquals(Optional.of("SC\\u202E-1"), e.value());
    assertEquals("[INVALID_VALUE] id = SC\\u202E-1: holds a control or format character U+202E at index 2",
        e.getMessage());
  }

  private static InvalidValueException assertThrows(org.junit.jupiter.api.function.Executable call) {
    return org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, call);
  }

  @Test
  void aDecimalIsPlainUpToScale100EitherWay() {
    BigDecimal small = BigDecimal.ONE.scaleByPowerOfTen(-100);
    assertEquals("0." + "0".repeat(99) + "1", Bounds.abbreviate(small));
    assertEquals("1E-101", Bounds.abbreviate(BigDecimal.ONE.scaleByPowerOfTen(-101)));
    assertEquals("1" + "0".repeat(100), Bounds.abbreviate(BigDecimal.ONE.scaleByPowerOfTen(100)));
    assertEquals("1E+101", Bounds.abbreviate(BigDecimal.ONE.scaleByPowerOfTen(101)));
    assertEquals("-2.50", Bounds.abbreviate(new BigDecimal("-2.50")));
  }

  @Test
  void aDecimalOfMoreThan256BitsIsDescribedNotPrinted() {
    BigInteger bits256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    assertEquals(bits256.toString(), Bounds.abbreviate(new BigDecimal(bits256)));
    BigInteger bits257 = BigInteger.ONE.shiftLeft(256);
    assertEquals("a decimal of 78 digits, scale 3", Bounds.abbreviate(new BigDecimal(bits257, 3)));
  }

  @Test
  void aHugeExponentIsQuotedInScientificForm() {
    assertEquals(Optional.of("1E+999999999"),
        assertThrows(() -> Bounds.decimal("f", new BigDecimal("1E+999999999"))).value());
    assertEquals(Optional.of("1E-999999999"),
        assertThrows(() -> Bounds.decimal("f", new BigDecimal("1E-999999999"))).value());
  }
}

package org.anxiao.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every bound of {@link Bounds} (docs/conventions.md, "Input bounds") at its limit, where the value
 * is returned unchanged, and one past it, where it is refused naming the field, the value and the
 * bound.
 */
class BoundsAtTheLimitTest {
  private static InvalidValueException refused(Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(InvalidValueException.CODE, e.errorCode());
    return e;
  }

  private static BigDecimal fraction(int zerosAfterPoint, String digits) {
    return new BigDecimal("0." + "0".repeat(zerosAfterPoint) + digits);
  }

  @Test
  void aDecimalMayHold32FractionalDigitsOnceTrailingZerosAreStripped() {
    // scale 33, but 32 digits after stripping the trailing zero: inside the bound
    BigDecimal stripsTo32 = fraction(31, "10");
    assertEquals(33, stripsTo32.scale());
    assertSame(stripsTo32, Bounds.decimal("f", stripsTo32));
    BigDecimal exactly33 = fraction(32, "1");
    InvalidValueException e = refused(() -> Bounds.decimal("share", exactly33));
    assertEquals(Optional.of("share"), e.field());
    assertEquals(Optional.of(exactly33.toPlainString()), e.value());
    assertEquals("has more than 32 fractional digits", e.rule());
  }

  @Test
  void aDecimalMayHold64IntegerDigits() {
    BigDecimal max = new BigDecimal("-" + "9".repeat(64) + ".5");
    assertSame(max, Bounds.decimal("f", max));
    InvalidValueException e = refused(() -> Bounds.decimal("f", new BigDecimal("1E+64")));
    assertEquals("has more than 64 integer digits", e.rule());
  }

  @Test
  void aDoubleMustStayBelow10To64InMagnitude() {
    double below = Math.nextDown(1e64);
    assertEquals(below, Bounds.decimal("f", below));
    assertEquals(-below, Bounds.decimal("f", -below));
    assertEquals("has more than 64 integer digits", refused(() -> Bounds.decimal("f", -1e64)).rule());
    assertEquals(Optional.of("Infinity"), refused(() -> Bounds.decimal("f", Double.POSITIVE_INFINITY)).value());
  }

  @Test
  void aQuantityMayHold64IntegerAnd128FractionalDigits() {
    BigDecimal maxInt = new BigDecimal("9".repeat(64));
    assertSame(maxInt, Bounds.quantity("q", maxInt));
    assertEquals("has more than 64 integer digits",
        refused(() -> Bounds.quantity("q", new BigDecimal("1" + "0".repeat(64)))).rule());
    BigDecimal maxFraction = fraction(127, "1");
    assertSame(maxFraction, Bounds.quantity("q", maxFraction));
    BigDecimal stripsTo128 = fraction(127, "10");
    assertSame(stripsTo128, Bounds.quantity("q", stripsTo128));
    InvalidValueException e = refused(() -> Bounds.quantity("q", fraction(128, "1")));
    assertEquals(Optional.of("q"), e.field());
    assertEquals("has more than 128 fractional digits", e.rule());
    assertEquals("has more than 128 fractional digits",
        refused(() -> Bounds.quantity("q", new BigDecimal("1E-999999999"))).rule());
    BigDecimal padded = new BigDecimal("1." + "0".repeat(300));
    assertSame(padded, Bounds.quantity("q", padded));
    BigDecimal zero = new BigDecimal("0E-999999999");
    assertSame(zero, Bounds.quantity("q", zero));
    assertThrows(MissingValueException.class, () -> Bounds.quantity("q", null));
  }

  @Test
  void anInstantMustFallOnAUtcDateFrom1800To2201() {
    Instant first = Instant.parse("1800-01-01T00:00:00Z");
    Instant last = Instant.parse("2201-01-01T23:59:59.999999999Z");
    assertSame(first, Bounds.instant("at", first));
    assertSame(last, Bounds.instant("at", last));
    for (Instant bad : List.of(first.minusNanos(1), last.plusNanos(1), Instant.MIN, Instant.MAX)) {
      InvalidValueException e = refused(() -> Bounds.instant("at", bad));
      assertEquals(Optional.of("at"), e.field());
      assertEquals(Optional.of(bad.toString()), e.value());
      assertEquals("must be between 1800-01-01 and 2201-01-01 (UTC)", e.rule());
    }
    assertThrows(MissingValueException.class, () -> Bounds.instant("at", null));
  }

  @Test
  void aCodeMayHold256CharactersAndTextOrALine65536() {
    String code = "c".repeat(Bounds.MAX_CODE_LENGTH);
    assertSame(code, Bounds.code("id", code));
    assertEquals("is longer than 256 characters", refused(() -> Bounds.code("id", code + "c")).rule());
    String text = "t".repeat(Bounds.MAX_TEXT_LENGTH);
    assertSame(text, Bounds.text("note", text));
    assertSame(text, Bounds.line("note", text));
    assertSame(text, Bounds.nonBlankText("note", text));
    assertEquals("is longer than 65536 characters", refused(() -> Bounds.text("note", text + "t")).rule());
    assertEquals("is longer than 65536 characters", refused(() -> Bounds.line("note", text + "t")).rule());
    assertEquals("is longer than 65536 characters", refused(() -> Bounds.nonBlankText("note", text + "t")).rule());
  }

  @Test
  void nonBlankTextRefusesBlankAndNullButKeepsLineBreaks() {
    assertEquals("two\nlines", Bounds.nonBlankText("note", "two\nlines"));
    assertEquals("must not be blank", refused(() -> Bounds.nonBlankText("note", " \n\t")).rule());
    assertEquals(Optional.of("note"), assertThrows(MissingValueException.class,
        () -> Bounds.nonBlankText("note", null)).field());
    assertEquals("holds a control or format character U+0007 at index 1",
        refused(() -> Bounds.nonBlankText("note", "a\u0007")).rule());
  }

  @Test
  void aLineRefusesLineBreaksAndTabsAtTheirIndex() {
    assertEquals("one line, 学校 😀", Bounds.line("value", "one line, 学校 😀"));
    for (char c : new char[] {'\n', '\r', '\t'}) {
      InvalidValueException e = refused(() -> Bounds.line("value", "ab" + c + "d"));
      assertEquals(Optional.of("value"), e.field());
      assertEquals(String.format("holds a control or format character U+%04X at index 2", (int) c), e.rule());
      assertEquals(Optional.of(String.format("ab\\u%04Xd", (int) c)), e.value());
    }
    assertEquals("holds a control or format character U+202E at index 0",
        refused(() -> Bounds.line("value", "\u202Eab")).rule());
    assertEquals("must not be blank", refused(() -> Bounds.line("value", "   ")).rule());
  }

  /** A map that reports a size without holding the entries. */
  private static Map<String, Integer> sized(int size) {
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<String, Integer>> entrySet() {
        return Set.of();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Test
  void aMapMayHold100000Entries() {
    Map<String, Integer> full = sized(Bounds.MAX_ELEMENTS);
    assertSame(full, Bounds.size("staff", full));
    InvalidValueException e = refused(() -> Bounds.size("staff", sized(Bounds.MAX_ELEMENTS + 1)));
    assertEquals(Optional.of("staff"), e.field());
    assertEquals(Optional.of("100001 entries"), e.value());
    assertEquals("holds more than 100000 entries", e.rule());
    InvalidValueException list = refused(() -> Bounds.size("items", Collections.nCopies(Bounds.MAX_ELEMENTS + 1, 0)));
    assertEquals(Optional.of("100001 elements"), list.value());
    assertEquals("holds more than 100000 elements", list.rule());
  }

  @Test
  void aCountRunsFromZeroToTenMillionAsIntAndAsLong() {
    assertEquals(0, Bounds.count("n", 0));
    assertEquals(10_000_000, Bounds.count("n", 10_000_000));
    assertEquals(0L, Bounds.count("n", 0L));
    assertEquals(10_000_000L, Bounds.count("n", 10_000_000L));
    for (long bad : new long[] {-1, 10_000_001}) {
      InvalidValueException asLong = refused(() -> Bounds.count("people", bad));
      assertEquals(Optional.of(Long.toString(bad)), asLong.value());
      assertEquals("must be between 0 and 10000000", asLong.rule());
      InvalidValueException asInt = refused(() -> Bounds.count("people", (int) bad));
      assertEquals(Optional.of("people"), asInt.field());
      assertEquals(Optional.of(Long.toString(bad)), asInt.value());
    }
  }

  @Test
  void nonNegativeAndPositiveDecimalsAreBoundedToo() {
    assertSame(BigDecimal.ZERO, Bounds.nonNegative("area", BigDecimal.ZERO));
    BigDecimal small = new BigDecimal("0.01");
    assertSame(small, Bounds.positive("area", small));
    InvalidValueException negative = refused(() -> Bounds.nonNegative("area", new BigDecimal("-0.01")));
    assertEquals(Optional.of("-0.01"), negative.value());
    assertEquals("must not be negative", negative.rule());
    assertEquals("must be greater than zero", refused(() -> Bounds.positive("area", BigDecimal.ZERO)).rule());
    assertEquals("must be greater than zero", refused(() -> Bounds.positive("area", small.negate())).rule());
    assertEquals("has more than 64 integer digits",
        refused(() -> Bounds.positive("area", new BigDecimal("1E+64"))).rule());
    assertEquals("has more than 64 integer digits",
        refused(() -> Bounds.nonNegative("area", new BigDecimal("1E+64"))).rule());
  }

  @Test
  void aListIsCopiedInOrderAndANullElementIsNamedByIndex() {
    List<String> source = new ArrayList<>(List.of("b", "a"));
    List<String> copy = Bounds.list("names", source);
    source.clear();
    assertEquals(List.of("b", "a"), copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add("c"));
    MissingValueException e = assertThrows(MissingValueException.class,
        () -> Bounds.list("names", Arrays.asList("a", null)));
    assertEquals(Optional.of("names[1]"), e.field());
    assertThrows(MissingValueException.class, () -> Bounds.list("names", null));
  }

  @Test
  void aCodeMapIsSortedByKeyAndNamesABadKeyOrNullValue() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("ZULU", 1);
    source.put("ALPHA", 2);
    SortedMap<String, Integer> copy = Bounds.codeMap("staff", source);
    source.clear();
    assertEquals(List.of("ALPHA", "ZULU"), List.copyOf(copy.keySet()));
    assertEquals(List.of(2, 1), List.copyOf(copy.values()));
    assertThrows(UnsupportedOperationException.class, () -> copy.put("BRAVO", 3));

    Map<String, Integer> nullKey = new java.util.HashMap<>();
    nullKey.put(null, 1);
    assertEquals(Optional.of("staff key"),
        assertThrows(MissingValueException.class, () -> Bounds.codeMap("staff", nullKey)).field());
    InvalidValueException badKey = refused(() -> Bounds.codeMap("staff", Map.of("A\u0000", 1)));
    assertEquals(Optional.of("staff key"), badKey.field());
    assertEquals(Optional.of("A\\u0000"), badKey.value());
    Map<String, Integer> nullValue = new java.util.HashMap<>();
    nullValue.put("GUARD", null);
    assertEquals(Optional.of("staff.GUARD"),
        assertThrows(MissingValueException.class, () -> Bounds.codeMap("staff", nullValue)).field());
  }

  @Test
  void aSchemaVersionIsOneDotAndOneToNineDigits() {
    for (String ok : List.of("1.0", "1.12", "1.123456789")) {
      assertSame(ok, Bounds.schemaVersion("schemaVersion", ok));
    }
    for (String bad : List.of("1.1234567890", "2.0", "1.", "1", "1.0 ", "01.0", "1.a")) {
      InvalidValueException e = refused(() -> Bounds.schemaVersion("schemaVersion", bad));
      assertEquals(Optional.of(bad), e.value());
      assertEquals("must be a wire-format version 1.<minor>, e.g. 1.0", e.rule());
    }
    assertEquals(Optional.of("1.0\\u0000"), refused(() -> Bounds.schemaVersion("schemaVersion", "1.0\u0000")).value());
    assertTrue(assertThrows(MissingValueException.class, () -> Bounds.schemaVersion("schemaVersion", null))
        .field().isPresent());
  }
}

package org.anxiao.safety.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.conformance.VectorOutcomes;

/**
 * What every safety vector runner shares: outcome handling (a result or an expected error code),
 * binding inputs through the strict wire reader, and comparing a computed figure with the
 * expected decimal, exactly or after rounding it half-to-even to the vector's stated places (a
 * vector states how many places it pins, and avoids values whose exact result lies on a rounding tie).
 */
final class Vectors {
  private Vectors() {}

  /**
   * Runs {@code action}; checks an expected error code, or hands the result to {@code check}
   * ({@link VectorOutcomes#expect}).
   *
   * @param test   the vector
   * @param action what computes the result
   * @param check  what checks it against {@code expected}
   * @param <T>    the result's type
   */
  static <T> void expect(JsonNode test, Supplier<T> action, BiConsumer<T, JsonNode> check) {
    VectorOutcomes.expect(test, action, check);
  }

  /** The library's error code, seen through a wire-format wrapper ({@link VectorOutcomes#errorCode}). */
  static String errorCode(AnxiaoException e) {
    return VectorOutcomes.errorCode(e);
  }

  /**
   * {@return {@code node} bound to {@code type} by the strict wire reader}
   *
   * @param node the JSON
   * @param type the type
   * @param <T>  the type
   */
  static <T> T bind(JsonNode node, Class<T> type) {
    return VectorOutcomes.bind(node, type);
  }

  /**
   * Checks {@code actual}, rounded half-to-even to {@code decimals} places, equals the decimal text {@code expected}.
   *
   * @param what     what is compared, for the message
   * @param expected the expected decimal as text
   * @param actual   the computed value
   * @param decimals the places the vector pins
   */
  static void assertRounded(String what, JsonNode expected, double actual, int decimals) {
    assertTrue(expected.isTextual(), what + ": expected value is not a decimal string: " + expected);
    BigDecimal want = new BigDecimal(expected.asText());
    BigDecimal got = new BigDecimal(Double.toString(actual)).setScale(decimals, RoundingMode.HALF_EVEN);
    assertTrue(want.compareTo(got) == 0, () -> what + ": expected " + want.toPlainString() + ", got "
        + got.toPlainString() + " (unrounded " + actual + ")");
  }

  /**
   * Checks an exact decimal {@code actual} equals the decimal text {@code expected}, numerically.
   *
   * @param what     what is compared, for the message
   * @param expected the expected decimal as text
   * @param actual   the computed value
   */
  static void assertDecimal(String what, JsonNode expected, BigDecimal actual) {
    VectorOutcomes.assertDecimal(what, expected, actual);
  }
}

package org.anxiao.core.internal;

import java.math.BigDecimal;
import org.anxiao.core.error.InvalidValueException;

/** Canonical form of exact decimals, shared by the value types that compare decimals by value. */
public final class Decimals {
  /** The most integer digits a canonical decimal may have: below 10⁶⁴, as on the wire. */
  public static final int MAX_INTEGER_DIGITS = 64;

  private Decimals() {}

  /**
   * {@code value} without trailing zeros and never with a negative scale: {@code 1.50 → 1.5},
   * {@code 0.00 → 0}, {@code 1E+2 → 100}. Two decimals are numerically equal exactly when their
   * canonical forms are {@link BigDecimal#equals equal}, so a type holding only canonical decimals
   * can use {@code equals} and {@code hashCode} of {@link BigDecimal} directly, and writes one text
   * for one number.
   *
   * @throws InvalidValueException for a value of more than {@value #MAX_INTEGER_DIGITS} integer
   *                               digits (whose plain form could take unbounded time and memory)
   */
  public static BigDecimal canonical(String field, BigDecimal value) {
    Require.nonNull(field, value);
    if (tooLong(value)) {
      throw tooLong(field, value);
    }
    return strip(value);
  }

  /**
   * As {@link #canonical(String, BigDecimal)} for an element of a list or array; the element's
   * path ({@code field[index]}) is built only on failure.
   */
  public static BigDecimal canonicalElement(String field, int index, BigDecimal value) {
    Require.nonNullElement(field, index, value);
    if (tooLong(value)) {
      throw tooLong(field + "[" + index + "]", value);
    }
    return strip(value);
  }

  private static boolean tooLong(BigDecimal value) {
    return (long) value.precision() - value.scale() > MAX_INTEGER_DIGITS;
  }

  private static InvalidValueException tooLong(String field, BigDecimal value) {
    return new InvalidValueException(field, value, "has more than " + MAX_INTEGER_DIGITS + " integer digits");
  }

  private static BigDecimal strip(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

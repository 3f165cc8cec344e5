package org.anxiao.core.internal;

import java.math.BigDecimal;

/** Canonical form of exact decimals, shared by the value types that compare decimals by value. */
public final class Decimals {
  private Decimals() {}

  /**
   * {@code value} without trailing zeros and never with a negative scale: {@code 1.50 → 1.5},
   * {@code 0.00 → 0}, {@code 1E+2 → 100}. Two decimals are numerically equal exactly when their
   * canonical forms are {@link BigDecimal#equals equal}, so a type holding only canonical decimals
   * can use {@code equals} and {@code hashCode} of {@link BigDecimal} directly, and writes one text
   * for one number.
   *
   * <p>{@code value} must not be null; callers check it first with {@link Require#nonNull}.
   */
  public static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

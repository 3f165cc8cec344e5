package org.anxiao.logistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The shares and rates of the logistics module (占比、比率): {@code numerator / denominator} rounded
 * to {@value #PLACES} decimals (one basis point) half up (四舍五入); none on a zero denominator (never
 * NaN, never 0 by default). A threshold is compared with the exact quotient, never with the rounded
 * share, so rounding never hides a breach ({@link #exceeds}, {@link #fallsShort}).
 */
public final class Ratios {
  /** Decimal places of a share: one basis point. */
  public static final int PLACES = 4;
  /** Rounding of a share: half up (四舍五入). */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private Ratios() {}

  /**
   * {@return {@code numerator / denominator} to {@value #PLACES} decimals half up, or empty when the
   * denominator is 0}
   *
   * @param numerator   the part
   * @param denominator the whole
   */
  public static Optional<BigDecimal> share(BigDecimal numerator, BigDecimal denominator) {
    return quotient(numerator, denominator, PLACES);
  }

  /**
   * {@return {@code numerator / denominator} to {@code places} decimals half up, or empty when the
   * denominator is 0} For figures shown to other places than a share (grams per person-meal, kilograms
   * per person per day).
   *
   * @param numerator   the dividend
   * @param denominator the divisor
   * @param places      the decimal places of the result
   */
  public static Optional<BigDecimal> quotient(BigDecimal numerator, BigDecimal denominator, int places) {
    Bounds.decimal("numerator", numerator);
    Bounds.decimal("denominator", denominator);
    return denominator.signum() == 0 ? Optional.empty()
        : Optional.of(numerator.divide(denominator, places, ROUNDING));
  }

  /**
   * {@return {@code numerator / denominator} to {@value #PLACES} decimals half up, or empty when the
   * denominator is 0}
   *
   * @param numerator   the part
   * @param denominator the whole
   */
  public static Optional<BigDecimal> share(long numerator, long denominator) {
    return share(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * {@return whether {@code numerator / denominator} is above {@code limit}, exactly:
   * {@code numerator > limit × denominator} for a denominator above 0}
   *
   * @param numerator   the part
   * @param denominator the whole, above 0
   * @param limit       the highest share allowed
   */
  public static boolean exceeds(BigDecimal numerator, BigDecimal denominator, BigDecimal limit) {
    Require.that(denominator.signum() > 0, "denominator", denominator.toPlainString(), "must be above 0");
    return numerator.compareTo(limit.multiply(denominator)) > 0;
  }

  /**
   * {@return whether {@code numerator / denominator} is below {@code minimum}, exactly:
   * {@code numerator < minimum × denominator} for a denominator above 0}
   *
   * @param numerator   the part
   * @param denominator the whole, above 0
   * @param minimum     the lowest share allowed
   */
  public static boolean fallsShort(BigDecimal numerator, BigDecimal denominator, BigDecimal minimum) {
    Require.that(denominator.signum() > 0, "denominator", denominator.toPlainString(), "must be above 0");
    return numerator.compareTo(minimum.multiply(denominator)) < 0;
  }
}

package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.logistics.internal.Ratios;

/**
 * The exact terms of one measure, {@code numerator / denominator} (分子、分母): its rounded figure and,
 * for a target, the exact comparison ({@link Ratios#exceeds}, {@link Ratios#fallsShort}), so rounding never
 * hides a miss. The denominator is 0 or more.
 *
 * @param numerator   the part, e.g. grams of plate waste
 * @param denominator the whole, e.g. person-meals
 */
record Quotient(BigDecimal numerator, BigDecimal denominator) {
  /** {@return the terms of two counts} */
  static Quotient of(long numerator, long denominator) {
    return new Quotient(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** {@return the share or rate, {@link Ratios#PLACES} places half up; empty when the denominator is 0} */
  Optional<BigDecimal> share() {
    return Ratios.share(numerator, denominator);
  }

  /** {@return the quotient to {@code places} half up (四舍五入); empty when the denominator is 0} */
  Optional<BigDecimal> rounded(int places) {
    return Ratios.quotient(numerator, denominator, places);
  }

  /** {@return whether the exact quotient is above {@code limit}; the denominator must be above 0} */
  boolean above(BigDecimal limit) {
    return Ratios.exceeds(numerator, denominator, limit);
  }

  /** {@return whether the exact quotient is below {@code minimum}; the denominator must be above 0} */
  boolean below(BigDecimal minimum) {
    return Ratios.fallsShort(numerator, denominator, minimum);
  }
}

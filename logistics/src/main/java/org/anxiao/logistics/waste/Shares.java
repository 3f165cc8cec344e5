package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Quotients rounded half up (四舍五入) to a stated scale; a zero denominator has no value. */
final class Shares {
  /** Places of a share or rate: 4, one basis point. */
  static final int RATE_PLACES = 4;

  private Shares() {}

  /** {@return {@code numerator / denominator} rounded half up to {@code places}, empty when the denominator is 0} */
  static Optional<BigDecimal> of(BigDecimal numerator, BigDecimal denominator, int places) {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, places, RoundingMode.HALF_UP));
  }

  /** {@return {@code numerator / denominator} as a rate to 4 places, empty when the denominator is 0} */
  static Optional<BigDecimal> rate(BigDecimal numerator, BigDecimal denominator) {
    return of(numerator, denominator, RATE_PLACES);
  }

  /** {@return {@code numerator / denominator} as a rate to 4 places, empty when the denominator is 0} */
  static Optional<BigDecimal> rate(long numerator, long denominator) {
    return rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }
}

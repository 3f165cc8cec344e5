package org.anxiao.safety.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A share of hazards (比率) — the rectification rate (整改率) or the on-time rate (按期整改率) — as the
 * exact fraction {@code numerator / denominator} and, when the denominator is not zero, its value
 * rounded half to even to the places the register-KPI pack states. A zero denominator has no value
 * (never NaN, never 0 or 1 by default). Immutable and thread-safe.
 *
 * @param numerator   the hazards counted, from 0 to {@code denominator}
 * @param denominator the hazards the share is taken of, from 0 to 10 000 000
 * @param value       {@code numerator / denominator} rounded, in [0, 1]; empty exactly when {@code denominator} is 0
 */
public record Rate(long numerator, long denominator, Optional<BigDecimal> value) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param numerator   the hazards counted
   * @param denominator the hazards the share is taken of
   * @param value       the rounded share, empty when the denominator is 0
   */
  public Rate {
    Bounds.count("numerator", numerator);
    Bounds.count("denominator", denominator);
    Require.that(numerator <= denominator, "numerator", numerator, "must not exceed denominator {}", denominator);
    Require.nonNull("value", value);
    Require.that(value.isPresent() == (denominator > 0), "value", value.orElse(null),
        denominator > 0 ? "is required when the denominator is above 0" : "must be empty when the denominator is 0");
    if (value.isPresent()) {
      BigDecimal v = Bounds.decimal("value", value.get());
      Require.that(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, "value", v.toPlainString(), "must lie in [0, 1]");
    }
  }

  /**
   * {@return the share {@code numerator / denominator} rounded half to even to {@code places}}
   *
   * @param numerator   the hazards counted
   * @param denominator the hazards the share is taken of
   * @param places      the decimal places, 0 to 10
   */
  public static Rate of(long numerator, long denominator, int places) {
    Require.that(places >= 0 && places <= 10, "places", places, "must be between 0 and 10");
    Bounds.count("denominator", denominator);
    Optional<BigDecimal> value = denominator == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), places, RoundingMode.HALF_EVEN));
    return new Rate(numerator, denominator, value);
  }
}

package org.anxiao.energy.intensity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.Measure;

/**
 * One intensity of a result (强度值): numerator ÷ average denominator, in the kind's unit.
 *
 * <p>Invariants: {@code numerator} zero or more, {@code denominator} greater than zero (a zero
 * denominator is refused before an intensity is made, never NaN or ∞), {@code value} the quotient,
 * all finite. Immutable and thread-safe.
 *
 * @param kind        which intensity
 * @param value       the intensity, in {@link IntensityKind#unit()}
 * @param numerator   the total, in {@link IntensityKind#numeratorUnit()}
 * @param denominator the average floor area (m²) or persons over the period
 */
public record Intensity(IntensityKind kind, double value, double numerator, double denominator) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind        which intensity
   * @param value       the intensity
   * @param numerator   the total
   * @param denominator the average denominator
   */
  public Intensity {
    Require.nonNull("kind", kind);
    Require.that(Bounds.decimal("numerator", numerator) >= 0, "numerator", numerator, "must be zero or more");
    Require.that(Bounds.decimal("denominator", denominator) > 0, "denominator", denominator, "must be greater than zero");
    Require.that(Bounds.decimal("value", value) >= 0, "value", value, "must be zero or more");
  }

  /**
   * {@return the intensity of {@code numerator} over {@code denominator}}
   *
   * @param kind        which intensity
   * @param numerator   the total, zero or more
   * @param denominator the average denominator, greater than zero
   */
  public static Intensity of(IntensityKind kind, double numerator, double denominator) {
    Require.that(Bounds.decimal("denominator", denominator) > 0, "denominator", denominator, "must be greater than zero");
    return new Intensity(kind, Bounds.decimal("numerator", numerator) / denominator, numerator, denominator);
  }

  /** {@return the intensity as a measure in the kind's unit, e.g. {@code 19.4 kgce/m2}} */
  @JsonIgnore
  public Measure measure() {
    return new Measure(BigDecimal.valueOf(value), kind.unit());
  }
}

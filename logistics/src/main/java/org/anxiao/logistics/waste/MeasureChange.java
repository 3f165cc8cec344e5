package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;

/**
 * The change of one food-waste measure from one term to the next (环比变化): the two rounded values,
 * their difference {@code current − previous} (exact, at the measure's places: 2 for grams, 4 for
 * rates) and its direction. Immutable and thread-safe.
 *
 * @param measure   the measure
 * @param from      the earlier term
 * @param to        the later term
 * @param previous  the earlier value, empty when its denominator was 0
 * @param current   the later value, empty when its denominator was 0
 * @param change    {@code current − previous}; empty exactly when either value is
 * @param direction improved, unchanged or worsened; {@code NOT_COMPARABLE} exactly when {@code change} is empty
 */
public record MeasureChange(FoodWasteMeasure measure, Period from, Period to, Optional<BigDecimal> previous,
    Optional<BigDecimal> current, Optional<BigDecimal> change, TrendDirection direction) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param measure   the measure
   * @param from      the earlier term
   * @param to        the later term
   * @param previous  the earlier value
   * @param current   the later value
   * @param change    the difference
   * @param direction the direction
   */
  public MeasureChange {
    Require.nonNull("measure", measure);
    Require.nonNull("from", from);
    Require.nonNull("to", to);
    Require.nonNull("previous", previous);
    Require.nonNull("current", current);
    Require.nonNull("change", change);
    Require.nonNull("direction", direction);
    previous.ifPresent(v -> Bounds.decimal("previous", v));
    current.ifPresent(v -> Bounds.decimal("current", v));
    change.ifPresent(v -> Bounds.decimal("change", v));
    Require.that(change.isPresent() == (previous.isPresent() && current.isPresent()), "change", change.orElse(null),
        "must be present exactly when both values are");
    Require.that(change.isEmpty() == (direction == TrendDirection.NOT_COMPARABLE), "direction", direction,
        "must be NOT_COMPARABLE exactly when there is no change");
  }

  /** {@return the change between two values of {@code measure}} */
  static MeasureChange between(FoodWasteMeasure measure, Period from, Period to, Optional<BigDecimal> previous,
      Optional<BigDecimal> current) {
    if (previous.isEmpty() || current.isEmpty()) {
      return new MeasureChange(measure, from, to, previous, current, Optional.empty(), TrendDirection.NOT_COMPARABLE);
    }
    BigDecimal delta = current.get().subtract(previous.get());
    int better = measure.lowerIsBetter() ? -delta.signum() : delta.signum();
    TrendDirection direction = better > 0 ? TrendDirection.IMPROVED
        : better < 0 ? TrendDirection.WORSENED : TrendDirection.UNCHANGED;
    return new MeasureChange(measure, from, to, previous, current, Optional.of(delta), direction);
  }
}

package org.anxiao.energy.water;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One day of a night-flow check (夜间最小流量): the mean flow in the minimum-use window, the mean flow
 * over the whole day, and their ratio.
 *
 * <p>Flows in m³/h: {@code nightFlow} = the window's volume ÷ the window's hours, {@code meanFlow} =
 * the day's volume ÷ 24 h; {@code ratio} = nightFlow ÷ meanFlow, absent on a day without flow (0 ÷ 0
 * is no figure). A ratio near 1 means water runs at night about as much as on average — in a school,
 * where night use is small, the sign of a leak. Invariants: flows finite and zero or more; ratio
 * present exactly when {@code meanFlow > 0}, finite and zero or more; {@code aboveThreshold} only
 * with a ratio. Immutable and thread-safe.
 *
 * @param date           the day
 * @param nightFlow      mean flow in the window, m³/h
 * @param meanFlow       mean flow over the day, m³/h
 * @param ratio          nightFlow ÷ meanFlow, if the day had flow
 * @param aboveThreshold true when a threshold applied and the ratio exceeds it
 */
public record NightFlowDay(LocalDate date, double nightFlow, double meanFlow, OptionalDouble ratio,
    boolean aboveThreshold) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param date           the day
   * @param nightFlow      mean flow in the window, m³/h
   * @param meanFlow       mean flow over the day, m³/h
   * @param ratio          nightFlow ÷ meanFlow, if the day had flow
   * @param aboveThreshold whether the ratio exceeds an applied threshold
   */
  public NightFlowDay {
    Bounds.date("date", date);
    Require.nonNegative("nightFlow", Bounds.decimal("nightFlow", nightFlow));
    Require.nonNegative("meanFlow", Bounds.decimal("meanFlow", meanFlow));
    Require.nonNull("ratio", ratio);
    Require.that(ratio.isPresent() == meanFlow > 0, "ratio", ratio, "must be given exactly when meanFlow > 0");
    if (ratio.isPresent()) {
      Require.nonNegative("ratio", Bounds.decimal("ratio", ratio.getAsDouble()));
    }
    Require.that(!aboveThreshold || ratio.isPresent(), "aboveThreshold", true, "needs a ratio");
  }
}

package org.anxiao.energy.dualcontrol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.Measure;

/**
 * One indicator's progress against this year's budget (单项指标进度). Totals are in the indicator's
 * total unit ({@code kgce}, {@code m3}, {@code kgCO2e}: {@link IntensityMetric#kind()}), intensities in
 * its intensity unit.
 *
 * <ul>
 *   <li>{@code budget} = {@code targetIntensity} × {@code averageDenominator} (the year's average floor
 *       area or persons);</li>
 *   <li>{@code expectedToDate} = {@code budget} × {@code profileShare} (the seasonal shares so far);</li>
 *   <li>{@code forecast} = {@code actualToDate} ÷ {@code profileShare}; {@code forecastIntensity} =
 *       {@code forecast} ÷ {@code averageDenominator};</li>
 *   <li>{@code headroom} = {@code budget} − {@code forecast} (negative: the overrun forecast);</li>
 *   <li>status {@link DualControlStatus#OVER} when {@code actualToDate > budget},
 *       {@link DualControlStatus#AT_RISK} when {@code forecast > budget}, else
 *       {@link DualControlStatus#ON_TRACK}.</li>
 * </ul>
 *
 * <p>Invariants: every number finite; all but {@code headroom} zero or more; {@code profileShare}
 * in (0, 1]. Immutable and thread-safe.
 *
 * @param metric             the indicator
 * @param baselineIntensity  the subject's baseline value
 * @param reductionPercent   the cut by the target year, percent
 * @param targetIntensity    this year's value on the glide path
 * @param averageDenominator the year's average floor area (m²) or persons
 * @param budget             this year's budget, total unit
 * @param actualToDate       the actual of the months reported, total unit
 * @param profileShare       the profile's share of the months reported
 * @param expectedToDate     the budget's share for the months reported
 * @param forecast           the year-end forecast, total unit
 * @param forecastIntensity  the forecast as an intensity
 * @param headroom           budget − forecast, total unit
 * @param status             the status
 */
public record MetricProgress(IntensityMetric metric, double baselineIntensity, BigDecimal reductionPercent,
    double targetIntensity, double averageDenominator, double budget, double actualToDate, double profileShare,
    double expectedToDate, double forecast, double forecastIntensity, double headroom, DualControlStatus status) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param metric             the indicator
   * @param baselineIntensity  the baseline value
   * @param reductionPercent   the cut, percent
   * @param targetIntensity    this year's target intensity
   * @param averageDenominator the average denominator
   * @param budget             the budget
   * @param actualToDate       the actual so far
   * @param profileShare       the profile's share so far
   * @param expectedToDate     the budget's share so far
   * @param forecast           the forecast
   * @param forecastIntensity  the forecast intensity
   * @param headroom           budget − forecast
   * @param status             the status
   */
  public MetricProgress {
    Require.nonNull("metric", metric);
    nonNegative("baselineIntensity", baselineIntensity);
    Bounds.nonNegative("reductionPercent", reductionPercent);
    nonNegative("targetIntensity", targetIntensity);
    nonNegative("averageDenominator", averageDenominator);
    nonNegative("budget", budget);
    nonNegative("actualToDate", actualToDate);
    Require.that(Bounds.decimal("profileShare", profileShare) > 0 && profileShare <= 1 + SeasonalProfile.SUM_TOLERANCE,
        "profileShare", profileShare, "must be above 0 and at most 1");
    nonNegative("expectedToDate", expectedToDate);
    nonNegative("forecast", forecast);
    nonNegative("forecastIntensity", forecastIntensity);
    Bounds.decimal("headroom", headroom);
    Require.nonNull("status", status);
  }

  private static void nonNegative(String field, double value) {
    Require.that(Bounds.decimal(field, value) >= 0, field, value, "must be zero or more");
  }

  /** {@return the budget as a measure in the total unit, e.g. {@code 2328000 kgce}} */
  @JsonIgnore
  public Measure budgetMeasure() {
    return new Measure(BigDecimal.valueOf(budget), metric.kind().numeratorUnit());
  }

  /** {@return the year-end forecast as a measure in the total unit} */
  @JsonIgnore
  public Measure forecastMeasure() {
    return new Measure(BigDecimal.valueOf(forecast), metric.kind().numeratorUnit());
  }

  /** {@return this year's target intensity as a measure in the intensity unit, e.g. {@code 19.4 kgce/m2}} */
  @JsonIgnore
  public Measure targetMeasure() {
    return new Measure(BigDecimal.valueOf(targetIntensity), metric.kind().unit());
  }
}

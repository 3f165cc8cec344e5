package org.anxiao.energy.dualcontrol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.unit.Measure;

/**
 * The target intensity of one indicator in one year on the glide path (年度目标强度): the baseline
 * value cut by the year's part of the cut due by the target year.
 *
 * <p>Invariants: years 1900–2200, {@code baselineYear ≤ year ≤ targetYear}, {@code baselineYear < targetYear};
 * values finite and greater than zero (a cut is below 100 %); {@code value} equals the baseline in
 * the baseline year and baseline × (1 − cut) in the target year. Immutable and thread-safe.
 *
 * @param metric           the indicator
 * @param year             the year
 * @param baselineYear     the targets' baseline year
 * @param targetYear       the targets' target year
 * @param baseline         the baseline value, in the indicator's unit
 * @param reductionPercent the cut by the target year, percent
 * @param glidePath        how the cut is spread
 * @param value            the year's target, in the indicator's unit
 * @param rules            the rule values read
 */
public record GlideTarget(IntensityMetric metric, int year, long baselineYear, long targetYear, double baseline,
    BigDecimal reductionPercent, GlidePath glidePath, double value, List<AppliedRule> rules) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param metric           the indicator
   * @param year             the year
   * @param baselineYear     the baseline year
   * @param targetYear       the target year
   * @param baseline         the baseline value
   * @param reductionPercent the cut, percent
   * @param glidePath        the glide path
   * @param value            the year's target
   * @param rules            the rule values read
   */
  public GlideTarget {
    Require.nonNull("metric", metric);
    Require.that(baselineYear >= 1900 && baselineYear <= 2200, "baselineYear", baselineYear, "must be 1900 to 2200");
    Require.that(targetYear >= 1900 && targetYear <= 2200, "targetYear", targetYear, "must be 1900 to 2200");
    Require.that(baselineYear < targetYear, "targetYear", targetYear, "must be after the baseline year {}", baselineYear);
    Require.that(year >= baselineYear && year <= targetYear, "year", year, "must be between {} and the target year",
        baselineYear);
    Require.that(Bounds.decimal("baseline", baseline) > 0, "baseline", baseline, "must be greater than zero");
    Bounds.nonNegative("reductionPercent", reductionPercent);
    Require.that(reductionPercent.compareTo(BigDecimal.valueOf(100)) < 0, "reductionPercent", reductionPercent,
        "must be below 100");
    Require.nonNull("glidePath", glidePath);
    Require.that(Bounds.decimal("value", value) > 0, "value", value, "must be greater than zero");
    rules = Bounds.list("rules", rules);
  }

  /** {@return the year's target as a measure in the indicator's unit, e.g. {@code 19.4 kgce/m2}} */
  @JsonIgnore
  public Measure measure() {
    return new Measure(BigDecimal.valueOf(value), metric.kind().unit());
  }
}

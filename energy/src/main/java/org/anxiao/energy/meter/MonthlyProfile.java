package org.anxiao.energy.meter;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * A twelve-month shape of consumption (典型月分布) for {@link EstimationMethod#PROFILE}: the relative
 * amount of each calendar month of a typical year — last year's bills, a design load profile — in any
 * scale and unit (only ratios count). The daily weight of a month is its weight ÷ its days (in the year
 * being estimated), so a 31-day month of weight 31 and a 28-day month of weight 28 have equal daily rates.
 *
 * <p>Invariants: exactly twelve weights, January first, each zero or more, not all zero. Immutable
 * and thread-safe.
 *
 * @param weights the weights of January to December
 */
public record MonthlyProfile(List<BigDecimal> weights) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param weights the weights of January to December
   */
  public MonthlyProfile {
    weights = Bounds.list("weights", weights);
    Require.that(weights.size() == 12, "weights", weights.size() + " weights", "must hold twelve, January to December");
    boolean any = false;
    for (int i = 0; i < 12; i++) {
      Bounds.nonNegative("weights[" + i + "]", weights.get(i));
      any |= weights.get(i).signum() > 0;
    }
    Require.that(any, "weights", weights, "must not all be zero");
  }

  /**
   * {@return a profile from twelve decimal texts}
   *
   * @param weights the weights of January to December, as decimal text
   */
  public static MonthlyProfile of(String... weights) {
    Require.noNullIn("weights", weights);
    return new MonthlyProfile(java.util.Arrays.stream(weights).map(AnxiaoUnits::decimal).toList());
  }

  /**
   * {@return the weight of a calendar month}
   *
   * @param month the month, 1 to 12
   */
  public BigDecimal weight(int month) {
    Require.that(month >= 1 && month <= 12, "month", month, "must be 1 to 12");
    return weights.get(month - 1);
  }
}

package org.anxiao.energy.dualcontrol;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;

/**
 * How a year's total is expected to fall over its months (季节性月度分布): twelve shares, January
 * first, that sum to one. The year-to-date position compares the actual so far with the budget ×
 * the shares so far, and the year-end forecast is the actual so far ÷ the shares so far.
 *
 * <p>Invariants: exactly 12 shares, each zero or more, summing to 1 within {@link #SUM_TOLERANCE}
 * (decimal shares such as twelve times 0.0833333333 cannot sum to 1 exactly). Immutable and
 * thread-safe.
 *
 * @param shares the share of each month, January first
 * @param source where the shares came from
 */
public record SeasonalProfile(List<BigDecimal> shares, ProfileSource source) {
  /**
   * How far the shares' sum may be from 1: an input check on decimal shares (twelve shares written
   * to ten places are within it), not a rule of any programme.
   */
  public static final double SUM_TOLERANCE = 1e-9;

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param shares the share of each month, January first: 12 values, zero or more, summing to 1
   * @param source where they came from
   */
  public SeasonalProfile {
    shares = Bounds.list("shares", shares);
    Require.that(shares.size() == 12, "shares", shares.size(), "must hold 12 monthly shares, January first");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < 12; i++) {
      sum = sum.add(Bounds.nonNegative("shares[" + i + "]", shares.get(i)));
    }
    Require.that(Math.abs(sum.doubleValue() - 1) <= SUM_TOLERANCE, "shares", sum.toPlainString(), "must sum to 1");
    Require.nonNull("source", source);
  }

  /**
   * {@return the caller's shares}
   *
   * @param shares 12 shares, January first, summing to 1
   */
  public static SeasonalProfile of(List<BigDecimal> shares) {
    return new SeasonalProfile(shares, ProfileSource.CALLER);
  }

  /**
   * {@return the shares of days of {@code year}: month days ÷ year days — the default, no seasonality}
   *
   * @param year the year (its length decides February's share)
   */
  public static SeasonalProfile byDays(int year) {
    CalendarYear y = new CalendarYear(year);
    BigDecimal days = BigDecimal.valueOf(y.days());
    List<BigDecimal> shares = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      shares.add(BigDecimal.valueOf(new Month(year, m).days()).divide(days, MathContext.DECIMAL64));
    }
    return new SeasonalProfile(shares, ProfileSource.DAYS);
  }

  /**
   * {@return the shares of the baseline year's monthly energy (kgce): each month's kgce ÷ the year's}
   *
   * @param baselineYear the baseline year's twelve monthly actuals
   * @throws org.anxiao.core.error.InvalidValueException unless they are the twelve months of one year with energy above zero
   */
  public static SeasonalProfile fromBaselineMonths(List<MonthlyActual> baselineYear) {
    List<MonthlyActual> months = Bounds.list("baselineYear", baselineYear);
    Require.that(months.size() == 12, "baselineYear", months.size(), "must hold the 12 months of the baseline year");
    double[] kgce = new double[12];
    int year = months.get(0).month().year();
    double total = 0;
    for (int i = 0; i < 12; i++) {
      Month m = months.get(i).month();
      Require.that(m.year() == year && m.month() == i + 1, "baselineYear[" + i + "].month", m.code(),
          "must be month {} of {}, in order", i + 1, year);
      kgce[i] = months.get(i).energyKgce();
      total += kgce[i];
    }
    Require.that(total > 0, "baselineYear", total, "must have energy above zero over the year");
    List<BigDecimal> shares = new ArrayList<>();
    for (double k : kgce) {
      shares.add(BigDecimal.valueOf(k / total));
    }
    return new SeasonalProfile(shares, ProfileSource.BASELINE_ACTUALS);
  }

  /**
   * {@return the sum of the shares of January to {@code month}, inclusive}
   *
   * @param month 1 to 12
   */
  public double shareThrough(int month) {
    Require.that(month >= 1 && month <= 12, "month", month, "must be 1 to 12");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < month; i++) {
      sum = sum.add(shares.get(i));
    }
    return sum.doubleValue();
  }
}

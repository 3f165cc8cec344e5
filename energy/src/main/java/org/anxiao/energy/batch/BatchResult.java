package org.anxiao.energy.batch;

import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.energy.carrier.ElectricityBasis;

/**
 * City-scale figures per school and period (批量结果): kgce, Scope 1, Scope 2 location-based and
 * market-based tCO₂; per school the totals over all periods and the energy intensity (kgce/m²);
 * the rows summed and rejected, the failures, and every rule value used.
 *
 * <p>Arrays are indexed {@code school × periods + period}; accessors return copies. Scope 2
 * location-based = grid kWh × the school's grid factor + heat MJ × its heat factor; market-based =
 * max(grid kWh − green kWh, 0) × its residual factor + the same heat term. Where green power exceeds
 * the grid kWh of a school and period, the remainder is taken as zero and a {@link Failure} with the
 * key {@code school/period} says so. Immutable and thread-safe.
 */
public final class BatchResult {
  private final int schools;
  private final int periods;
  private final ElectricityBasis basis;
  private final double[] kgce;
  private final double[] scope1;
  private final double[] location;
  private final double[] market;
  private final double[] area;
  private final long added;
  private final long rejected;
  private final List<Failure> failures;
  private final List<AppliedRule> rules;

  private BatchResult(BatchFactors f, int periods, double[] kgce, double[] scope1, double[] location, double[] market,
      long added, long rejected, List<Failure> failures) {
    this.schools = f.schools();
    this.periods = periods;
    this.basis = f.basis();
    this.kgce = kgce;
    this.scope1 = scope1;
    this.location = location;
    this.market = market;
    this.area = new double[schools];
    for (int s = 0; s < schools; s++) {
      area[s] = f.area(s);
    }
    this.added = added;
    this.rejected = rejected;
    this.failures = List.copyOf(failures);
    this.rules = f.rules();
  }

  static BatchResult of(BatchFactors f, int periods, double[] sums, double[] green, long added, long rejected,
      List<Failure> failures) {
    int groups = f.schools() * periods;
    double[] kgce = new double[groups];
    double[] scope1 = new double[groups];
    double[] location = new double[groups];
    double[] market = new double[groups];
    List<Failure> all = new ArrayList<>(failures);
    for (int g = 0; g < groups; g++) {
      int s = g / periods;
      int o = g * BatchFactors.K;
      double grid = sums[o + 2];
      double heat = sums[o + 3] * f.heatFactor(s);
      double remainder = grid - green[g];
      if (remainder < 0) {
        if (all.size() < BatchAccumulator.FAILURES_KEPT) {
          all.add(Failure.of(g, s + "/" + (g % periods), new InvalidValueException("greenKwh", green[g],
              "exceeds the grid electricity of the school and period (" + grid + " kWh); the remainder is taken as zero")));
        }
        remainder = 0;
      }
      kgce[g] = sums[o];
      scope1[g] = sums[o + 1] / 1000;
      location[g] = (grid * f.gridFactor(s) + heat) / 1000;
      market[g] = (remainder * f.residualFactor(s) + heat) / 1000;
    }
    return new BatchResult(f, periods, kgce, scope1, location, market, added, rejected, all);
  }

  /** {@return the number of schools} */
  public int schools() {
    return schools;
  }

  /** {@return the number of periods per school} */
  public int periods() {
    return periods;
  }

  /** {@return the electricity basis of every kgce} */
  public ElectricityBasis basis() {
    return basis;
  }

  /** {@return kgce per school and period (a copy)} */
  public double[] kgce() {
    return kgce.clone();
  }

  /** {@return Scope 1 tCO₂ per school and period (a copy)} */
  public double[] scope1Tonnes() {
    return scope1.clone();
  }

  /** {@return Scope 2 location-based tCO₂ per school and period (a copy)} */
  public double[] scope2LocationTonnes() {
    return location.clone();
  }

  /** {@return Scope 2 market-based tCO₂ per school and period (a copy)} */
  public double[] scope2MarketTonnes() {
    return market.clone();
  }

  /**
   * {@return kgce of one school and period}
   *
   * @param school the school index
   * @param period the period index
   */
  public double kgce(int school, int period) {
    return kgce[group(school, period)];
  }

  /**
   * {@return the kgce of {@code school} over all periods}
   *
   * @param school the school index
   */
  public double totalKgce(int school) {
    return sum(kgce, school);
  }

  /**
   * {@return Scope 1 + Scope 2 location-based tCO₂ of {@code school} over all periods}
   *
   * @param school the school index
   */
  public double locationTonnes(int school) {
    return sum(scope1, school) + sum(location, school);
  }

  /**
   * {@return Scope 1 + Scope 2 market-based tCO₂ of {@code school} over all periods}
   *
   * @param school the school index
   */
  public double marketTonnes(int school) {
    return sum(scope1, school) + sum(market, school);
  }

  /**
   * {@return the energy intensity of {@code school}: its kgce over all periods ÷ its floor area, kgce/m²}
   *
   * @param school the school index
   */
  public double kgcePerSquareMetre(int school) {
    return totalKgce(checkSchool(school)) / area[school];
  }

  /** {@return the rows summed} */
  public long rowsAdded() {
    return added;
  }

  /** {@return the rows rejected (each a failure; the first {@value BatchAccumulator#FAILURES_KEPT} are listed)} */
  public long rowsRejected() {
    return rejected;
  }

  /** {@return the failures kept: rejected rows by index, and school/period keys where green power exceeded the grid kWh} */
  public List<Failure> failures() {
    return failures;
  }

  /** {@return every rule value used} */
  public List<AppliedRule> rules() {
    return rules;
  }

  private int group(int school, int period) {
    checkSchool(school);
    Require.that(period >= 0 && period < periods, "period", period, "must be between 0 and {}", periods - 1);
    return school * periods + period;
  }

  private int checkSchool(int school) {
    Require.that(school >= 0 && school < schools, "school", school, "must be between 0 and {}", schools - 1);
    return school;
  }

  private double sum(double[] values, int school) {
    int from = checkSchool(school) * periods;
    double s = 0;
    for (int p = 0; p < periods; p++) {
      s += values[from + p];
    }
    return s;
  }

  @Override
  public String toString() {
    return "BatchResult{" + schools + " schools × " + periods + " periods, " + basis + ", " + added + " rows, "
        + rejected + " rejected}";
  }
}

package org.anxiao.energy.batch;

import org.anxiao.core.internal.Require;

/**
 * The batch API over primitive columns (批量计算) in one call: all rows of one set of columns through
 * one {@link BatchAccumulator}. For a distributed engine, call {@link BatchFactors#accumulator(int)}
 * per partition instead and {@link BatchAccumulator#merge} the partitions.
 *
 * <pre>{@code
 * BatchFactors factors = BatchFactors.of(ElectricityBasis.CALORIFIC, coal.weights(CALORIFIC), scope1Weights,
 *     gridBySchool, residualBySchool, heatBySchool, areaBySchool, factorRules);
 * BatchResult r = EnergyBatch.run(factors, 12, school, carrier, month, value);
 * double kgcePerM2 = r.kgcePerSquareMetre(42);
 * }</pre>
 */
public final class EnergyBatch {
  private EnergyBatch() {}

  /**
   * {@return the figures of every row of the columns}
   *
   * @param factors the factors, resolved once
   * @param periods the number of periods per school
   * @param school  the school of each row
   * @param carrier the carrier ordinal of each row
   * @param period  the period of each row
   * @param value   the amount of each row, in the carrier's unit
   */
  public static BatchResult run(BatchFactors factors, int periods, int[] school, int[] carrier, int[] period,
      double[] value) {
    Require.nonNull("factors", factors);
    int n = Require.nonNull("value", value).length;
    return factors.accumulator(periods).add(school, carrier, period, value, 0, n).result();
  }
}

package org.anxiao.energy.internal;

/**
 * The one formula behind standard coal and emissions (加权求和): for each row {@code i},
 * {@code out[group[i]] += amount[i] × weight[slot[i]]} — kgce when the weights are coal
 * coefficients, kgCO₂ when they are emission factors. The typed calculators build small arrays
 * for one school and call this; the batch API calls it over city-scale columns; so both give the
 * same doubles for the same rows in the same order.
 *
 * <p>Plain double arithmetic, rows in order: the sum of n products is within n·ε·Σ|amount·weight|
 * of the exact sum (ε = 2⁻⁵³), far below the rounding of any reported figure. Inputs are checked
 * by the callers (finite, non-negative, indices in range); a weight of NaN marks a slot with no
 * rule value and is refused here, naming the row. Stateless and thread-safe.
 */
public final class WeightedSums {
  private WeightedSums() {}

  /**
   * Adds {@code amount[i] × weight[slot[i]]} to {@code out[group[i]]} for every row {@code i} in
   * {@code [from, to)}.
   *
   * @param group  the output index of each row (a school)
   * @param slot   the weight index of each row (a carrier's ordinal, or a per-call slot)
   * @param amount the amount of each row, in the unit its weight is per
   * @param weight the weight of each slot; NaN where no rule value exists
   * @param out    the sums, added to in place
   * @param from   first row, inclusive
   * @param to     last row, exclusive
   * @return -1 when every row had a weight, else the first row whose slot's weight is NaN (its
   *     product is not added; the rows after it are)
   */
  public static int accumulate(int[] group, int[] slot, double[] amount, double[] weight, double[] out, int from,
      int to) {
    int firstMissing = -1;
    for (int i = from; i < to; i++) {
      double w = weight[slot[i]];
      if (Double.isNaN(w)) {
        if (firstMissing < 0) {
          firstMissing = i;
        }
        continue;
      }
      out[group[i]] += amount[i] * w;
    }
    return firstMissing;
  }
}

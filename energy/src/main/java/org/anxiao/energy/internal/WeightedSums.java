package org.anxiao.energy.internal;

/**
 * The one formula behind standard coal and emissions (加权求和): for each row {@code i} and each of
 * {@code k} outputs {@code j}, {@code out[(group(i)) × k + j] += amount[i] × weight[slot[i] × k + j]}
 * — kgce when a weight is a coal coefficient, kgCO₂ when it is an emission factor, the plain amount
 * when it is 1. The typed calculators call it with small arrays for one school; the batch API calls
 * it over city-scale columns; so both give the same doubles for the same rows in the same order.
 *
 * <p>A row's group is {@code major[i] × minorCount + minor[i]} (a school and a period in the batch
 * API; a carrier and period 0 in the typed one). A row whose amount is not finite or is negative,
 * whose indices are out of range, or whose slot is not {@code known}, is not added: its index is
 * reported to {@code rejected}, so that no bad row is ever summed or silently dropped.
 *
 * <p>Plain double arithmetic, rows in order: each sum of n products is within n·ε·Σ|amount × weight|
 * of the exact sum (ε = 2⁻⁵³), far below the rounding of any reported figure. Stateless and
 * thread-safe; the arrays are the caller's.
 */
public final class WeightedSums {
  private WeightedSums() {}

  /** Zeros shared by every caller: never written, so sharing is safe; replaced by a longer one when needed. */
  private static volatile int[] zeros = new int[256];

  /**
   * {@return a read-only array of at least {@code n} zeros, for a single minor group} Callers must
   * not write to it.
   *
   * @param n the length needed
   */
  public static int[] zeros(int n) {
    int[] z = zeros;
    if (z.length < n) {
      z = new int[Math.max(n, z.length * 2)];
      zeros = z;
    }
    return z;
  }

  /** Receives the index of a row that was not added. */
  @FunctionalInterface
  public interface Rejected {
    /**
     * Called once per rejected row, in row order.
     *
     * @param row the row's index
     */
    void row(int row);
  }

  /**
   * Accumulates rows {@code [from, to)}.
   *
   * @param major      the major group index of each row, {@code 0 ≤ major < majorCount}
   * @param majorCount the number of major groups
   * @param minor      the minor group index of each row, {@code 0 ≤ minor < minorCount} ({@link #zeros}
   *                   when there is one minor group)
   * @param minorCount the number of minor groups
   * @param slot       the weight slot of each row
   * @param known      which slots have weights
   * @param amount     the amount of each row, finite and zero or more
   * @param weight     {@code k} weights per slot, slot-major
   * @param k          the number of outputs per group
   * @param out        {@code k} sums per group, group-major, added to in place
   * @param from       first row, inclusive
   * @param to         last row, exclusive
   * @param rejected   receives each row that was not added
   * @return the number of rows rejected
   */
  public static int accumulate(int[] major, int majorCount, int[] minor, int minorCount, int[] slot, boolean[] known,
      double[] amount, double[] weight, int k, double[] out, int from, int to, Rejected rejected) {
    int bad = 0;
    int slots = known.length;
    for (int i = from; i < to; i++) {
      int a = major[i];
      int b = minor[i];
      int s = slot[i];
      double v = amount[i];
      if (!(v >= 0 && v <= Double.MAX_VALUE) || a < 0 || a >= majorCount || b < 0 || b >= minorCount || s < 0
          || s >= slots || !known[s]) {
        rejected.row(i);
        bad++;
        continue;
      }
      int o = (a * minorCount + b) * k;
      int w = s * k;
      if (k == 4) {
        // The batch API's four outputs, unrolled: the same sums as the loop below, in the same order.
        out[o] += v * weight[w];
        out[o + 1] += v * weight[w + 1];
        out[o + 2] += v * weight[w + 2];
        out[o + 3] += v * weight[w + 3];
        continue;
      }
      for (int j = 0; j < k; j++) {
        out[o + j] += v * weight[w + j];
      }
    }
    return bad;
  }

  /**
   * The one-output form: adds {@code amount[i] × weight[slot[i]]} to {@code out[group[i]]} for every
   * row in {@code [from, to)} whose weight is not NaN.
   *
   * @param group  the output index of each row
   * @param slot   the weight index of each row
   * @param amount the amount of each row, finite and zero or more
   * @param weight the weight of each slot; NaN where no rule value exists
   * @param out    the sums, added to in place
   * @param from   first row, inclusive
   * @param to     last row, exclusive
   * @return -1 when every row was added, else the first row that was not
   */
  public static int accumulate(int[] group, int[] slot, double[] amount, double[] weight, double[] out, int from,
      int to) {
    boolean[] known = new boolean[weight.length];
    double[] w = new double[weight.length];
    for (int s = 0; s < weight.length; s++) {
      known[s] = !Double.isNaN(weight[s]);
      w[s] = known[s] ? weight[s] : 0;
    }
    int[] first = {-1};
    accumulate(group, out.length, zeros(group.length), 1, slot, known, amount, w, 1, out, from, to, row -> {
      if (first[0] < 0) {
        first[0] = row;
      }
    });
    return first[0];
  }
}

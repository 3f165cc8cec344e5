package org.anxiao.core.batch;

import org.anxiao.core.error.InvalidValueException;

/**
 * The one compensated sum of the double columns: Neumaier's variant of Kahan summation.
 *
 * <p>For finite inputs x₁…xₙ with exact sum S the result differs from S by at most
 * 2ε·|S| + n·ε²·Σ|xᵢ| (ε = 2⁻⁵³, the unit round-off of {@code double}), against (n−1)·ε·Σ|xᵢ| for
 * a plain loop. For a million readings the second term is below 10⁻²⁶ of the sum of magnitudes:
 * in practice the result is the exact sum rounded once or twice. The order of the inputs
 * changes the result by no more than this bound.
 *
 * <p>Stateless and thread-safe.
 */
final class Summation {
  private Summation() {}

  /**
   * The compensated sum of {@code values[from]} to {@code values[to - 1]}.
   *
   * @throws InvalidValueException when a partial sum exceeds the range of a double
   */
  static double sum(double[] values, int from, int to) {
    double sum = 0.0;
    double compensation = 0.0;
    for (int i = from; i < to; i++) {
      double v = values[i];
      double t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) {
        compensation += (sum - t) + v;
      } else {
        compensation += (v - t) + sum;
      }
      sum = t;
    }
    double result = sum + compensation;
    if (!Double.isFinite(result)) {
      throw new InvalidValueException("sum", sum, "exceeds the range of a double; sum the exact column instead");
    }
    // Never -0.0: the running sum starts at +0.0, and a sum of doubles is -0.0 only when both terms are.
    return result;
  }
}

package org.anxiao.core.testkit.gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Edge cases around thresholds: each threshold itself and one step either side of it, where an
 * off-by-one in a tier or band shows. The domain kits read the thresholds from the shipped packs.
 */
public final class Boundaries {
  private Boundaries() {}

  /**
   * {@return the values {@code t − step}, {@code t} and {@code t + step} for every threshold t,
   * drawn uniformly}
   *
   * @param thresholds the thresholds, at least one
   * @param step       the step either side, e.g. {@code 1} for counts, {@code 0.01} for two decimals
   */
  public static Gen<BigDecimal> around(Collection<BigDecimal> thresholds, BigDecimal step) {
    return Generate.pick(values(thresholds, step));
  }

  /**
   * {@return the list {@link #around} draws from, in the thresholds' order}
   *
   * @param thresholds the thresholds, at least one
   * @param step       the step either side
   */
  public static List<BigDecimal> values(Collection<BigDecimal> thresholds, BigDecimal step) {
    if (thresholds.isEmpty()) {
      throw new IllegalArgumentException("no thresholds");
    }
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("step must be positive: " + step);
    }
    List<BigDecimal> out = new ArrayList<>();
    for (BigDecimal t : thresholds) {
      out.add(t.subtract(step));
      out.add(t);
      out.add(t.add(step));
    }
    return List.copyOf(out);
  }

  /**
   * {@return whole numbers {@code t − 1}, {@code t}, {@code t + 1} around each threshold, none below {@code min}}
   *
   * @param thresholds the thresholds, at least one
   * @param min        the smallest value kept, e.g. 0 for a headcount
   */
  public static Gen<Integer> aroundInts(Collection<Integer> thresholds, int min) {
    List<Integer> out = new ArrayList<>();
    for (int t : thresholds) {
      for (int v = t - 1; v <= t + 1; v++) {
        if (v >= min) {
          out.add(v);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no value at or above " + min + " around " + thresholds);
    }
    return Generate.pick(out);
  }
}

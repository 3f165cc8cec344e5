package org.anxiao.energy.carrier;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;

/**
 * A weight per carrier resolved once from a rule pack (按品种系数): kgce per carrier unit, or kgCO₂ per
 * carrier unit, with the rule values read — what the batch API and a distributed engine need to
 * convert millions of rows without touching a pack again.
 *
 * <p>Invariants: a weight is finite and zero or more, or absent (no rule value for the carrier: a
 * row of that carrier is refused, never counted at zero); a carrier that does not count (exported
 * PV, water unless a pack opts in) has weight zero. Immutable and thread-safe.
 */
public final class CarrierWeights {
  private final String unit;
  private final double[] weights;
  private final List<AppliedRule> rules;

  private CarrierWeights(String unit, double[] weights, List<AppliedRule> rules) {
    this.unit = unit;
    this.weights = weights;
    this.rules = rules;
  }

  /**
   * {@return the weights}
   *
   * @param unit    what a weight converts an amount to, e.g. {@code kgce} or {@code kgCO2}
   * @param weights the weight of each carrier that has one
   * @param rules   the rule values the weights were read from
   */
  public static CarrierWeights of(String unit, Map<Carrier, Double> weights, List<AppliedRule> rules) {
    Bounds.code("unit", unit);
    Require.nonNull("weights", weights);
    double[] w = new double[Carrier.values().length];
    Arrays.fill(w, Double.NaN);
    weights.forEach((c, v) -> {
      Require.nonNull("weights key", c);
      double d = Bounds.decimal("weights[" + c + "]", Require.nonNull("weights[" + c + "]", v));
      Require.that(d >= 0, "weights[" + c + "]", d, "must be zero or more");
      w[c.ordinal()] = d;
    });
    return new CarrierWeights(unit, w, Bounds.list("rules", rules));
  }

  /** {@return what a weight converts an amount to, e.g. {@code kgce}} */
  public String unit() {
    return unit;
  }

  /**
   * {@return the weight of {@code carrier}, if the packs give one}
   *
   * @param carrier the carrier
   */
  public OptionalDouble weight(Carrier carrier) {
    double w = weights[Require.nonNull("carrier", carrier).ordinal()];
    return Double.isNaN(w) ? OptionalDouble.empty() : OptionalDouble.of(w);
  }

  /** {@return the weights by carrier ordinal, NaN where absent (a copy, for primitive loops)} */
  public double[] toArray() {
    return weights.clone();
  }

  /** {@return the rule values the weights were read from} */
  public List<AppliedRule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "CarrierWeights{" + unit + " " + Arrays.toString(weights) + "}";
  }
}

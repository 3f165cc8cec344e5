package org.anxiao.energy.water;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The night-flow leak threshold (夜间最小流量漏损判定值), bound from packs of kind
 * {@code anxiao.energy.night-flow}: a day whose ratio of mean night flow to mean daily flow exceeds
 * {@code leakRatio} is flagged as a suspected leak. The spec gives no threshold, so no pack ships:
 * a caller who has one (a water company's or a district's practice) registers its own pack, and
 * without one {@link NightFlows#withoutThreshold()} reports the ratio alone. Immutable and
 * thread-safe.
 *
 * @param leakRatio the ratio above which a day is flagged, a pure number greater than zero
 */
public record NightFlowRule(RuleValue<BigDecimal> leakRatio) {

  static final ParameterSpec<BigDecimal> LEAK_RATIO = ParameterSpec.decimal("leakRatio").positive();

  /** The rule kind {@code anxiao.energy.night-flow}. */
  public static final RuleKind<NightFlowRule> KIND = RuleKind.of("anxiao.energy.night-flow", List.of(LEAK_RATIO),
      b -> new NightFlowRule(b.get(LEAK_RATIO)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param leakRatio the ratio above which a day is flagged
   */
  public NightFlowRule {
    Require.nonNull("leakRatio", leakRatio);
  }
}

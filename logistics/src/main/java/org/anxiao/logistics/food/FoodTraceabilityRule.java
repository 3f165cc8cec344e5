package org.anxiao.logistics.food;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The food-traceability rule (食品安全追溯), bound from packs of kind {@code anxiao.logistics.food-traceability}:
 * <ul>
 *   <li>{@code onlineRateTarget} — the least share of purchases on the platform, 0 to 1: 1 (100 %) in
 *       Minhang (闵行区教育局校园安全专项整治工作实施方案 2022 §四(一)3: "确保'阳光午餐学校食品安全追溯管理平台'上线率
 *       达到100%");</li>
 *   <li>{@code levels} — the traceability levels each purchase must carry: 原料信息、供应商、基地 (三级追溯,
 *       ibid.).</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param onlineRateTarget the least on-line rate, 0 to 1
 * @param levels           the levels each purchase must carry
 */
public record FoodTraceabilityRule(RuleValue<BigDecimal> onlineRateTarget, RuleValue<Set<TraceLevel>> levels) {
  static final ParameterSpec<BigDecimal> TARGET = ParameterSpec.decimal("onlineRateTarget")
      .range(BigDecimal.ZERO, BigDecimal.ONE);
  static final ParameterSpec<Set<TraceLevel>> LEVELS = ParameterSpec.enumSet("levels", TraceLevel.class);

  /** The rule kind {@code anxiao.logistics.food-traceability}. */
  public static final RuleKind<FoodTraceabilityRule> KIND = RuleKind.of("anxiao.logistics.food-traceability",
      List.of(TARGET, LEVELS), FoodTraceabilityRule::bind);

  /**
   * Creates the record after checking each component is given.
   *
   * @param onlineRateTarget the least on-line rate
   * @param levels           the levels required
   */
  public FoodTraceabilityRule {
    Require.nonNull("onlineRateTarget", onlineRateTarget);
    Require.nonNull("levels", levels);
  }

  private static FoodTraceabilityRule bind(RuleBinding b) {
    return new FoodTraceabilityRule(b.get(TARGET), b.get(LEVELS));
  }
}

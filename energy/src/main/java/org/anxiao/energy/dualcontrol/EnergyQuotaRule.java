package org.anxiao.energy.dualcontrol;

import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.energy.carrier.ElectricityBasis;

/**
 * School energy quotas in three tiers (能耗定额: 约束值 ceiling, 基准值 benchmark, 引导值 guide), kgce/m²·a
 * by school category, bound from packs of kind {@code anxiao.energy.energy-quotas}, with the
 * electricity basis the quotas are stated on — a result on the other basis is refused, never
 * converted. The bundled Shanghai university pack (DB31/T 783) is {@code UNVERIFIED}: its values
 * drive no finding unless the caller allows unverified figures. K-12 quotas come from the caller's
 * pack (districts set them yearly, 沪教委后〔2024〕10号 §四3). Immutable and thread-safe.
 *
 * @param electricityBasis the basis the quotas are stated on
 * @param ceiling          约束值 by category, kgce/m²
 * @param benchmark        基准值 by category, kgce/m²
 * @param guide            引导值 by category, kgce/m²
 */
public record EnergyQuotaRule(RuleValue<ElectricityBasis> electricityBasis, RuleValue<RuleTable<String>> ceiling,
    RuleValue<RuleTable<String>> benchmark, RuleValue<RuleTable<String>> guide) {

  static final ParameterSpec<ElectricityBasis> BASIS = ParameterSpec.enumValue("electricityBasis", ElectricityBasis.class);
  static final ParameterSpec<RuleTable<String>> CEILING = ParameterSpec.decimalTable("ceiling", "kgce/m2").positive();
  static final ParameterSpec<RuleTable<String>> BENCHMARK = ParameterSpec.decimalTable("benchmark", "kgce/m2").positive();
  static final ParameterSpec<RuleTable<String>> GUIDE = ParameterSpec.decimalTable("guide", "kgce/m2").positive();

  /** The rule kind {@code anxiao.energy.energy-quotas}. */
  public static final RuleKind<EnergyQuotaRule> KIND = RuleKind.of("anxiao.energy.energy-quotas",
      List.of(BASIS, CEILING, BENCHMARK, GUIDE),
      b -> new EnergyQuotaRule(b.get(BASIS), b.get(CEILING), b.get(BENCHMARK), b.get(GUIDE)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param electricityBasis the basis
   * @param ceiling          约束值 by category
   * @param benchmark        基准值 by category
   * @param guide            引导值 by category
   */
  public EnergyQuotaRule {
    Require.nonNull("electricityBasis", electricityBasis);
    Require.nonNull("ceiling", ceiling);
    Require.nonNull("benchmark", benchmark);
    Require.nonNull("guide", guide);
  }
}

package org.anxiao.energy.carbon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/**
 * A set of grid emission factors (电网排放因子) for location-based Scope 2, bound from packs of one
 * factor-set kind: the factor of electricity per {@link GridRegion} code and, where the set gives
 * one, the factor of purchased heat.
 *
 * <p>A factor set is a named series of dated packs, one kind per series, so that several sets give
 * results side by side for the same kWh: {@link #MEE} (生态环境部/国家统计局 电力二氧化碳排放因子, one pack per
 * data year, each in force for that calendar year, so a consumption date picks its year's factors
 * and a year with no published factors is {@code RULE_NOT_FOUND}, never the nearest year), and
 * {@link #SHANGHAI_REPORTING} (沪环气〔2022〕34号, 0.42 kgCO₂/kWh, heat 0.06 tCO₂/GJ, Shanghai
 * only). A caller's own series is a kind made with {@link #kind(String)} and contributed through a
 * vocabulary. Immutable and thread-safe.
 *
 * @param electricity the factors of electricity by region code, kgCO₂/kWh
 * @param heat        the factor of purchased heat, kgCO₂/MJ, if the set gives one
 */
public record GridFactorRule(RuleValue<RuleTable<String>> electricity, Optional<RuleValue<BigDecimal>> heat) {

  static final ParameterSpec<RuleTable<String>> ELECTRICITY =
      ParameterSpec.decimalTable("electricity", "kgCO2/kWh").positive();
  static final ParameterSpec<BigDecimal> HEAT = ParameterSpec.decimal("heat", "kgCO2/MJ").positive().optional();

  /** The MEE/NBS national, regional and provincial factors, kind {@code anxiao.energy.grid-factors.mee}. */
  public static final RuleKind<GridFactorRule> MEE = kind("anxiao.energy.grid-factors.mee");
  /** Shanghai's reporting factors, kind {@code anxiao.energy.grid-factors.sh-reporting}. */
  public static final RuleKind<GridFactorRule> SHANGHAI_REPORTING = kind("anxiao.energy.grid-factors.sh-reporting");

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param electricity the factors of electricity by region code, kgCO₂/kWh
   * @param heat        the factor of purchased heat, kgCO₂/MJ, if any
   */
  public GridFactorRule {
    Require.nonNull("electricity", electricity);
    Require.nonNull("heat", heat);
  }

  /**
   * {@return a factor-set kind named {@code id}, with this record's parameters} Keep it in a constant
   * and contribute it through {@link org.anxiao.core.spi.AnxiaoVocabulary#ruleKinds()}: a registry
   * knows one kind object per id.
   *
   * @param id the kind's name, a lower-case dotted name
   */
  public static RuleKind<GridFactorRule> kind(String id) {
    Bounds.code("id", id);
    return RuleKind.of(id, List.of(ELECTRICITY, HEAT), b -> new GridFactorRule(b.get(ELECTRICITY), b.find(HEAT)));
  }

  /** True when {@code kind} was made by {@link #kind(String)}: its packs bind to this record. */
  static boolean isFactorSet(RuleKind<?> kind) {
    List<?> parameters = kind.parameters();
    return parameters.size() == 2 && parameters.get(0) == ELECTRICITY && parameters.get(1) == HEAT;
  }
}

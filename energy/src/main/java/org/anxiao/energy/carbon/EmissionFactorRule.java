package org.anxiao.energy.carbon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.energy.carrier.Carrier;

/**
 * Default CO₂ emission factors (排放因子) bound from packs of kind {@code anxiao.energy.emission-factors}:
 * fuels burnt on site (Scope 1) and the default factor of purchased heat (Scope 2), in the bundled
 * national pack {@code cn.ndrc.public-building-emission-factors} (NDRC 公共建筑运营单位温室气体排放核算方法和报告指南,
 * 2015, consistent with GB/T 51366-2019). Other NDRC editions print other calorific values
 * (gasoline 3.04, diesel 3.15 tCO₂/t): a factor names its edition through its pack. A fuel with no
 * row is refused ({@code UNKNOWN_CODE}), never counted at zero. CO₂ is recorded as CO₂e at GWP 1.
 * Immutable and thread-safe.
 *
 * <p>{@code heat} is optional, so that a pack of another edition may give fuel factors only; purchased
 * heat then needs a factor from the grid-factor set asked for ({@link GridFactorRule#heat()}), and
 * with neither it is refused ({@code RULE_NOT_FOUND}).
 *
 * @param byMass   LPG, diesel, gasoline and other fuels by mass, kgCO₂/kg (= tCO₂/t)
 * @param byVolume natural gas, kgCO₂/m³
 * @param heat     purchased heat, kgCO₂/MJ (= tCO₂/GJ), if the pack gives it (the national pack: 0.11)
 */
public record EmissionFactorRule(RuleValue<RuleTable<Carrier>> byMass, RuleValue<RuleTable<Carrier>> byVolume,
    Optional<RuleValue<BigDecimal>> heat) {

  static final ParameterSpec<RuleTable<Carrier>> BY_MASS =
      ParameterSpec.decimalTable("byMass", Carrier.class, "kgCO2/kg").positive();
  static final ParameterSpec<RuleTable<Carrier>> BY_VOLUME =
      ParameterSpec.decimalTable("byVolume", Carrier.class, "kgCO2/m3").positive();
  static final ParameterSpec<BigDecimal> HEAT = ParameterSpec.decimal("heat", "kgCO2/MJ").positive().optional();

  /** The rule kind {@code anxiao.energy.emission-factors}. */
  public static final RuleKind<EmissionFactorRule> KIND = RuleKind.of("anxiao.energy.emission-factors",
      List.of(BY_MASS, BY_VOLUME, HEAT), b -> new EmissionFactorRule(b.get(BY_MASS), b.get(BY_VOLUME), b.find(HEAT)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param byMass   fuels by mass, kgCO₂/kg
   * @param byVolume natural gas, kgCO₂/m³
   * @param heat     purchased heat, kgCO₂/MJ, if any
   */
  public EmissionFactorRule {
    Require.nonNull("byMass", byMass);
    Require.nonNull("byVolume", byVolume);
    Require.nonNull("heat", heat);
  }
}

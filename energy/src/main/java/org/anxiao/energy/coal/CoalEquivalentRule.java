package org.anxiao.energy.coal;

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
 * The standard-coal conversion rule (折标准煤系数) bound from packs of kind
 * {@code anxiao.energy.coal-equivalent}: GB/T 2589-2020 综合能耗计算通则 (in force 2021-04-01), annex A/B
 * coefficients, in the bundled national pack {@code cn.gbt2589.coal-equivalent}.
 *
 * <p>Electricity has two bases ({@link org.anxiao.energy.carrier.ElectricityBasis}): the calorific
 * equivalent {@code electricityCalorific} (当量值, 0.1229 kgce/kWh) and the primary-energy equivalent
 * {@code electricityPrimary} (等价值, the supply coal rate of a year and place), which a pack may
 * leave out. Water is not energy: it enters 综合能耗 only where {@code includeWater} is true, at
 * {@code water}. A fuel with a measured net calorific value is converted at NCV ÷
 * {@code kgceCalorificValue} (29 307 kJ/kgce as GB/T 2589 prints it) instead of its table row.
 * Immutable and thread-safe.
 *
 * @param kgceCalorificValue   the heat content of 1 kgce, kJ/kgce (低位发热量)
 * @param electricityCalorific electricity, 当量值, kgce/kWh
 * @param electricityPrimary   electricity, 等价值, kgce/kWh, if the pack gives one
 * @param byMass               LPG, diesel, gasoline, kerosene, raw coal and steam, kgce/kg
 * @param byVolume             natural gas (gas-field and oil-field), kgce/m³
 * @param heat                 purchased heat, kgce/MJ
 * @param includeWater         whether water counts in 综合能耗 (耗能工质); false in the national pack
 * @param water                water, kgce/m³, needed only where {@code includeWater}
 */
public record CoalEquivalentRule(RuleValue<BigDecimal> kgceCalorificValue, RuleValue<BigDecimal> electricityCalorific,
    Optional<RuleValue<BigDecimal>> electricityPrimary, RuleValue<RuleTable<Carrier>> byMass,
    RuleValue<RuleTable<Carrier>> byVolume, RuleValue<BigDecimal> heat, RuleValue<Boolean> includeWater,
    Optional<RuleValue<BigDecimal>> water) {

  static final ParameterSpec<BigDecimal> KGCE_CALORIFIC_VALUE =
      ParameterSpec.decimal("kgceCalorificValue", "kJ/kgce").positive();
  static final ParameterSpec<BigDecimal> ELECTRICITY_CALORIFIC =
      ParameterSpec.decimal("electricityCalorific", "kgce/kWh").positive();
  static final ParameterSpec<BigDecimal> ELECTRICITY_PRIMARY =
      ParameterSpec.decimal("electricityPrimary", "kgce/kWh").positive().optional();
  static final ParameterSpec<RuleTable<Carrier>> BY_MASS =
      ParameterSpec.decimalTable("byMass", Carrier.class, "kgce/kg").positive();
  static final ParameterSpec<RuleTable<Carrier>> BY_VOLUME =
      ParameterSpec.decimalTable("byVolume", Carrier.class, "kgce/m3").positive();
  static final ParameterSpec<BigDecimal> HEAT = ParameterSpec.decimal("heat", "kgce/MJ").positive();
  static final ParameterSpec<Boolean> INCLUDE_WATER = ParameterSpec.flag("includeWater");
  static final ParameterSpec<BigDecimal> WATER = ParameterSpec.decimal("water", "kgce/m3").positive().optional();

  /** The rule kind {@code anxiao.energy.coal-equivalent}. */
  public static final RuleKind<CoalEquivalentRule> KIND = RuleKind.of("anxiao.energy.coal-equivalent",
      List.of(KGCE_CALORIFIC_VALUE, ELECTRICITY_CALORIFIC, ELECTRICITY_PRIMARY, BY_MASS, BY_VOLUME, HEAT, INCLUDE_WATER,
          WATER),
      b -> new CoalEquivalentRule(b.get(KGCE_CALORIFIC_VALUE), b.get(ELECTRICITY_CALORIFIC), b.find(ELECTRICITY_PRIMARY),
          b.get(BY_MASS), b.get(BY_VOLUME), b.get(HEAT), b.get(INCLUDE_WATER), b.find(WATER)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kgceCalorificValue   the heat content of 1 kgce, kJ/kgce
   * @param electricityCalorific electricity, 当量值, kgce/kWh
   * @param electricityPrimary   electricity, 等价值, kgce/kWh, if any
   * @param byMass               fuels and steam by mass, kgce/kg
   * @param byVolume             natural gas, kgce/m³
   * @param heat                 purchased heat, kgce/MJ
   * @param includeWater         whether water counts
   * @param water                water, kgce/m³, if any
   */
  public CoalEquivalentRule {
    Require.nonNull("kgceCalorificValue", kgceCalorificValue);
    Require.nonNull("electricityCalorific", electricityCalorific);
    Require.nonNull("electricityPrimary", electricityPrimary);
    Require.nonNull("byMass", byMass);
    Require.nonNull("byVolume", byVolume);
    Require.nonNull("heat", heat);
    Require.nonNull("includeWater", includeWater);
    Require.nonNull("water", water);
  }
}

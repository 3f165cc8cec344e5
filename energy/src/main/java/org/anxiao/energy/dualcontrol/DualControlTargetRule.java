package org.anxiao.energy.dualcontrol;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTable;
import org.anxiao.core.rule.RuleValue;

/**
 * Dual-control targets (能耗双控目标) bound from packs of kind {@code anxiao.energy.dual-control-targets}:
 * a baseline year, a target year, the percentage cut of each intensity by the target year, the
 * glide path between, aggregate caps where the programme sets them, and the renewables switches.
 *
 * <p>Bundled packs: the national public-institution 14th five-year targets (CN, base 2020, by
 * 2025), Shanghai public institutions (310000, base 2020, by 2023) and Shandong's 2022 annual
 * targets (370000, base 2021, for 2022); a caller's own targets are a pack of this kind registered
 * in the caller's registry (a district pack overrides only what it defines).
 *
 * <p>The renewables switches are readings, not figures: new renewable electricity is deducted
 * from the total under 发改运行〔2022〕1258号, whether it still counts in intensity is not confirmed,
 * and whether either applies to public-institution targets is not confirmed. The bundled packs
 * take the safer reading — nothing is deducted — and state it in their notes. The aggregate caps
 * are those of a whole programme (the nation's public institutions, a city's), never of one
 * school; they are recorded for roll-ups that report against them. Immutable and thread-safe.
 *
 * @param baselineYear                 the year the cuts are measured from
 * @param targetYear                   the year by which the cuts are due (a calculator refuses one not after
 *                                     {@code baselineYear})
 * @param reductions                   the cut of each intensity, percent of the baseline
 * @param glidePath                    how the cut is spread over the years between
 * @param energyCap                    the programme's cap on total energy, tce, if any
 * @param waterCap                     the programme's cap on total water, m³, if any
 * @param carbonCap                    the programme's cap on total CO₂, tCO₂, if any
 * @param deductNewRenewablesFromTotal whether new renewable electricity is deducted from the total
 * @param deductRenewablesFromIntensity whether it is also deducted from the intensity numerator
 * @param excludeNonFossil             whether all non-fossil energy is excluded from both (2024 rule)
 */
public record DualControlTargetRule(RuleValue<Long> baselineYear, RuleValue<Long> targetYear,
    RuleValue<RuleTable<IntensityMetric>> reductions, RuleValue<GlidePath> glidePath,
    Optional<RuleValue<BigDecimal>> energyCap, Optional<RuleValue<BigDecimal>> waterCap,
    Optional<RuleValue<BigDecimal>> carbonCap, RuleValue<Boolean> deductNewRenewablesFromTotal,
    RuleValue<Boolean> deductRenewablesFromIntensity, RuleValue<Boolean> excludeNonFossil) {

  static final ParameterSpec<Long> BASELINE_YEAR =
      ParameterSpec.wholeNumber("baselineYear", Optional.empty()).range(BigDecimal.valueOf(1900), BigDecimal.valueOf(2200));
  static final ParameterSpec<Long> TARGET_YEAR =
      ParameterSpec.wholeNumber("targetYear", Optional.empty()).range(BigDecimal.valueOf(1900), BigDecimal.valueOf(2200));
  static final ParameterSpec<RuleTable<IntensityMetric>> REDUCTIONS = ParameterSpec
      .decimalTable("reductions", IntensityMetric.class, "%").range(BigDecimal.ZERO, BigDecimal.valueOf(100));
  static final ParameterSpec<GlidePath> GLIDE_PATH = ParameterSpec.enumValue("glidePath", GlidePath.class);
  static final ParameterSpec<BigDecimal> ENERGY_CAP = ParameterSpec.decimal("energyCap", "tce").positive().optional();
  static final ParameterSpec<BigDecimal> WATER_CAP = ParameterSpec.decimal("waterCap", "m3").positive().optional();
  static final ParameterSpec<BigDecimal> CARBON_CAP = ParameterSpec.decimal("carbonCap", "tCO2").positive().optional();
  static final ParameterSpec<Boolean> DEDUCT_FROM_TOTAL = ParameterSpec.flag("deductNewRenewablesFromTotal");
  static final ParameterSpec<Boolean> DEDUCT_FROM_INTENSITY = ParameterSpec.flag("deductRenewablesFromIntensity");
  static final ParameterSpec<Boolean> EXCLUDE_NON_FOSSIL = ParameterSpec.flag("excludeNonFossil");

  /** The rule kind {@code anxiao.energy.dual-control-targets}. */
  public static final RuleKind<DualControlTargetRule> KIND = RuleKind.of("anxiao.energy.dual-control-targets",
      List.of(BASELINE_YEAR, TARGET_YEAR, REDUCTIONS, GLIDE_PATH, ENERGY_CAP, WATER_CAP, CARBON_CAP, DEDUCT_FROM_TOTAL,
          DEDUCT_FROM_INTENSITY, EXCLUDE_NON_FOSSIL),
      b -> new DualControlTargetRule(b.get(BASELINE_YEAR), b.get(TARGET_YEAR), b.get(REDUCTIONS), b.get(GLIDE_PATH),
          b.find(ENERGY_CAP), b.find(WATER_CAP), b.find(CARBON_CAP), b.get(DEDUCT_FROM_TOTAL),
          b.get(DEDUCT_FROM_INTENSITY), b.get(EXCLUDE_NON_FOSSIL)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param baselineYear                  the year the cuts are measured from
   * @param targetYear                    the year the cuts are due
   * @param reductions                    the cut of each intensity, percent
   * @param glidePath                     the glide path
   * @param energyCap                     cap on total energy, tce, if any
   * @param waterCap                      cap on total water, m³, if any
   * @param carbonCap                     cap on total CO₂, tCO₂, if any
   * @param deductNewRenewablesFromTotal  renewables switch
   * @param deductRenewablesFromIntensity renewables switch
   * @param excludeNonFossil              renewables switch
   */
  public DualControlTargetRule {
    Require.nonNull("baselineYear", baselineYear);
    Require.nonNull("targetYear", targetYear);
    Require.nonNull("reductions", reductions);
    Require.nonNull("glidePath", glidePath);
    Require.nonNull("energyCap", energyCap);
    Require.nonNull("waterCap", waterCap);
    Require.nonNull("carbonCap", carbonCap);
    Require.nonNull("deductNewRenewablesFromTotal", deductNewRenewablesFromTotal);
    Require.nonNull("deductRenewablesFromIntensity", deductRenewablesFromIntensity);
    Require.nonNull("excludeNonFossil", excludeNonFossil);
  }
}

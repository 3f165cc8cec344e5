package org.anxiao.energy.dualcontrol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.ElectricityBasis;

/**
 * An annual energy per floor area compared with a category's quota tiers (能耗定额对标), by the
 * {@link EnergyQuotaRule} in force: the three tier values, the tier reached and a finding above the
 * benchmark. Becomes an {@link org.anxiao.core.finding.Assessment} with
 * {@link #toAssessment(java.time.Instant)}.
 *
 * <p>Invariants: {@code guide ≤ benchmark ≤ ceiling} as read; values finite and greater than zero
 * where they are tiers, zero or more for the school's figure. Immutable and thread-safe.
 *
 * @param subject          the school
 * @param year             the year (the figure is annual, kgce/m²·a)
 * @param category         the quota category, e.g. {@code UNDERGRADUATE}
 * @param electricityBasis the electricity basis of the figure and of the quotas
 * @param energyPerArea    the school's energy per floor area, kgce/m²
 * @param ceiling          约束值, kgce/m²
 * @param benchmark        基准值, kgce/m²
 * @param guide            引导值, kgce/m²
 * @param tier             the tier reached
 * @param findings         a finding when above the benchmark
 * @param rules            the rule values read
 * @param packs            the packs in force
 */
public record QuotaAssessment(Subject subject, CalendarYear year, String category, ElectricityBasis electricityBasis,
    double energyPerArea, BigDecimal ceiling, BigDecimal benchmark, BigDecimal guide, QuotaTier tier,
    List<Finding> findings, List<AppliedRule> rules, List<PackRef> packs) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject          the school
   * @param year             the year
   * @param category         the quota category
   * @param electricityBasis the electricity basis
   * @param energyPerArea    energy per floor area, kgce/m²
   * @param ceiling          约束值
   * @param benchmark        基准值
   * @param guide            引导值
   * @param tier             the tier reached
   * @param findings         the findings
   * @param rules            the rule values read
   * @param packs            the packs in force
   */
  public QuotaAssessment {
    Require.nonNull("subject", subject);
    Require.nonNull("year", year);
    Bounds.code("category", category);
    Require.nonNull("electricityBasis", electricityBasis);
    Require.that(Bounds.decimal("energyPerArea", energyPerArea) >= 0, "energyPerArea", energyPerArea,
        "must be zero or more");
    Bounds.positive("ceiling", ceiling);
    Bounds.positive("benchmark", benchmark);
    Bounds.positive("guide", guide);
    Require.nonNull("tier", tier);
    findings = Bounds.list("findings", findings);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return EnergyQuotas.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(year);
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(subject, year, category, electricityBasis, energyPerArea);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(Subject subject, Period period, String category, ElectricityBasis electricityBasis,
      double energyPerArea) {}
}

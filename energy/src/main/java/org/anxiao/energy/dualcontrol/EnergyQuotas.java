package org.anxiao.energy.dualcontrol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.intensity.IntensityKind;
import org.anxiao.energy.intensity.IntensityResult;

/**
 * Compares a school's annual energy per floor area with the quota tiers of its category (能耗定额对标),
 * by the {@link EnergyQuotaRule} in force: at or below the guide (引导值), the benchmark (基准值), the
 * ceiling (约束值), or above it ({@link QuotaTier}); a finding above the benchmark ({@code LOW}) and
 * above the ceiling ({@code HIGH}).
 *
 * <p>The figure must be on the quotas' electricity basis: a 当量值 figure against 等价值 quotas is a
 * {@code UNIT_MISMATCH}, never converted. The bundled Shanghai university quotas (DB31/T 783) are
 * {@code UNVERIFIED}: refused under the default policy with {@code RULE_UNVERIFIED}, used with
 * {@link VerificationPolicy#ALLOW_UNVERIFIED}. K-12 quotas come from the caller's own pack. Values
 * are read through a {@link RuleTrace} in the order basis, ceiling, benchmark, guide. Immutable and
 * thread-safe.
 */
public final class EnergyQuotas implements Calculator {
  /** The calculator id, {@code anxiao.energy.energy-quota}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.energy-quota");
  static final FindingCode OVER_CEILING = FindingCode.of("ENERGY.QUOTA.OVER_CEILING");
  static final FindingCode OVER_BENCHMARK = FindingCode.of("ENERGY.QUOTA.OVER_BENCHMARK");

  private final BoundRules<EnergyQuotaRule> rules;
  private final VerificationPolicy policy;

  private EnergyQuotas(BoundRules<EnergyQuotaRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the quotas in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static EnergyQuotas in(RuleContext context) {
    Require.nonNull("context", context);
    return new EnergyQuotas(context.bind(EnergyQuotaRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(EnergyQuotaRule.KIND);
  }

  /**
   * {@return the tier of an annual intensity result's energy per floor area}
   *
   * @param annual   the school's intensities over a calendar year, energy included
   * @param category the quota category, e.g. {@code UNDERGRADUATE}
   * @throws InvalidValueException when the result is not over a calendar year
   * @throws MissingValueException when it has no energy
   */
  public QuotaAssessment assess(IntensityResult annual, String category) {
    Require.nonNull("annual", annual);
    if (!(annual.reportingPeriod() instanceof CalendarYear year)) {
      throw new InvalidValueException("annual.reportingPeriod", annual.reportingPeriod().code(),
          "must be a calendar year: quotas are annual (kgce/m²·a)");
    }
    ElectricityBasis basis = annual.electricityBasis().orElseThrow(() -> new MissingValueException(
        "a quota compares energy per floor area; the result has no energy", "annual.energyKgce"));
    double value = annual.value(IntensityKind.ENERGY_PER_AREA).orElseThrow();
    return assess(annual.subject(), year, new Measure(BigDecimal.valueOf(value), IntensityKind.ENERGY_PER_AREA.unit()),
        basis, category);
  }

  /**
   * {@return the tier of {@code energyPerArea}}
   *
   * @param subject       the school
   * @param year          the year the figure is for
   * @param energyPerArea the annual energy per floor area, in {@code kgce/m2}, zero or more
   * @param basis         the electricity basis of the figure
   * @param category      the quota category, e.g. {@code UNDERGRADUATE}
   * @throws UnitMismatchException when the figure is not in kgce/m2 or its basis is not the quotas'
   * @throws org.anxiao.core.error.UnknownCodeException when the quotas have no such category
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a value is below the policy's level
   */
  public QuotaAssessment assess(Subject subject, CalendarYear year, Measure energyPerArea, ElectricityBasis basis,
      String category) {
    Require.nonNull("subject", subject);
    Require.nonNull("year", year);
    Require.nonNull("energyPerArea", energyPerArea);
    if (!energyPerArea.unit().equals(IntensityKind.ENERGY_PER_AREA.unit())) {
      throw new UnitMismatchException("energyPerArea", energyPerArea.unit(), IntensityKind.ENERGY_PER_AREA.unit());
    }
    Bounds.nonNegative("energyPerArea", energyPerArea.value());
    Require.nonNull("basis", basis);
    Bounds.code("category", category);
    RuleTrace trace = RuleTrace.under(policy);
    EnergyQuotaRule rule = rules.value();
    ElectricityBasis quotaBasis = trace.use(rule.electricityBasis());
    if (quotaBasis != basis) {
      throw new UnitMismatchException("basis", "kgce/m2 (" + basis + ")", "the quotas' electricity basis " + quotaBasis
          + " (" + quotaBasis.label().zh() + ")");
    }
    BigDecimal ceiling = trace.row(rule.ceiling(), category);
    BigDecimal benchmark = trace.row(rule.benchmark(), category);
    BigDecimal guide = trace.row(rule.guide(), category);
    Require.that(guide.compareTo(benchmark) <= 0 && benchmark.compareTo(ceiling) <= 0, "category", category,
        "has tiers out of order in " + rules.packs() + ": guide ≤ benchmark ≤ ceiling is required");
    BigDecimal value = energyPerArea.value();
    QuotaTier tier = value.compareTo(guide) <= 0 ? QuotaTier.WITHIN_GUIDE
        : value.compareTo(benchmark) <= 0 ? QuotaTier.WITHIN_BENCHMARK
        : value.compareTo(ceiling) <= 0 ? QuotaTier.WITHIN_CEILING : QuotaTier.OVER_CEILING;
    List<Finding> findings = new ArrayList<>();
    if (tier == QuotaTier.OVER_CEILING || tier == QuotaTier.WITHIN_CEILING) {
      boolean over = tier == QuotaTier.OVER_CEILING;
      BigDecimal required = over ? ceiling : benchmark;
      AppliedRule applied = (over ? rule.ceiling() : rule.benchmark()).value().applied(category);
      findings.add(Finding.builder()
          .code(over ? OVER_CEILING : OVER_BENCHMARK)
          .severity(over ? Severity.HIGH : Severity.LOW)
          .subject(subject)
          .measured(energyPerArea)
          .required(new Measure(required, IntensityKind.ENERGY_PER_AREA.unit()))
          .comparison(Comparison.AT_MOST)
          .message(DualControl.MESSAGES.format(over ? OVER_CEILING : OVER_BENCHMARK,
              DualControl.text(value.doubleValue()), year.code(), required.toPlainString(), category))
          .rules(List.of(applied))
          .build());
    }
    return new QuotaAssessment(subject, year, category, basis, value.doubleValue(), ceiling, benchmark, guide, tier,
        findings, trace.applied(), rules.packs());
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

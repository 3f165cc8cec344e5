package org.anxiao.energy.water;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Volume;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
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
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;

/**
 * Water use per person against the school water quotas (用水定额管理, 沪教委保〔2021〕13号 §三(三)5:
 * 推动学校用水定额管理) of the {@link WaterQuotaRule} in force: perPerson = volume ÷ population,
 * m³/person·a, over one year, then its tier — {@link QuotaTier#ADVANCED} at or below 先进值,
 * {@link QuotaTier#GENERAL} at or below 通用值, {@link QuotaTier#OVER} above it.
 *
 * <p>No quota pack ships (the 2019 school quotas of the Ministry of Water Resources are unverified):
 * {@link #in(RuleContext)} fails with {@code RULE_NOT_FOUND} until the caller registers one.
 * Findings: {@link #QUOTA_EXCEEDED} (LOW) above 通用值, {@link #ADVANCED_NOT_MET} (INFO) between the
 * two; their measured and required values are per person per year, carried in the unit {@code m3}
 * (core has no per-person unit code). The population is the caller's count (用水人数, e.g. students +
 * staff), the average over the year. Immutable and thread-safe.
 */
public final class WaterQuotas implements Calculator {
  /** The calculator id, {@code anxiao.energy.water-quota}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.water-quota");
  /** Water per person exceeds the general value (通用值) of its category. */
  public static final FindingCode QUOTA_EXCEEDED = FindingCode.of("ENERGY.WATER.QUOTA_EXCEEDED");
  /** Water per person is within the general value but above the advanced value (先进值). */
  public static final FindingCode ADVANCED_NOT_MET = FindingCode.of("ENERGY.WATER.ADVANCED_NOT_MET");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(WaterQuotas.class, "messages");

  private final BoundRules<WaterQuotaRule> rules;
  private final VerificationPolicy policy;

  private WaterQuotas(BoundRules<WaterQuotaRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the quota pack in force}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws RulePackException {@code RULE_NOT_FOUND} when no pack is in force (none ships)
   */
  public static WaterQuotas in(RuleContext context) {
    Require.nonNull("context", context);
    return new WaterQuotas(context.bind(WaterQuotaRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound rule
   * @param policy the verification policy applied to the rule's values
   */
  public static WaterQuotas of(BoundRules<WaterQuotaRule> rules, VerificationPolicy policy) {
    return new WaterQuotas(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(WaterQuotaRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<WaterQuotaRule> rules() {
    return rules;
  }

  /**
   * {@return the water use per person over {@code period} against the quotas of {@code category}}
   *
   * @param subject    what is assessed (a school, a campus)
   * @param period     one year (a calendar year, an academic year, or any range of one year)
   * @param category   the quota category, a row key of the pack's tables
   * @param volume     the water used over the period, zero or more
   * @param population persons (用水人数), the average over the period, greater than zero
   * @throws InvalidValueException when the period is not one year, the volume is negative or the
   *     population not greater than zero
   * @throws org.anxiao.core.error.UnknownCodeException when the pack has no row for {@code category}
   * @throws RulePackException {@code RULE_UNVERIFIED} when a value is below the policy's level,
   *     {@code RULE_PACK_INVALID} when the pack's advanced value exceeds its general value
   */
  public WaterQuotaResult assess(Subject subject, Period period, String category, Quantity<Volume> volume,
      double population) {
    Require.nonNull("subject", subject);
    Require.nonNull("period", period);
    Bounds.code("category", category);
    Require.nonNull("volume", volume);
    Require.positive("population", Bounds.decimal("population", population));
    if (!period.start().plusYears(1).equals(period.end())) {
      throw new InvalidValueException("period", period.code(), "must be one year: quotas are per person per year");
    }
    double cubicMetres = AnxiaoUnits.toDouble(volume, AnxiaoUnits.CUBIC_METER);
    Require.nonNegative("volume", Bounds.decimal("volume", cubicMetres));
    double perPerson = cubicMetres / population;

    RuleTrace trace = RuleTrace.under(policy);
    WaterQuotaRule rule = rules.value();
    BigDecimal general = trace.row(rule.general(), category);
    BigDecimal advanced = trace.row(rule.advanced(), category);
    if (advanced.compareTo(general) > 0) {
      throw new RulePackException(RulePackException.INVALID, rule.advanced().applied().pack() + "/advanced[" + category + "]",
          advanced.toPlainString(), "the advanced value must not exceed the general value " + general.toPlainString());
    }
    List<AppliedRule> applied = trace.applied();
    QuotaTier tier = QuotaTier.of(perPerson, advanced.doubleValue(), general.doubleValue());
    List<Finding> findings = new ArrayList<>();
    if (tier == QuotaTier.OVER) {
      findings.add(finding(QUOTA_EXCEEDED, Severity.LOW, subject, category, perPerson, general, advanced, general,
          applied.get(0)));
    } else if (tier == QuotaTier.GENERAL) {
      findings.add(finding(ADVANCED_NOT_MET, Severity.INFO, subject, category, perPerson, advanced, advanced, general,
          applied.get(1)));
    }
    return new WaterQuotaResult(subject, period, category, cubicMetres, population, perPerson, advanced, general, tier,
        applied, rules.packs(), findings);
  }

  private static Finding finding(FindingCode code, Severity severity, Subject subject, String category, double perPerson,
      BigDecimal required, BigDecimal advanced, BigDecimal general, AppliedRule rule) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .subject(subject)
        .measured(new Measure(BigDecimal.valueOf(perPerson), "m3"))
        .required(new Measure(required, "m3"))
        .comparison(Comparison.AT_MOST)
        .message(MESSAGES.format(code, NightFlows.shown(perPerson), category, advanced.toPlainString(),
            general.toPlainString()))
        .rules(List.of(rule))
        .build();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

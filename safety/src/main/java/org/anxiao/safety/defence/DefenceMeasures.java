package org.anxiao.safety.defence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;

/**
 * Checks two technical-defence measures against their pack ({@link DefenceMeasureRule}): video
 * retention — met when {@code videoRetentionDays ≥ minimumRetentionDays} (Minhang: 30 days,
 * "不少于30日", so 30 meets it and 29 does not) — and one-button alarm coverage — met when
 * {@code working / required ≥ requiredAlarmCoverage}, compared exactly as
 * {@code working ≥ share × required} (Minhang: 100 %, so 11 of 12 points is short).
 *
 * <p>Only the measures reported are assessed, and only their rule values are read: retention reads
 * {@code minimumRetentionDays}, coverage {@code requiredAlarmCoverage}, in that order. Each measure
 * gives one bilingual finding: {@link #RETENTION_SHORT} or {@link #RETENTION_MET},
 * {@link #COVERAGE_SHORT} or {@link #COVERAGE_MET}.
 *
 * <pre>{@code
 * DefenceMeasures measures = DefenceMeasures.in(RuleContext.forSchool(school, date));
 * DefenceMeasureResult r = measures.assess(subject, DefenceFacts.of(30, 12, 12));
 * }</pre>
 * Under {@link VerificationPolicy#DEFAULT} a value from an {@code UNVERIFIED} pack is refused
 * ({@code RULE_UNVERIFIED}) unless the context allows it. Immutable and thread-safe.
 */
public final class DefenceMeasures implements Calculator {
  /** The calculator id, {@code anxiao.safety.defence}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.defence");
  /** Video kept fewer days than the minimum. */
  public static final FindingCode RETENTION_SHORT = FindingCode.of("SAFETY.DEFENCE.VIDEO_RETENTION_SHORT");
  /** Video kept at least the minimum. */
  public static final FindingCode RETENTION_MET = FindingCode.of("SAFETY.DEFENCE.VIDEO_RETENTION_MET");
  /** Alarm coverage below the required share. */
  public static final FindingCode COVERAGE_SHORT = FindingCode.of("SAFETY.DEFENCE.ALARM_COVERAGE_SHORT");
  /** Alarm coverage at least the required share. */
  public static final FindingCode COVERAGE_MET = FindingCode.of("SAFETY.DEFENCE.ALARM_COVERAGE_MET");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(DefenceMeasures.class, "messages");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BoundRules<DefenceMeasureRule> rules;
  private final VerificationPolicy policy;

  private DefenceMeasures(BoundRules<DefenceMeasureRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the measure rule in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static DefenceMeasures in(RuleContext context) {
    Require.nonNull("context", context);
    return new DefenceMeasures(context.bind(DefenceMeasureRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound measure rule
   * @param policy the verification policy applied to the rule's values
   */
  public static DefenceMeasures of(BoundRules<DefenceMeasureRule> rules, VerificationPolicy policy) {
    return new DefenceMeasures(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(DefenceMeasureRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<DefenceMeasureRule> rules() {
    return rules;
  }

  /**
   * {@return the assessment of {@code facts}}
   *
   * @param subject what is assessed (a school)
   * @param facts   the measures reported
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a value read is below
   *     the policy's level
   */
  public DefenceMeasureResult assess(Subject subject, DefenceFacts facts) {
    Require.nonNull("subject", subject);
    Require.nonNull("facts", facts);
    DefenceMeasureRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    List<Finding> findings = new ArrayList<>();
    Optional<Boolean> retentionMet = Optional.empty();
    if (facts.videoRetentionDays().isPresent()) {
      int days = facts.videoRetentionDays().get();
      long minimum = trace.use(rule.minimumRetentionDays());
      boolean met = days >= minimum;
      retentionMet = Optional.of(met);
      findings.add(Finding.builder()
          .code(met ? RETENTION_MET : RETENTION_SHORT)
          .severity(met ? Severity.INFO : Severity.HIGH)
          .subject(subject)
          .measured(new Measure(BigDecimal.valueOf(days), "1")) // days: core's units have no day
          .required(new Measure(BigDecimal.valueOf(minimum), "1"))
          .comparison(Comparison.AT_LEAST)
          .message(MESSAGES.format(met ? RETENTION_MET : RETENTION_SHORT, Integer.toString(days), Long.toString(minimum)))
          .rules(List.of(trace.applied().get(trace.applied().size() - 1)))
          .build());
    }
    Optional<Boolean> coverageMet = Optional.empty();
    if (facts.alarmCoverage().isPresent()) {
      AlarmCoverage coverage = facts.alarmCoverage().get();
      BigDecimal share = trace.use(rule.requiredAlarmCoverage());
      boolean met = coverage.reaches(share);
      coverageMet = Optional.of(met);
      findings.add(Finding.builder()
          .code(met ? COVERAGE_MET : COVERAGE_SHORT)
          .severity(met ? Severity.INFO : Severity.HIGH)
          .subject(subject)
          .measured(new Measure(BigDecimal.valueOf(coverage.working()), "1")) // working points, exact
          .required(new Measure(share.multiply(BigDecimal.valueOf(coverage.required())), "1"))
          .comparison(Comparison.AT_LEAST)
          .message(MESSAGES.format(met ? COVERAGE_MET : COVERAGE_SHORT, Integer.toString(coverage.working()),
              Integer.toString(coverage.required()), coverage.percent().toPlainString(),
              share.multiply(HUNDRED).stripTrailingZeros().toPlainString(),
              Integer.toString(coverage.required() - coverage.working())))
          .rules(List.of(trace.applied().get(trace.applied().size() - 1)))
          .build());
    }
    return new DefenceMeasureResult(subject, facts, retentionMet, coverageMet, trace.applied(), rules.packs(), findings);
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

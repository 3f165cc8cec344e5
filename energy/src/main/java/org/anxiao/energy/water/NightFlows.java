package org.anxiao.energy.water;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;
import org.jspecify.annotations.Nullable;

/**
 * The night-flow leak indicator (夜间最小流量法): for each day of a meter's interval data, the mean
 * flow in the minimum-use hours against the day's mean flow. In a school almost nothing is drawn at
 * night, so water that keeps running then — a ratio close to the daily mean — points to leaks
 * (沪教委保〔2021〕13号 §三(三)5: 持续降低供水管网漏损).
 *
 * <p>For a day d with readings v (m³, one per interval) and a window W of h hours:
 * nightFlow = Σ_{v in W} v ÷ h, meanFlow = Σ_{v in d} v ÷ 24, ratio = nightFlow ÷ meanFlow (no ratio
 * on a day without flow). The series must cover whole days (first reading at 00:00, a whole number
 * of days of readings) and the window must fall on interval boundaries; a window is a caller
 * input ({@link NightWindow}), as the spec gives none.
 *
 * <p>A leak flag needs a threshold, which the spec does not give: {@link #in(RuleContext)} binds
 * the caller's pack of kind {@code anxiao.energy.night-flow} ({@link NightFlowRule}; none ships, so
 * without one it fails with {@code RULE_NOT_FOUND}) and flags each day whose ratio exceeds
 * {@code leakRatio}, with a finding; {@link #withoutThreshold()} reports the ratios and flags
 * nothing. Immutable and thread-safe.
 */
public final class NightFlows implements Calculator {
  /** The calculator id, {@code anxiao.energy.night-flow}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.energy.night-flow");
  /** A day's ratio exceeds the pack's threshold: a leak is suspected. */
  public static final FindingCode NIGHT_FLOW_HIGH = FindingCode.of("ENERGY.WATER.NIGHT_FLOW_HIGH");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(NightFlows.class, "messages");
  private static final long SECONDS_PER_DAY = 86_400;
  private static final double HOURS_PER_DAY = 24;
  private static final NightFlows WITHOUT_THRESHOLD = new NightFlows(null, VerificationPolicy.DEFAULT);

  private final @Nullable BoundRules<NightFlowRule> rules;
  private final VerificationPolicy policy;

  private NightFlows(@Nullable BoundRules<NightFlowRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the caller's threshold pack in force}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException {@code RULE_NOT_FOUND} when no pack is in force
   *     (none ships)
   */
  public static NightFlows in(RuleContext context) {
    Require.nonNull("context", context);
    return new NightFlows(context.bind(NightFlowRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound rule
   * @param policy the verification policy applied to the rule's values
   */
  public static NightFlows of(BoundRules<NightFlowRule> rules, VerificationPolicy policy) {
    return new NightFlows(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  /** {@return the calculator without a threshold: it reports the ratios and flags no day} */
  public static NightFlows withoutThreshold() {
    return WITHOUT_THRESHOLD;
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return rules == null ? List.of() : List.of(NightFlowRule.KIND);
  }

  /**
   * {@return the night flow of each day of {@code flow}, flagged against the threshold if one applies}
   *
   * @param subject what is checked (a meter, a building)
   * @param flow    the meter's interval data, whole days
   * @param window  the minimum-use hours
   * @throws InvalidValueException when the series does not start at 00:00 or does not cover whole
   *     days, or the window does not fall on interval boundaries
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when the threshold is below
   *     the policy's level
   */
  public NightFlowResult assess(Subject subject, IntervalFlow flow, NightWindow window) {
    Require.nonNull("subject", subject);
    Require.nonNull("flow", flow);
    Require.nonNull("window", window);
    long interval = flow.intervalSeconds();
    int perDay = (int) (SECONDS_PER_DAY / interval);
    if (!flow.start().toLocalTime().equals(LocalTime.MIDNIGHT)) {
      throw new InvalidValueException("flow.timestamps[0]", flow.start(), "must be at 00:00: the series covers whole days");
    }
    if (flow.size() % perDay != 0) {
      throw new InvalidValueException("flow.volumes", flow.size(), "must cover whole days: " + perDay + " readings of "
          + flow.interval() + " a day");
    }
    int from = boundary("window.start", window.start(), interval);
    int to = boundary("window.end", window.end(), interval);
    double hours = window.hours();

    RuleTrace trace = RuleTrace.under(policy);
    Optional<BigDecimal> threshold = rules == null ? Optional.empty()
        : Optional.of(trace.use(rules.value().leakRatio()));
    List<AppliedRule> applied = trace.applied();

    double[] v = flow.cubicMetres();
    LocalDate first = flow.start().toLocalDate();
    List<NightFlowDay> days = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int d = 0; d < flow.size() / perDay; d++) {
      int base = d * perDay;
      double night = 0;
      for (int i = base + from; i < base + to; i++) {
        night += v[i];
      }
      double total = 0;
      for (int i = base; i < base + perDay; i++) {
        total += v[i];
      }
      double nightFlow = night / hours;
      double meanFlow = total / HOURS_PER_DAY;
      OptionalDouble ratio = meanFlow > 0 ? OptionalDouble.of(nightFlow / meanFlow) : OptionalDouble.empty();
      boolean above = threshold.isPresent() && ratio.isPresent()
          && ratio.getAsDouble() > threshold.get().doubleValue();
      NightFlowDay day = new NightFlowDay(first.plusDays(d), nightFlow, meanFlow, ratio, above);
      days.add(day);
      if (above) {
        findings.add(finding(subject, flow.meterId(), window, day, threshold.get(), applied));
      }
    }
    return new NightFlowResult(subject, window, days, threshold, applied, rules == null ? List.of() : rules.packs(),
        findings, flow);
  }

  /** The index within a day of the interval that starts at {@code time}; it must be a boundary. */
  private static int boundary(String field, LocalTime time, long interval) {
    long nanos = time.toNanoOfDay();
    if (nanos % (interval * 1_000_000_000L) != 0) {
      throw new InvalidValueException(field, time, "must fall on an interval boundary (every " + interval + " s from 00:00)");
    }
    return (int) (nanos / (interval * 1_000_000_000L));
  }

  private static Finding finding(Subject subject, String meterId, NightWindow window, NightFlowDay day,
      BigDecimal threshold, List<AppliedRule> applied) {
    double ratio = day.ratio().orElseThrow();
    return Finding.builder()
        .code(NIGHT_FLOW_HIGH)
        .severity(Severity.LOW)
        .subject(subject)
        .measured(new Measure(BigDecimal.valueOf(ratio), "1"))
        .required(new Measure(threshold, "1"))
        .comparison(Comparison.AT_MOST)
        .message(MESSAGES.format(NIGHT_FLOW_HIGH, day.date().toString(), meterId, window.start() + "–" + window.end(),
            shown(day.nightFlow()), shown(day.meanFlow()), shown(ratio), threshold.toPlainString()))
        .rules(applied)
        .build();
  }

  /** A figure for a message: three decimals, half to even. */
  static String shown(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Override
  public String toString() {
    return rules == null ? ID + " without threshold" : ID + " " + rules.jurisdiction() + " " + rules.date() + " "
        + rules.packs() + " " + policy;
  }
}

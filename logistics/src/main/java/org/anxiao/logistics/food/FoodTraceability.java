package org.anxiao.logistics.food;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;
import org.anxiao.logistics.internal.Ratios;

/**
 * The food-traceability check (食品安全追溯检查) of the 阳光午餐 platform (闵行区教育局校园安全专项整治工作实施方案
 * 2022 §四(一)3: on-line rate 100 %, 原料信息、供应商、基地 three-level traceability): takes a
 * {@link PurchaseLedger} and computes
 * <ul>
 *   <li>the on-line rate — purchases uploaded ÷ purchases;</li>
 *   <li>the completeness rate — purchases carrying every level of {@code levels} ÷ purchases;</li>
 * </ul>
 * each rounded to 4 decimals (one basis point) {@link RoundingMode#HALF_UP} (四舍五入), empty when there
 * are no purchases (never 0 by default); the purchases missing each required level; and the findings:
 * {@code ONLINE_BELOW_TARGET} when the unrounded on-line rate is below {@code onlineRateTarget}
 * (uploaded &lt; target × purchases, exact, so never for an empty ledger: 19 999 of 20 000 is below
 * 100 % although it rounds to 1.0000), citing the target, and one {@code LEVEL_MISSING} per required level (in {@link TraceLevel}
 * order) some purchase lacks, listing them, citing {@code levels}. Whether a purchase is complete does
 * not depend on its upload. Values are read under the context's verification policy.
 *
 * <p>Resolve once per jurisdiction and date, then check as many ledgers as needed. Immutable and
 * thread-safe.
 */
public final class FoodTraceability implements Calculator {
  /** The calculator id, {@code anxiao.logistics.food-traceability}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.food-traceability");
  /** The on-line rate below the target. */
  public static final FindingCode ONLINE_BELOW_TARGET = FindingCode.of("LOGISTICS.FOOD.ONLINE_BELOW_TARGET");
  /** A required traceability level missing from some purchases. */
  public static final FindingCode LEVEL_MISSING = FindingCode.of("LOGISTICS.FOOD.LEVEL_MISSING");
  /** Decimals of a rate: one basis point. */
  public static final int RATE_SCALE = Ratios.PLACES;

  private final BoundRules<FoodTraceabilityRule> rules;
  private final VerificationPolicy policy;

  private FoodTraceability(BoundRules<FoodTraceabilityRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the check for {@code context}: binds the traceability rule in force}
   *
   * @param context the registry of packs, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force or one does not bind
   */
  public static FoodTraceability in(RuleContext context) {
    Require.nonNull("context", context);
    return new FoodTraceability(context.bind(FoodTraceabilityRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(FoodTraceabilityRule.KIND);
  }

  /** {@return the packs in force, narrowest first} */
  public List<PackRef> packs() {
    return rules.packs();
  }

  /**
   * {@return the rates, the purchases missing each level and the findings for {@code ledger}}
   *
   * @param ledger the purchases
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a value is below the policy
   */
  public TraceabilityCheck check(PurchaseLedger ledger) {
    Require.nonNull("ledger", ledger);
    RuleTrace trace = RuleTrace.under(policy);
    FoodTraceabilityRule rule = rules.value();
    BigDecimal target = trace.use(rule.onlineRateTarget());
    Set<TraceLevel> required = trace.use(rule.levels());
    List<Purchase> purchases = ledger.purchases();
    int n = purchases.size();
    int online = 0;
    int complete = 0;
    List<String> offline = new ArrayList<>();
    Map<TraceLevel, List<String>> missing = new EnumMap<>(TraceLevel.class);
    required.forEach(l -> missing.put(l, new ArrayList<>()));
    for (Purchase p : purchases) {
      if (p.online()) {
        online++;
      } else {
        offline.add(p.id());
      }
      Set<TraceLevel> has = p.levels();
      if (has.containsAll(required)) {
        complete++;
      }
      for (TraceLevel l : required) {
        if (!has.contains(l)) {
          missing.computeIfAbsent(l, k -> new ArrayList<>()).add(p.id());
        }
      }
    }
    Optional<BigDecimal> onlineRate = Ratios.share(online, n);
    Optional<BigDecimal> completeRate = Ratios.share(complete, n);
    Subject subject = Subject.of(SubjectKind.KEY_PART, ledger.canteen());
    List<Finding> findings = new ArrayList<>();
    if (BigDecimal.valueOf(online).compareTo(target.multiply(BigDecimal.valueOf(n))) < 0) {
      String shown = onlineRate.orElseThrow().toPlainString();
      Finding below = finding(ONLINE_BELOW_TARGET, Severity.HIGH, subject, rule.onlineRateTarget().applied(),
          String.valueOf(online), String.valueOf(n), shown, target.toPlainString(), String.join(", ", offline));
      findings.add(Finding.builder().from(below).measured(Measure.of(shown, "1"))
          .required(Measure.of(target.toPlainString(), "1")).comparison(Comparison.AT_LEAST).build());
    }
    for (Map.Entry<TraceLevel, List<String>> e : missing.entrySet()) {
      if (!e.getValue().isEmpty()) {
        findings.add(finding(LEVEL_MISSING, Severity.HIGH, subject, rule.levels().applied(),
            e.getKey().label().zh(), e.getKey().label().en(), String.valueOf(e.getValue().size()),
            String.join(", ", e.getValue())));
      }
    }
    Map<TraceLevel, List<String>> frozen = new EnumMap<>(TraceLevel.class);
    missing.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new TraceabilityCheck(subject, ledger, n, online, complete, onlineRate, completeRate, offline, frozen,
        trace.applied(), packs(), findings);
  }

  private static Finding finding(FindingCode code, Severity severity, Subject subject,
      org.anxiao.core.rule.AppliedRule rule, Object... args) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .subject(subject)
        .message(FoodSafetyLogs.MESSAGES.format(code, args))
        .rules(List.of(rule))
        .build();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + packs() + " " + policy;
  }
}

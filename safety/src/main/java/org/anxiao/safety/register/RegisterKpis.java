package org.anxiao.safety.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;

/**
 * The register KPIs (隐患台账指标) of a period and their roll-up school → district → city → province
 * (鲁教安字〔2018〕1号 §三(三)2): found, closed, open, rectification rate, on-time rate, overdue list,
 * mean and median days to close — overall, per grade, per area and per department ({@link Kpis}) —,
 * dynamic zeroing (丽教办安〔2024〕10号 §一) and the Minhang three-outcome summary (闵行 2022 §四(三))
 * ({@link RegisterFigures}).
 *
 * <p>The period's last day is the as-of day ({@code period.end() − 1}, core's periods being
 * closed-open); dates are inclusive. The readings the sources leave open — whether the deadline day
 * is on time, whether a hazard closed without a deadline is, the places of the rates and the mean —
 * come from the pack of kind {@code anxiao.safety.register-kpis} in force ({@link RegisterKpiRule}),
 * read through {@link RuleTrace} and carried in the result. A group's figures are computed from the
 * union of its hazards, so a district's are never an average of its schools' rates.
 *
 * <p>One kernel over primitive columns does the arithmetic: {@link #calculate} builds small columns of
 * the entries, {@link #rollUp(Period, RegisterColumns, RollUpLevel)} runs it over a register built once
 * (a province's million hazards in one pass). Immutable and thread-safe.
 */
public final class RegisterKpis implements Calculator {
  /** The calculator id, {@code anxiao.safety.register-kpis}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.register-kpis");
  /** Dynamic zeroing does not hold: a major hazard is open past its deadline or without a complete plan. */
  public static final FindingCode ZEROING_NOT_MET = FindingCode.of("SAFETY.REGISTER.ZEROING_NOT_MET");
  /** Hazards are open past their deadline at the as-of day. */
  public static final FindingCode OVERDUE = FindingCode.of("SAFETY.REGISTER.OVERDUE");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(RegisterKpis.class, "messages");

  private final BoundRules<RegisterKpiRule> rules;
  private final VerificationPolicy policy;

  private RegisterKpis(BoundRules<RegisterKpiRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the register-KPI pack in force}
   *
   * @param context the registry, jurisdiction, date and policy
   */
  public static RegisterKpis in(RuleContext context) {
    Require.nonNull("context", context);
    return new RegisterKpis(context.bind(RegisterKpiRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound rule
   * @param policy the verification policy applied to the rule's values
   */
  public static RegisterKpis of(BoundRules<RegisterKpiRule> rules, VerificationPolicy policy) {
    return new RegisterKpis(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(RegisterKpiRule.KIND);
  }

  /**
   * {@return the figures of {@code entries} over {@code period}, as one group}
   *
   * @param subject what the register belongs to (a school, a district)
   * @param period  the period; its last day is the as-of day
   * @param entries the register, ids unique, at most 100 000 entries
   * @throws org.anxiao.core.error.InvalidValueException when an id appears twice
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when the pack is below the policy
   */
  public RegisterKpiResult calculate(Subject subject, Period period, List<RegisterEntry> entries) {
    Require.nonNull("subject", subject);
    Require.nonNull("period", period);
    List<RegisterEntry> list = Bounds.list("entries", entries);
    RegisterColumns columns = RegisterColumns.of(list);
    RuleTrace trace = RuleTrace.under(policy);
    KpiWindow w = window(period, trace);
    KpiAccumulator acc = new KpiAccumulator(columns.areas.size(), columns.departments.size());
    KpiKernel.run(columns, w, columns.unit, new int[columns.units.size()], new KpiAccumulator[] {acc}, 0, columns.size);
    return result(subject, period, list, acc.finish(columns, w), trace.applied());
  }

  /**
   * {@return the figures of each group of {@code entries} at {@code level}, by group key (the school's id or
   * the division's code), each computed from the union of its entries}
   *
   * @param period  the period; its last day is the as-of day
   * @param entries the register, ids unique, at most 100 000 entries
   * @param level   the roll-up level
   */
  public SortedMap<String, RegisterKpiResult> rollUp(Period period, List<RegisterEntry> entries, RollUpLevel level) {
    Require.nonNull("period", period);
    List<RegisterEntry> list = Bounds.list("entries", entries);
    Require.nonNull("level", level);
    RegisterBatchResult batch = rollUp(period, RegisterColumns.of(list), level);
    Map<String, List<RegisterEntry>> members = new HashMap<>();
    for (RegisterEntry e : list) {
      members.computeIfAbsent(key(e, level), k -> new ArrayList<>()).add(e);
    }
    SortedMap<String, RegisterKpiResult> out = new TreeMap<>();
    batch.groups().forEach((k, figures) -> out.put(k, result(subject(k, level), period,
        List.copyOf(members.getOrDefault(k, List.of())), figures, batch.rules())));
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  /**
   * {@return the figures of each group of {@code columns} at {@code level}, in one pass over the rows}
   * Groups with no hazard found on or before the as-of day are left out.
   *
   * @param period  the period; its last day is the as-of day
   * @param columns the register
   * @param level   the roll-up level
   * @throws org.anxiao.core.error.InvalidValueException when one list of a group's figures (its overdue or
   *     breaking ids, in one slice) would hold more than 100 000 ids, the bound of every list in a result
   */
  public RegisterBatchResult rollUp(Period period, RegisterColumns columns, RollUpLevel level) {
    Require.nonNull("period", period);
    Require.nonNull("columns", columns);
    Require.nonNull("level", level);
    RuleTrace trace = RuleTrace.under(policy);
    KpiWindow w = window(period, trace);
    List<String> keys = new ArrayList<>();
    int[] keyToGroup;
    int[] rowKey;
    if (level == RollUpLevel.SCHOOL) {
      keys.addAll(columns.units);
      keyToGroup = new int[keys.size()];
      for (int i = 0; i < keyToGroup.length; i++) {
        keyToGroup[i] = i;
      }
      rowKey = columns.unit;
    } else {
      Map<String, Integer> index = new LinkedHashMap<>();
      keyToGroup = new int[columns.jurisdictions.size()];
      for (int i = 0; i < keyToGroup.length; i++) {
        String k = level.division(columns.jurisdictions.get(i)).value();
        Integer g = index.get(k);
        if (g == null) {
          g = keys.size();
          keys.add(k);
          index.put(k, g);
        }
        keyToGroup[i] = g;
      }
      rowKey = columns.jurisdiction;
    }
    KpiAccumulator[] groups = new KpiAccumulator[keys.size()];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = new KpiAccumulator(columns.areas.size(), columns.departments.size());
    }
    KpiKernel.run(columns, w, rowKey, keyToGroup, groups, 0, columns.size);
    SortedMap<String, RegisterFigures> figures = new TreeMap<>();
    for (int g = 0; g < groups.length; g++) {
      RegisterFigures f = groups[g].finish(columns, w);
      if (f.outcomes().total() > 0) {
        figures.put(keys.get(g), f);
      }
    }
    return new RegisterBatchResult(period, level, figures, trace.applied(), rules.packs());
  }

  /** The period and the pack's readings, read through {@code trace}. */
  KpiWindow window(Period period, RuleTrace trace) {
    LocalDate asOf = period.end().minusDays(1);
    boolean dayOnTime = trace.use(rules.value().deadlineDayOnTime());
    boolean noDeadlineOnTime = trace.use(rules.value().onTimeWithoutDeadline());
    int ratePlaces = Math.toIntExact(trace.use(rules.value().ratePlaces()));
    int meanPlaces = Math.toIntExact(trace.use(rules.value().meanPlaces()));
    return new KpiWindow(Math.toIntExact(period.start().toEpochDay()), Math.toIntExact(asOf.toEpochDay()), dayOnTime,
        noDeadlineOnTime, ratePlaces, meanPlaces);
  }

  static String key(RegisterEntry e, RollUpLevel level) {
    return level == RollUpLevel.SCHOOL ? e.unit() : level.division(e.jurisdiction()).value();
  }

  private static Subject subject(String key, RollUpLevel level) {
    return level == RollUpLevel.SCHOOL ? Subject.of(SubjectKind.SCHOOL, key)
        : Subject.of(SubjectKind.JURISDICTION, JurisdictionCode.of(key).value());
  }

  private RegisterKpiResult result(Subject subject, Period period, List<RegisterEntry> entries, RegisterFigures f,
      List<AppliedRule> applied) {
    LocalDate asOf = period.end().minusDays(1);
    List<Finding> findings = new ArrayList<>();
    if (!f.dynamicZeroing()) {
      findings.add(Finding.builder()
          .code(ZEROING_NOT_MET)
          .severity(Severity.HIGH)
          .subject(subject)
          .measured(new Measure(BigDecimal.valueOf(f.zeroingBreaches().size()), "1"))
          .required(new Measure(BigDecimal.ZERO, "1"))
          .comparison(Comparison.AT_MOST)
          .message(MESSAGES.format(ZEROING_NOT_MET, asOf.toString(), String.valueOf(f.zeroingBreaches().size()),
              String.join(", ", f.zeroingBreaches())))
          .rules(applied)
          .build());
    }
    if (!f.overall().overdue().isEmpty()) {
      findings.add(Finding.builder()
          .code(OVERDUE)
          .severity(Severity.LOW)
          .subject(subject)
          .measured(new Measure(BigDecimal.valueOf(f.overall().overdue().size()), "1"))
          .required(new Measure(BigDecimal.ZERO, "1"))
          .comparison(Comparison.AT_MOST)
          .message(MESSAGES.format(OVERDUE, asOf.toString(), String.valueOf(f.overall().overdue().size()),
              String.join(", ", f.overall().overdue())))
          .rules(applied)
          .build());
    }
    return new RegisterKpiResult(subject, period, f, applied, rules.packs(), findings, entries);
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

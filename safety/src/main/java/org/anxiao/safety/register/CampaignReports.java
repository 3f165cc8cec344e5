package org.anxiao.safety.register;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.DateRange;

/**
 * The weekly report of a hazard campaign (专项整治工作周报): for the campaign in force at a place and
 * date (the pack of kind {@code anxiao.safety.campaign}, e.g. 闵行区 2022, whose 专项整治 phase
 * 2022-04-01 – 05-31 has the departments report every week, §四(二)), the report of the week holding a
 * given day — weeks of seven days from the pack's {@code weekStart} (Monday in the shipped pack) —:
 * the phases overlapping the week, the due dates in it, and per responsible department the hazards
 * found and closed in the week and since the campaign's first day, and those open, overdue and hard
 * to resolve at the week's last day. Counting follows the register KPIs ({@link RegisterKpis}, whose
 * pack says when a hazard is overdue). Immutable and thread-safe.
 */
public final class CampaignReports implements Calculator {
  /** The calculator id, {@code anxiao.safety.campaign-weekly}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.campaign-weekly");

  private final BoundRules<CampaignRule> rules;
  private final RegisterKpis kpis;
  private final VerificationPolicy policy;

  private CampaignReports(BoundRules<CampaignRule> rules, RegisterKpis kpis, VerificationPolicy policy) {
    this.rules = rules;
    this.kpis = kpis;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the campaign and the register-KPI packs in force}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException {@code RULE_NOT_FOUND} when no campaign is in force
   */
  public static CampaignReports in(RuleContext context) {
    Require.nonNull("context", context);
    return new CampaignReports(context.bind(CampaignRule.KIND), RegisterKpis.in(context), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(CampaignRule.KIND, RegisterKpiRule.KIND);
  }

  /**
   * {@return the report of the week holding {@code day}}
   *
   * @param subject what the register covers
   * @param day     any day of the week reported
   * @param entries the register, ids unique, at most 100 000 entries
   * @throws org.anxiao.core.error.InvalidValueException when the week does not overlap the campaign
   */
  public WeeklyReport week(Subject subject, LocalDate day, List<RegisterEntry> entries) {
    Require.nonNull("subject", subject);
    Bounds.date("day", day);
    List<RegisterEntry> list = Bounds.list("entries", entries);
    RuleTrace trace = RuleTrace.under(policy);
    CampaignPlan plan = trace.use(rules.value().plan());
    DayOfWeek weekStart = trace.use(rules.value().weekStart());
    LocalDate first = day.with(TemporalAdjusters.previousOrSame(weekStart));
    LocalDate last = first.plusDays(6);
    Require.that(!last.isBefore(plan.start()) && !first.isAfter(plan.end()), "day", day,
        "its week " + first + " – " + last + " must overlap the campaign " + plan.start() + " – " + plan.end());
    DateRange week = new DateRange(first, last.plusDays(1));
    List<String> phases = new ArrayList<>();
    List<DueDate> due = new ArrayList<>();
    for (CampaignPhase p : plan.phases()) {
      if (!p.end().isBefore(first) && !p.start().isAfter(last)) {
        phases.add(p.code());
      }
      p.dueDates().stream().filter(d -> week.contains(d.date())).forEach(due::add);
    }
    RegisterKpiResult thisWeek = kpis.calculate(subject, week, list);
    RegisterKpiResult toDate = kpis.calculate(subject, new DateRange(plan.start(), last.plusDays(1)), list);
    SortedMap<String, DepartmentWeek> departments = new TreeMap<>();
    thisWeek.figures().byDepartment().forEach((d, w) -> {
      Kpis c = toDate.figures().byDepartment().get(d);
      OutcomeCounts o = thisWeek.figures().outcomesByDepartment().get(d);
      long hard = o == null ? 0 : o.hardToResolve();
      departments.put(d, new DepartmentWeek(w.found(), w.closed(), c == null ? 0 : c.found(), c == null ? 0 : c.closed(),
          w.open(), w.overdue().size(), hard));
    });
    Set<AppliedRule> applied = new LinkedHashSet<>(trace.applied());
    applied.addAll(thisWeek.rules());
    Set<PackRef> packs = new LinkedHashSet<>(rules.packs());
    packs.addAll(thisWeek.packs());
    return new WeeklyReport(subject, plan.code(), week, phases, due, departments, List.copyOf(applied),
        List.copyOf(packs), list);
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

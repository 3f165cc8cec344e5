package org.anxiao.safety.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.text.LocalizedText;

/**
 * Checks a hazard register against the rules in force (隐患台账核查): each hazard's area and sub-task are
 * known to the hazard-area taxonomy ({@link HazardAreaRule}), its accident type is on the GB 6441 list in
 * force on the day it was found ({@link AccidentTypeRule}), and each open major hazard's rectification
 * plan covers every element the hazard-management rule requires ({@link HazardManagementRule}, the
 * "五落实" of 总局令第16号).
 *
 * <p>An unknown code is an error, not a finding: {@code UNKNOWN_CODE} naming {@code hazards[i].area},
 * {@code hazards[i].subTask} or {@code hazards[i].accidentType}. A sub-task is required to be one of
 * its area's tasks; an area with a single, unnumbered task takes none. A plan that lacks elements
 * gives a finding {@value #PLAN_INCOMPLETE_CODE} (severity HIGH) listing them; a hazard open after its
 * deadline gives {@value #OVERDUE_CODE} (HIGH for a major hazard, LOW otherwise).
 *
 * <p>The taxonomy and the hazard-management rule are bound for the context's jurisdiction and date;
 * the accident-type list is bound for the context's jurisdiction and registry on each hazard's found
 * day, under the context's policy (the context's version pins do not carry over to those dates). A
 * hazard found on a day no accident-type pack covers (before GB 6441-1986 took effect) is refused with
 * {@code RULE_NOT_FOUND} when it names a type. Immutable and thread-safe.
 */
public final class HazardChecks implements Calculator {
  /** The calculator id, {@code anxiao.safety.hazard-checks}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.hazard-checks");
  static final String PLAN_INCOMPLETE_CODE = "SAFETY.HAZARD.PLAN_INCOMPLETE";
  static final String OVERDUE_CODE = "SAFETY.HAZARD.OVERDUE";
  /** A major hazard's rectification plan lacks elements the rule requires. */
  public static final FindingCode PLAN_INCOMPLETE = FindingCode.of(PLAN_INCOMPLETE_CODE);
  /** A hazard is open after its deadline. */
  public static final FindingCode OVERDUE = FindingCode.of(OVERDUE_CODE);
  private static final MessageCatalog MESSAGES = MessageCatalog.load(HazardChecks.class, "messages");

  private final RuleContext context;
  private final BoundRules<HazardAreaRule> areas;
  private final BoundRules<HazardManagementRule> management;

  private HazardChecks(RuleContext context, BoundRules<HazardAreaRule> areas,
      BoundRules<HazardManagementRule> management) {
    this.context = context;
    this.areas = areas;
    this.management = management;
  }

  /**
   * {@return the calculator for {@code context}: binds the taxonomy and the hazard-management rule in force}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force
   */
  public static HazardChecks in(RuleContext context) {
    Require.nonNull("context", context);
    return new HazardChecks(context, context.bind(HazardAreaRule.KIND), context.bind(HazardManagementRule.KIND));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(HazardAreaRule.KIND, AccidentTypeRule.KIND, HazardManagementRule.KIND);
  }

  /**
   * {@return the checks of every hazard of {@code register} on {@code asOf}}
   *
   * @param register the register
   * @param asOf     the day checked, not before any hazard's found day
   * @throws UnknownCodeException naming {@code hazards[i].area}, {@code .subTask} or {@code .accidentType}
   * @throws org.anxiao.core.error.InvalidValueException when {@code asOf} is before a hazard's found day
   * @throws org.anxiao.core.error.RulePackException when a value needed is below the policy's level, or no
   *     accident-type list covers a found day
   */
  public HazardCheckResult check(HazardRegister register, LocalDate asOf) {
    Require.nonNull("register", register);
    Bounds.date("asOf", asOf);
    RuleTrace trace = RuleTrace.under(context.policy());
    AreaTaxonomy taxonomy = trace.use(areas.value().areas());
    Set<PackRef> packs = new LinkedHashSet<>(areas.packs());
    Map<LocalDate, BoundRules<AccidentTypeRule>> lists = new HashMap<>();
    List<HazardCheck> checks = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Subject unit = Subject.of(SubjectKind.SCHOOL, register.unitId());
    for (int i = 0; i < register.hazards().size(); i++) {
      Hazard h = register.hazards().get(i);
      String at = "hazards[" + i + "]";
      area(at, h, taxonomy);
      if (h.accidentType().isPresent()) {
        BoundRules<AccidentTypeRule> list = lists.computeIfAbsent(h.foundDate(),
            d -> RuleContext.of(context.registry(), context.jurisdiction(), d).withPolicy(context.policy())
                .bind(AccidentTypeRule.KIND));
        packs.addAll(list.packs());
        AccidentTypeList types = trace.use(list.value().accidentTypes());
        if (types.find(h.accidentType().get()).isEmpty()) {
          throw new UnknownCodeException(at + ".accidentType", h.accidentType().get(),
              types.standard() + " accident type (the list in force on " + h.foundDate() + ")");
        }
      }
      HazardStatus status = h.status(asOf);
      boolean required = status.open() && status.major();
      Set<PlanElement> missing = Set.of();
      if (required) {
        packs.addAll(management.packs());
        Set<PlanElement> needed = trace.use(management.value().majorPlanElements());
        missing = status.plan().map(p -> p.missing(needed)).orElse(needed);
      }
      HazardCheck check = new HazardCheck(h.id(), status, required, missing);
      checks.add(check);
      Subject subject = Subject.of(SubjectKind.of("HAZARD"), h.id());
      if (!check.planComplete()) {
        findings.add(planFinding(subject, check, trace.applied()));
      }
      if (check.overdue()) {
        findings.add(overdueFinding(subject, status));
      }
    }
    return new HazardCheckResult(unit, asOf, checks, findings, trace.applied(), List.copyOf(packs),
        register.withoutNames());
  }

  /**
   * {@return the checks of one hazard on {@code asOf}, as a register of that hazard alone (its fields are
   * named {@code hazards[0]…})}
   *
   * @param hazard the hazard
   * @param asOf   the day checked, not before its found day
   */
  public HazardCheckResult check(Hazard hazard, LocalDate asOf) {
    Require.nonNull("hazard", hazard);
    return check(HazardRegister.of(hazard.schoolId(), hazard.jurisdiction(), List.of(hazard)), asOf);
  }

  /** The area, and the sub-task if any, are known to the taxonomy. */
  private static void area(String at, Hazard h, AreaTaxonomy taxonomy) {
    HazardArea area = taxonomy.area(h.area()).orElseThrow(
        () -> new UnknownCodeException(at + ".area", h.area(), "hazard area of the taxonomy in force"));
    if (h.subTask().isPresent()) {
      String task = h.subTask().get();
      if (!area.hasSubTasks() || area.tasks().stream().noneMatch(t -> t.code().equals(task))) {
        throw new UnknownCodeException(at + ".subTask", task, "task of hazard area " + area.code());
      }
    }
  }

  private static Finding planFinding(Subject subject, HazardCheck check, List<AppliedRule> applied) {
    StringJoiner zh = new StringJoiner("、");
    StringJoiner en = new StringJoiner(", ");
    check.missing().forEach(e -> {
      zh.add(e.label().zh());
      en.add(e.label().en());
    });
    List<AppliedRule> rules = applied.stream()
        .filter(r -> r.parameter().equals(HazardManagementRule.MAJOR_PLAN_ELEMENTS.name())).toList();
    return Finding.builder()
        .code(PLAN_INCOMPLETE)
        .severity(Severity.HIGH)
        .subject(subject)
        .message(MESSAGES.format(PLAN_INCOMPLETE, check.hazardId(), LocalizedText.of(zh.toString(), en.toString()),
            Integer.toString(check.missing().size())))
        .rules(rules)
        .build();
  }

  private static Finding overdueFinding(Subject subject, HazardStatus status) {
    return Finding.builder()
        .code(OVERDUE)
        .severity(status.major() ? Severity.HIGH : Severity.LOW)
        .subject(subject)
        .message(MESSAGES.format(OVERDUE, subject.id(), status.deadline().orElseThrow().toString(),
            status.asOf().toString(), status.state().label()))
        .build();
  }

  @Override
  public String toString() {
    return ID + " " + areas.jurisdiction() + " " + areas.date() + " " + areas.packs() + " " + context.policy();
  }
}

package org.anxiao.logistics.food;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;

/**
 * The food-safety day-log check (食品安全日志检查): takes a {@link FoodSafetyDayLog} and reports, against
 * the {@link FoodSafetyRoutineRule} in force,
 * <ol>
 *   <li>per meal, in {@link MealType} order, and per dish, in menu order: no sample
 *       ({@code SAMPLE_MISSING}); a sample lighter than {@code sampleMinimumMass} (exact grams, strictly
 *       below: 125 g passes, 124.99 g does not); a sample discarded before {@code sampleMinimumHours}
 *       (discard minus retention strictly below the hours: 48 h 00 min passes, 47 h 59 min does not; a
 *       sample still kept is fine); not in dedicated refrigeration when {@code sampleRefrigerated}; not
 *       labelled when {@code sampleLabelled}; then, when {@code leaderAtEveryMeal}, a meal without a
 *       leader (陪餐);</li>
 *   <li>per delivery, as listed: fewer distinct checkers than {@code deliveryCheckers}; 索证索票 missing
 *       when {@code deliveryDocuments};</li>
 *   <li>per worker on duty, as listed, when {@code healthCertificates}: no certificate, or one that
 *       expired before the log's date (valid on its expiry day);</li>
 *   <li>per routine of {@code dailyRecords} (when a pack in force gives it — Shanghai's list of
 *       沪教委后〔2024〕10号 §四1), in {@link DailyRoutine} order, not recorded as done.</li>
 * </ol>
 * Each finding cites the rule value it rests on. Every value is read through the trace under the
 * context's verification policy: an {@code UNVERIFIED} value is refused ({@code RULE_UNVERIFIED})
 * unless the caller allows it — every check here rests on its value, so none is skipped.
 *
 * <p>Resolve once per jurisdiction and date with {@link #in(RuleContext)}, then check as many logs as
 * needed. Immutable and thread-safe.
 */
public final class FoodSafetyLogs implements Calculator {
  /** The calculator id, {@code anxiao.logistics.food-safety-log}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.food-safety-log");
  /** A dish without a retained sample. */
  public static final FindingCode SAMPLE_MISSING = FindingCode.of("LOGISTICS.FOOD.SAMPLE_MISSING");
  /** A sample lighter than the minimum. */
  public static final FindingCode SAMPLE_LIGHT = FindingCode.of("LOGISTICS.FOOD.SAMPLE_LIGHT");
  /** A sample discarded before the minimum keeping time. */
  public static final FindingCode SAMPLE_SHORT = FindingCode.of("LOGISTICS.FOOD.SAMPLE_SHORT");
  /** A sample not in dedicated refrigeration. */
  public static final FindingCode SAMPLE_NOT_REFRIGERATED = FindingCode.of("LOGISTICS.FOOD.SAMPLE_NOT_REFRIGERATED");
  /** A sample not labelled. */
  public static final FindingCode SAMPLE_NOT_LABELLED = FindingCode.of("LOGISTICS.FOOD.SAMPLE_NOT_LABELLED");
  /** A meal without a school leader eating with the pupils. */
  public static final FindingCode LEADER_ABSENT = FindingCode.of("LOGISTICS.FOOD.LEADER_ABSENT");
  /** A delivery checked by too few people. */
  public static final FindingCode DELIVERY_UNDERCHECKED = FindingCode.of("LOGISTICS.FOOD.DELIVERY_UNDERCHECKED");
  /** A delivery without 索证索票. */
  public static final FindingCode DOCUMENTS_MISSING = FindingCode.of("LOGISTICS.FOOD.DOCUMENTS_MISSING");
  /** A worker on duty without a health certificate. */
  public static final FindingCode CERTIFICATE_MISSING = FindingCode.of("LOGISTICS.FOOD.CERTIFICATE_MISSING");
  /** A worker on duty whose health certificate has expired. */
  public static final FindingCode CERTIFICATE_EXPIRED = FindingCode.of("LOGISTICS.FOOD.CERTIFICATE_EXPIRED");
  /** A required daily routine not recorded. */
  public static final FindingCode ROUTINE_MISSING = FindingCode.of("LOGISTICS.FOOD.ROUTINE_MISSING");

  static final MessageCatalog MESSAGES = MessageCatalog.load(FoodSafetyLogs.class, "messages");

  private final BoundRules<FoodSafetyRoutineRule> rules;
  private final VerificationPolicy policy;

  private FoodSafetyLogs(BoundRules<FoodSafetyRoutineRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the check for {@code context}: binds the food-safety routines in force}
   *
   * @param context the registry of packs, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force or one does not bind
   */
  public static FoodSafetyLogs in(RuleContext context) {
    Require.nonNull("context", context);
    return new FoodSafetyLogs(context.bind(FoodSafetyRoutineRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(FoodSafetyRoutineRule.KIND);
  }

  /** {@return the packs in force, narrowest first} */
  public List<PackRef> packs() {
    return rules.packs();
  }

  /** {@return the rule in force} */
  public FoodSafetyRoutineRule rule() {
    return rules.value();
  }

  /**
   * {@return the findings for {@code log}}
   *
   * @param log the day's log
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a value is below the policy
   */
  public DayLogCheck check(FoodSafetyDayLog log) {
    Require.nonNull("log", log);
    RuleTrace trace = RuleTrace.under(policy);
    FoodSafetyRoutineRule rule = rules.value();
    BigDecimal minGrams = trace.use(rule.sampleMinimumMass());
    long minHours = trace.use(rule.sampleMinimumHours());
    boolean refrigerated = trace.use(rule.sampleRefrigerated());
    boolean labelled = trace.use(rule.sampleLabelled());
    boolean leader = trace.use(rule.leaderAtEveryMeal());
    long checkers = trace.use(rule.deliveryCheckers());
    boolean documents = trace.use(rule.deliveryDocuments());
    boolean certificates = trace.use(rule.healthCertificates());
    Optional<Set<DailyRoutine>> records = rule.dailyRecords().map(trace::use);
    String canteen = log.canteen();
    List<Finding> findings = new ArrayList<>();
    List<Meal> meals = new ArrayList<>(log.meals());
    meals.sort(Comparator.comparing(Meal::meal));
    Duration minimumKept = Duration.ofHours(minHours);
    for (Meal meal : meals) {
      String m = canteen + "/" + meal.meal().name();
      Object[] name = {meal.meal().label().zh(), meal.meal().label().en()};
      for (String dish : meal.dishes()) {
        Subject subject = Subject.of(SubjectKind.OTHER, m + "/" + dish);
        Optional<FoodSample> found = meal.sampleOf(dish);
        if (found.isEmpty()) {
          findings.add(finding(SAMPLE_MISSING, Severity.HIGH, subject, rule.sampleMinimumMass(), name[0], name[1], dish));
          continue;
        }
        FoodSample s = found.get();
        BigDecimal grams = s.grams();
        if (grams.compareTo(minGrams) < 0) {
          Finding light = finding(SAMPLE_LIGHT, Severity.HIGH, subject, rule.sampleMinimumMass(), name[0], name[1],
              dish, grams.toPlainString(), minGrams.toPlainString());
          findings.add(Finding.builder().from(light).measured(Measure.of(grams.toPlainString(), "g"))
              .required(Measure.of(minGrams.toPlainString(), "g")).comparison(Comparison.AT_LEAST).build());
        }
        Optional<Duration> kept = s.kept();
        if (kept.isPresent() && kept.get().compareTo(minimumKept) < 0) {
          Duration k = kept.get();
          findings.add(finding(SAMPLE_SHORT, Severity.HIGH, subject, rule.sampleMinimumHours(), name[0], name[1], dish,
              String.valueOf(k.toHours()), String.valueOf(k.toMinutesPart()), String.valueOf(minHours)));
        }
        if (refrigerated && !s.refrigerated()) {
          findings.add(finding(SAMPLE_NOT_REFRIGERATED, Severity.HIGH, subject, rule.sampleRefrigerated(), name[0],
              name[1], dish));
        }
        if (labelled && !s.labelled()) {
          findings.add(finding(SAMPLE_NOT_LABELLED, Severity.LOW, subject, rule.sampleLabelled(), name[0], name[1],
              dish));
        }
      }
      if (leader && meal.leader().isEmpty()) {
        findings.add(finding(LEADER_ABSENT, Severity.LOW, Subject.of(SubjectKind.OTHER, m), rule.leaderAtEveryMeal(),
            name[0], name[1]));
      }
    }
    for (int i = 0; i < log.deliveries().size(); i++) {
      Delivery d = log.deliveries().get(i);
      Subject subject = Subject.of(SubjectKind.OTHER, canteen + "/deliveries/" + i);
      if (d.checkers().size() < checkers) {
        Finding few = finding(DELIVERY_UNDERCHECKED, Severity.HIGH, subject, rule.deliveryCheckers(), d.supplier(),
            String.valueOf(d.checkers().size()), String.valueOf(checkers));
        findings.add(Finding.builder().from(few).measured(Measure.count(d.checkers().size()))
            .required(Measure.count(checkers)).comparison(Comparison.AT_LEAST).build());
      }
      if (documents && !d.documentsObtained()) {
        findings.add(finding(DOCUMENTS_MISSING, Severity.HIGH, subject, rule.deliveryDocuments(), d.supplier()));
      }
    }
    if (certificates) {
      for (int i = 0; i < log.staff().size(); i++) {
        StaffOnDuty w = log.staff().get(i);
        Subject subject = Subject.of(SubjectKind.OTHER, canteen + "/staff/" + i);
        if (w.certificateExpiry().isEmpty()) {
          findings.add(finding(CERTIFICATE_MISSING, Severity.HIGH, subject, rule.healthCertificates(), w.name()));
        } else if (!w.certifiedOn(log.date())) {
          findings.add(finding(CERTIFICATE_EXPIRED, Severity.HIGH, subject, rule.healthCertificates(), w.name(),
              w.certificateExpiry().get().toString(), log.date().toString()));
        }
      }
    }
    if (records.isPresent()) {
      Subject subject = Subject.of(SubjectKind.KEY_PART, canteen);
      RuleValue<Set<DailyRoutine>> basis = rule.dailyRecords().get();
      for (DailyRoutine r : records.get().stream().sorted().toList()) {
        if (!log.routines().contains(r)) {
          findings.add(finding(ROUTINE_MISSING, Severity.LOW, subject, basis, r.label().zh(), r.label().en()));
        }
      }
    }
    return new DayLogCheck(Subject.of(SubjectKind.KEY_PART, canteen), log, trace.applied(), packs(), findings);
  }

  private static Finding finding(FindingCode code, Severity severity, Subject subject, RuleValue<?> rule,
      Object... args) {
    List<AppliedRule> basis = List.of(rule.applied());
    return Finding.builder()
        .code(code)
        .severity(severity)
        .subject(subject)
        .message(MESSAGES.format(code, args))
        .rules(basis)
        .build();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + packs() + " " + policy;
  }
}

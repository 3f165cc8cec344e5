package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Comparison;
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
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;

/**
 * Food-waste measures (反餐饮浪费指标) of a canteen, after 沪教委保〔2021〕13号 §三(三)2 (深入开展“光盘行动”…
 * 加强学生食堂精细化…管理，降低食材损耗率):
 * <ul>
 *   <li>plate waste per person-meal (人均餐余) = plate waste in grams / person-meals, 2 places half up (四舍五入);</li>
 *   <li>ingredient loss rate (食材损耗率) = mass lost / mass purchased or issued, 4 places half up;</li>
 *   <li>clean-tray rate (光盘率) = clean trays / trays counted, 4 places half up;</li>
 * </ul>
 * each empty when its denominator is 0, and the trend over terms ({@link #trend}).
 *
 * <p>The clause sets no number. Targets come only from a pack of kind {@code anxiao.logistics.food-waste}
 * ({@link FoodWasteTargets}) that the caller registers; the library ships none. Without one in force the
 * measures are computed and {@link FoodWasteResult#targetsChecked()} is empty. A target below the
 * context's verification policy is not checked (never on an assumed value): an INFO finding
 * ({@code LOGISTICS.WASTE.NOT_CHECKED}) citing the refused value. A target is compared with the exact
 * quotient, never with the rounded figure (35.003… g misses at most 35 g though it shows as 35.00); a target
 * met exactly is met. Resolve once per jurisdiction and date. Immutable and thread-safe.
 */
public final class FoodWasteMeasures implements Calculator {
  /** The calculator id, {@code anxiao.logistics.food-waste}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.food-waste");
  /** Plate waste per person-meal above the pack's most. */
  public static final FindingCode PLATE_WASTE_ABOVE_TARGET = FindingCode.of("LOGISTICS.WASTE.PLATE_WASTE_ABOVE_TARGET");
  /** Ingredient loss rate above the pack's highest. */
  public static final FindingCode LOSS_RATE_ABOVE_TARGET = FindingCode.of("LOGISTICS.WASTE.LOSS_RATE_ABOVE_TARGET");
  /** Clean-tray rate below the pack's lowest. */
  public static final FindingCode CLEAN_TRAY_RATE_BELOW_TARGET =
      FindingCode.of("LOGISTICS.WASTE.CLEAN_TRAY_RATE_BELOW_TARGET");
  /** A target not checked: its value is below the verification policy (INFO, citing the refused value). */
  public static final FindingCode NOT_CHECKED = FindingCode.of("LOGISTICS.WASTE.NOT_CHECKED");
  static final MessageCatalog MESSAGES = MessageCatalog.load(FoodWasteMeasures.class, "messages");

  private final Optional<BoundRules<FoodWasteTargets>> targets;
  private final VerificationPolicy policy;

  private FoodWasteMeasures(Optional<BoundRules<FoodWasteTargets>> targets, VerificationPolicy policy) {
    this.targets = targets;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the food-waste target pack in force, if any}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws RulePackException {@code RULE_AMBIGUOUS} or {@code RULE_PACK_INVALID} from the registry; no pack in
   *     force is not an error
   */
  public static FoodWasteMeasures in(RuleContext context) {
    Require.nonNull("context", context);
    return new FoodWasteMeasures(context.find(FoodWasteTargets.KIND), context.policy());
  }

  /**
   * {@return the calculator over already bound targets (or none), under {@code policy}}
   *
   * @param targets the bound targets, empty for none
   * @param policy  the verification policy applied to the targets
   */
  public static FoodWasteMeasures of(Optional<BoundRules<FoodWasteTargets>> targets, VerificationPolicy policy) {
    return new FoodWasteMeasures(Require.nonNull("targets", targets), Require.nonNull("policy", policy));
  }

  /** {@return the bound targets, empty when no pack is in force} */
  public Optional<BoundRules<FoodWasteTargets>> targets() {
    return targets;
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(FoodWasteTargets.KIND);
  }

  /**
   * {@return the measures of {@code record}, checked against the targets in force}
   *
   * @param record the canteen's record for a period
   */
  public FoodWasteResult measure(FoodWasteRecord record) {
    Require.nonNull("record", record);
    FoodWasteFigures figures = FoodWasteFigures.of(record);
    Subject subject = Subject.of(SubjectKind.KEY_PART, record.canteen());
    RuleTrace trace = RuleTrace.under(policy);
    Set<FoodWasteMeasure> checked = EnumSet.noneOf(FoodWasteMeasure.class);
    List<Finding> findings = new ArrayList<>();
    if (targets.isPresent()) {
      FoodWasteTargets t = targets.get().value();
      for (FoodWasteMeasure m : FoodWasteMeasure.values()) {
        Optional<RuleValue<BigDecimal>> target = t.target(m);
        Optional<BigDecimal> value = figures.value(m);
        if (target.isEmpty() || value.isEmpty()) {
          continue;
        }
        RuleValue<BigDecimal> rv = target.get();
        Optional<BigDecimal> limit = trace.useIfPermitted(rv);
        if (limit.isEmpty()) {
          findings.add(notChecked(subject, rv.applied()));
          continue;
        }
        checked.add(m);
        check(m, value.get(), FoodWasteFigures.quotient(record, m), limit.get(), subject, record.period(), rv.applied())
            .ifPresent(findings::add);
      }
    }
    return new FoodWasteResult(subject, record, figures, checked, trace.applied(),
        targets.map(BoundRules::packs).orElse(List.of()), findings);
  }

  /**
   * {@return the trend of one canteen over {@code terms}: each term's result and, per consecutive pair and
   * measure, the change and its direction}
   *
   * @param terms the canteen's records, periods in order and not overlapping, at least one
   * @throws PeriodOverlapException when a term's period overlaps the one before, naming {@code terms[i].period}
   * @throws InvalidValueException when a term starts before the one before, or belongs to another canteen
   */
  public FoodWasteTrend trend(List<FoodWasteRecord> terms) {
    List<FoodWasteRecord> list = Bounds.list("terms", terms);
    Require.that(!list.isEmpty(), "terms", "[]", "must hold at least one term");
    String canteen = list.get(0).canteen();
    for (int i = 1; i < list.size(); i++) {
      FoodWasteRecord prev = list.get(i - 1);
      FoodWasteRecord cur = list.get(i);
      String at = "terms[" + i + "]";
      if (!cur.canteen().equals(canteen)) {
        throw new InvalidValueException(at + ".canteen", cur.canteen(), "must be the canteen of terms[0], " + canteen);
      }
      if (cur.period().overlaps(prev.period())) {
        throw new PeriodOverlapException(at + ".period", prev.period().code(), cur.period().code());
      }
      if (cur.period().start().isBefore(prev.period().start())) {
        throw new InvalidValueException(at + ".period", cur.period().code(),
            "must come after terms[" + (i - 1) + "].period " + prev.period().code());
      }
    }
    List<FoodWasteResult> results = new ArrayList<>(list.size());
    List<MeasureChange> changes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      FoodWasteResult r = measure(list.get(i));
      if (i > 0) {
        FoodWasteResult p = results.get(i - 1);
        for (FoodWasteMeasure m : FoodWasteMeasure.values()) {
          changes.add(MeasureChange.between(m, p.record().period(), r.record().period(), p.figures().value(m),
              r.figures().value(m)));
        }
      }
      results.add(r);
    }
    return new FoodWasteTrend(canteen, results, changes);
  }

  /** A target is compared with the exact quotient, never with the rounded figure: rounding never hides a miss. */
  private static Optional<Finding> check(FoodWasteMeasure m, BigDecimal value, Quotient exact, BigDecimal limit,
      Subject subject, Period period, AppliedRule rule) {
    boolean max = m != FoodWasteMeasure.CLEAN_TRAY_RATE;
    boolean missed = max ? exact.above(limit) : exact.below(limit);
    if (!missed) {
      return Optional.empty();
    }
    FindingCode code = switch (m) {
      case PLATE_WASTE_PER_MEAL -> PLATE_WASTE_ABOVE_TARGET;
      case LOSS_RATE -> LOSS_RATE_ABOVE_TARGET;
      case CLEAN_TRAY_RATE -> CLEAN_TRAY_RATE_BELOW_TARGET;
    };
    String unit = m == FoodWasteMeasure.PLATE_WASTE_PER_MEAL ? "g" : "1";
    return Optional.of(Finding.builder()
        .code(code)
        .severity(Severity.LOW)
        .subject(subject)
        .measured(new Measure(value, unit))
        .required(new Measure(limit, unit))
        .comparison(max ? Comparison.AT_MOST : Comparison.AT_LEAST)
        .message(MESSAGES.format(code, subject.id(), period.code(), value.toPlainString(), limit.toPlainString(),
            rule.pack().toString(), exact.numerator().stripTrailingZeros().toPlainString(),
            exact.denominator().stripTrailingZeros().toPlainString()))
        .rules(List.of(rule))
        .build());
  }

  static Finding notChecked(Subject subject, AppliedRule rule) {
    return Finding.builder()
        .code(NOT_CHECKED)
        .severity(Severity.INFO)
        .subject(subject)
        .message(MESSAGES.format(NOT_CHECKED, rule.parameter(), rule.pack().toString(), rule.verification().name()))
        .rules(List.of(rule))
        .build();
  }

  @Override
  public String toString() {
    return ID + " " + targets.map(b -> b.jurisdiction() + " " + b.date() + " " + b.packs()).orElse("no targets") + " "
        + policy;
  }
}

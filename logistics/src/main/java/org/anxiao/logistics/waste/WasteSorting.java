package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.Measure;

/**
 * Waste-sorting figures (生活垃圾分类指标) of a campus record, after 沪教委保〔2021〕13号 §三(三)2 (构建学校
 * 生活垃圾分类长效机制…推广学校餐厨废弃物源头减量和就地资源化处理；提高学校可再生资源回收利用率) and Shanghai's
 * four streams (上海市生活垃圾管理条例, 2019, 第四条), under the pack of kind {@code anxiao.logistics.waste-streams}
 * ({@link WasteStreamRule}):
 * <ul>
 *   <li>total = the sum of the streams' masses, kg, exact (independent of listing order);</li>
 *   <li>share per stream in force = stream / total;</li>
 *   <li>sorting accuracy (分类准确率) = bins correctly sorted / bins inspected;</li>
 *   <li>recycling rate (资源回收率) = (the streams in {@code recovered}, plus the wet waste treated on site when
 *       {@code wetOnSiteRecovered} and {@code WET} is not already recovered) / total;</li>
 *   <li>wet-waste on-site share (湿垃圾就地处理率) = wet treated on site / wet;</li>
 *   <li>waste per person per day = total kg / ((pupils + staff) × days), 3 places half up.</li>
 * </ul>
 * Rates are rounded to 4 places half up (四舍五入); each figure is empty when its denominator is 0. A stream
 * the pack does not have in force is {@code UNKNOWN_CODE} naming {@code masses[i].stream}. The pack's
 * optional targets give findings when met short, compared with the exact quotient, never with the rounded
 * figure (a target met exactly is met; 0.94995 misses at least 0.95 though it shows as 0.9500), each citing its
 * target (the recycling-rate finding also {@code recovered} and {@code wetOnSiteRecovered}); a target below the
 * verification policy is not checked (never on an assumed value): an INFO finding
 * {@code LOGISTICS.WASTE.NOT_CHECKED} citing the refused value. Resolve once per jurisdiction and date.
 * Immutable and thread-safe.
 */
public final class WasteSorting implements Calculator {
  /** The calculator id, {@code anxiao.logistics.waste-sorting}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.waste-sorting");
  /** Sorting accuracy below the pack's lowest. */
  public static final FindingCode SORTING_ACCURACY_BELOW_TARGET =
      FindingCode.of("LOGISTICS.WASTE.SORTING_ACCURACY_BELOW_TARGET");
  /** Recycling rate below the pack's lowest. */
  public static final FindingCode RECYCLING_RATE_BELOW_TARGET = FindingCode.of("LOGISTICS.WASTE.RECYCLING_RATE_BELOW_TARGET");
  /** Wet-waste on-site share below the pack's lowest. */
  public static final FindingCode WET_ON_SITE_BELOW_TARGET = FindingCode.of("LOGISTICS.WASTE.WET_ON_SITE_BELOW_TARGET");
  /** Waste per person per day above the pack's most. */
  public static final FindingCode PER_PERSON_ABOVE_TARGET = FindingCode.of("LOGISTICS.WASTE.PER_PERSON_ABOVE_TARGET");
  /** Places of the kilograms per person per day: 3. */
  static final int PER_PERSON_PLACES = 3;

  private final BoundRules<WasteStreamRule> rules;
  private final VerificationPolicy policy;

  private WasteSorting(BoundRules<WasteStreamRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the waste-streams pack in force}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException {@code RULE_NOT_FOUND} when no pack is in force
   */
  public static WasteSorting in(RuleContext context) {
    Require.nonNull("context", context);
    return new WasteSorting(context.bind(WasteStreamRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound rule
   * @param policy the verification policy applied to the rule's values
   */
  public static WasteSorting of(BoundRules<WasteStreamRule> rules, VerificationPolicy policy) {
    return new WasteSorting(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(WasteStreamRule.KIND);
  }

  /**
   * {@return the figures of {@code record}, checked against the pack's targets}
   *
   * @param record the campus's record for a period
   * @throws UnknownCodeException when the record lists a stream the pack does not have in force, naming
   *     {@code masses[i].stream}
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when the streams or the recovery
   *     readings are below the policy
   */
  public WasteSortingResult sort(WasteRecord record) {
    Require.nonNull("record", record);
    WasteStreamRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    Set<WasteStream> inForce = trace.use(rule.streams());
    for (int i = 0; i < record.masses().size(); i++) {
      WasteStream s = record.masses().get(i).stream();
      if (!inForce.contains(s)) {
        throw new UnknownCodeException("masses[" + i + "].stream", s.name(), "waste stream in force " + inForce);
      }
    }
    BigDecimal total = BigDecimal.ZERO;
    for (StreamMass m : record.masses()) {
      total = total.add(m.kg());
    }
    List<StreamShare> shares = new ArrayList<>();
    for (WasteStream s : inForce) {
      BigDecimal kg = record.kg(s);
      shares.add(new StreamShare(s, kg, new Quotient(kg, total).share()));
    }
    Set<WasteStream> recovered = trace.use(rule.recovered());
    boolean wetOnSite = trace.use(rule.wetOnSiteRecovered());
    BigDecimal recoveredKg = BigDecimal.ZERO;
    for (WasteStream s : recovered) {
      recoveredKg = recoveredKg.add(record.kg(s));
    }
    if (wetOnSite && !recovered.contains(WasteStream.WET)) {
      recoveredKg = recoveredKg.add(record.wetTreatedOnSiteKg());
    }
    Quotient accuracy = Quotient.of(record.binsCorrect(), record.binsInspected());
    Quotient recycling = new Quotient(recoveredKg, total);
    Quotient onSite = new Quotient(record.wetTreatedOnSiteKg(), record.kg(WasteStream.WET));
    BigDecimal personDays = BigDecimal.valueOf(record.headcount()).multiply(BigDecimal.valueOf(record.days()));
    Quotient perPerson = new Quotient(total, personDays);
    WasteFigures figures = new WasteFigures(total, shares, accuracy.share(), recoveredKg, recycling.share(),
        onSite.share(), perPerson.rounded(PER_PERSON_PLACES));
    Subject subject = Subject.of(SubjectKind.CAMPUS, record.campus());
    Set<WasteMeasure> checked = EnumSet.noneOf(WasteMeasure.class);
    List<Finding> findings = new ArrayList<>();
    for (WasteMeasure m : WasteMeasure.values()) {
      Optional<RuleValue<BigDecimal>> target = target(rule, m);
      Optional<BigDecimal> value = figures.value(m);
      if (target.isEmpty() || value.isEmpty()) {
        continue;
      }
      RuleValue<BigDecimal> rv = target.get();
      Optional<BigDecimal> permitted = trace.useIfPermitted(rv);
      if (permitted.isEmpty()) {
        findings.add(FoodWasteMeasures.notChecked(subject, rv.applied()));
        continue;
      }
      BigDecimal limit = permitted.get();
      checked.add(m);
      Quotient exact = switch (m) {
        case SORTING_ACCURACY -> accuracy;
        case RECYCLING_RATE -> recycling;
        case WET_ON_SITE_SHARE -> onSite;
        case PER_PERSON_DAY -> perPerson;
      };
      // The recycling rate rests also on what the pack counts as recovered (convention: cite every value).
      List<AppliedRule> cited = m == WasteMeasure.RECYCLING_RATE
          ? List.of(rule.recovered().applied(), rule.wetOnSiteRecovered().applied(), rv.applied())
          : List.of(rv.applied());
      check(m, value.get(), exact, limit, subject, record, cited).ifPresent(findings::add);
    }
    return new WasteSortingResult(subject, record, figures, checked, trace.applied(), rules.packs(), findings);
  }

  private static Optional<RuleValue<BigDecimal>> target(WasteStreamRule rule, WasteMeasure m) {
    return switch (m) {
      case SORTING_ACCURACY -> rule.minSortingAccuracy();
      case RECYCLING_RATE -> rule.minRecyclingRate();
      case WET_ON_SITE_SHARE -> rule.minWetOnSiteShare();
      case PER_PERSON_DAY -> rule.maxPerPersonDay();
    };
  }

  /** A target is compared with the exact quotient, never with the rounded figure: rounding never hides a miss. */
  private static Optional<Finding> check(WasteMeasure m, BigDecimal value, Quotient exact, BigDecimal limit,
      Subject subject, WasteRecord record, List<AppliedRule> cited) {
    AppliedRule applied = cited.get(cited.size() - 1);
    boolean max = m == WasteMeasure.PER_PERSON_DAY;
    boolean missed = max ? exact.above(limit) : exact.below(limit);
    if (!missed) {
      return Optional.empty();
    }
    FindingCode code = switch (m) {
      case SORTING_ACCURACY -> SORTING_ACCURACY_BELOW_TARGET;
      case RECYCLING_RATE -> RECYCLING_RATE_BELOW_TARGET;
      case WET_ON_SITE_SHARE -> WET_ON_SITE_BELOW_TARGET;
      case PER_PERSON_DAY -> PER_PERSON_ABOVE_TARGET;
    };
    String unit = max ? "kg" : "1";
    return Optional.of(Finding.builder()
        .code(code)
        .severity(Severity.LOW)
        .subject(subject)
        .measured(new Measure(value, unit))
        .required(new Measure(limit, unit))
        .comparison(max ? Comparison.AT_MOST : Comparison.AT_LEAST)
        .message(FoodWasteMeasures.MESSAGES.format(code, subject.id(), record.period().code(), value.toPlainString(),
            limit.toPlainString(), applied.pack().toString(), exact.numerator().stripTrailingZeros().toPlainString(),
            exact.denominator().stripTrailingZeros().toPlainString()))
        .rules(cited)
        .build());
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

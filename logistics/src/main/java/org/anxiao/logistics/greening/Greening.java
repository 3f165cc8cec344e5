package org.anxiao.logistics.greening;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.Measure;

/**
 * Campus greening (校园绿化核算, 沪教委后〔2024〕10号 §四6 确保绿化覆盖率达标): green coverage and green-space ratio
 * of a campus against the pack in force ({@link GreeningRule}).
 *
 * <ol>
 *   <li>Factors, read in this order when the pack states them and the policy permits them:
 *       {@code roofToCoverage}, {@code verticalToCoverage}, {@code roofToGreenSpace}; a factor not stated
 *       is 0 (not counted), one the policy does not permit is 0 with an INFO {@link #NOT_COUNTED}.</li>
 *   <li>Counted areas ({@link CountedArea}, m², exact): coverage {@code cover + roof × roofToCoverage +
 *       vertical × verticalToCoverage}; green space {@code green + roof × roofToGreenSpace}.</li>
 *   <li>Ratios: {@code min(counted, site) ÷ site}, rounded to 4 decimals {@code HALF_UP} (四舍五入, one
 *       basis point), so always in [0, 1]; empty for a site area of 0 (an INFO {@link #NO_SITE_AREA}, nothing
 *       checked).</li>
 *   <li>Checks, coverage first: the minimum for the campus's {@link CampusStatus} is read when stated and
 *       permitted, and met when {@code counted ≥ minimum × site}, compared exactly (a ratio that rounds to
 *       the minimum but lies below it is short) — {@link #COVERAGE_MET} (INFO) or {@link #COVERAGE_LOW}
 *       (LOW), likewise {@link #GREEN_SPACE_MET} / {@link #GREEN_SPACE_LOW}; a minimum below the policy is
 *       not read and not checked ({@link #NOT_CHECKED}, INFO); a minimum the pack does not state gives
 *       {@link #NO_MINIMUM} (INFO).</li>
 * </ol>
 * Findings come in that order: coverage, green space, then the factors not counted. Immutable and
 * thread-safe.
 */
public final class Greening implements Calculator {
  /** The calculator id, {@code anxiao.logistics.greening}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.greening");
  /** Green coverage below the minimum. */
  public static final FindingCode COVERAGE_LOW = FindingCode.of("LOGISTICS.GREENING.COVERAGE_LOW");
  /** Green coverage at or above the minimum. */
  public static final FindingCode COVERAGE_MET = FindingCode.of("LOGISTICS.GREENING.COVERAGE_MET");
  /** Green-space ratio below the minimum. */
  public static final FindingCode GREEN_SPACE_LOW = FindingCode.of("LOGISTICS.GREENING.GREEN_SPACE_LOW");
  /** Green-space ratio at or above the minimum. */
  public static final FindingCode GREEN_SPACE_MET = FindingCode.of("LOGISTICS.GREENING.GREEN_SPACE_MET");
  /** A minimum the verification policy does not let be read: the ratio is not checked. */
  public static final FindingCode NOT_CHECKED = FindingCode.of("LOGISTICS.GREENING.NOT_CHECKED");
  /** The pack states no minimum for the ratio and the campus's status. */
  public static final FindingCode NO_MINIMUM = FindingCode.of("LOGISTICS.GREENING.NO_MINIMUM");
  /** A counting factor the verification policy does not let be read: that greening is not counted. */
  public static final FindingCode NOT_COUNTED = FindingCode.of("LOGISTICS.GREENING.NOT_COUNTED");
  /** A site area of 0: no ratio, nothing checked. */
  public static final FindingCode NO_SITE_AREA = FindingCode.of("LOGISTICS.GREENING.NO_SITE_AREA");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(Greening.class, "messages");
  private static final LocalizedText COVERAGE = LocalizedText.of("绿化覆盖率", "green coverage");
  private static final LocalizedText GREEN_SPACE = LocalizedText.of("绿地率", "green-space ratio");
  private static final int DECIMALS = 4;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BoundRules<GreeningRule> rules;
  private final VerificationPolicy policy;

  private Greening(BoundRules<GreeningRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the greening rule in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException {@code RULE_NOT_FOUND} when no greening pack is in force
   */
  public static Greening in(RuleContext context) {
    Require.nonNull("context", context);
    return new Greening(context.bind(GreeningRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(GreeningRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<GreeningRule> rules() {
    return rules;
  }

  /**
   * {@return the greening result of {@code campus}}
   *
   * @param campus the campus's areas and status
   */
  public GreeningResult assess(CampusGreening campus) {
    Require.nonNull("campus", campus);
    GreeningRule rule = rules.value();
    Subject subject = Subject.of(SubjectKind.CAMPUS, campus.campusId());
    RuleTrace trace = RuleTrace.under(policy);
    List<Finding> notes = new ArrayList<>();
    BigDecimal roofToCoverage = factor(rule.roofToCoverage(), trace, notes, subject);
    BigDecimal verticalToCoverage = factor(rule.verticalToCoverage(), trace, notes, subject);
    BigDecimal roofToGreenSpace = factor(rule.roofToGreenSpace(), trace, notes, subject);
    BigDecimal site = campus.siteSquareMetres();
    BigDecimal roof = campus.roofSquareMetres();
    BigDecimal vertical = campus.verticalSquareMetres();
    CountedArea coverageArea = CountedArea.of(campus.greenCoverSquareMetres(), roof, roofToCoverage, vertical,
        verticalToCoverage);
    CountedArea greenSpaceArea = CountedArea.of(campus.greenSpaceSquareMetres(), roof, roofToGreenSpace, vertical,
        BigDecimal.ZERO);
    List<Finding> findings = new ArrayList<>();
    if (site.signum() == 0) {
      findings.add(Finding.builder().code(NO_SITE_AREA).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(NO_SITE_AREA)).build());
      findings.addAll(notes);
      return new GreeningResult(subject, campus, coverageArea, greenSpaceArea, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), trace.applied(), rules.packs(), findings);
    }
    BigDecimal coverage = ratio(coverageArea.counted(), site);
    BigDecimal greenSpace = ratio(greenSpaceArea.counted(), site);
    Optional<Boolean> coverageMet = check(COVERAGE, rule.minGreenCoverage(campus.status()), coverageArea.counted(),
        coverage, site, campus.status(), trace, findings, subject, COVERAGE_MET, COVERAGE_LOW);
    Optional<Boolean> greenSpaceMet = check(GREEN_SPACE, rule.minGreenSpaceRatio(campus.status()),
        greenSpaceArea.counted(), greenSpace, site, campus.status(), trace, findings, subject, GREEN_SPACE_MET,
        GREEN_SPACE_LOW);
    findings.addAll(notes);
    return new GreeningResult(subject, campus, coverageArea, greenSpaceArea, Optional.of(coverage),
        Optional.of(greenSpace), coverageMet, greenSpaceMet, trace.applied(), rules.packs(), findings);
  }

  private BigDecimal factor(Optional<RuleValue<BigDecimal>> value, RuleTrace trace, List<Finding> notes,
      Subject subject) {
    if (value.isEmpty()) {
      return BigDecimal.ZERO;
    }
    RuleValue<BigDecimal> v = value.get();
    if (!policy.permits(v.verification())) {
      notes.add(Finding.builder().code(NOT_COUNTED).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(NOT_COUNTED, v.applied().parameter(), v.applied().pack().toString(),
              v.verification().name()))
          .build());
      return BigDecimal.ZERO;
    }
    return trace.use(v);
  }

  private Optional<Boolean> check(LocalizedText what, Optional<RuleValue<BigDecimal>> minimum, BigDecimal counted,
      BigDecimal ratio, BigDecimal site, CampusStatus status, RuleTrace trace, List<Finding> findings,
      Subject subject, FindingCode met, FindingCode low) {
    if (minimum.isEmpty()) {
      findings.add(Finding.builder().code(NO_MINIMUM).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(NO_MINIMUM, what.zh(), what.en(), status.label().zh(), status.label().en(),
              percent(ratio)))
          .build());
      return Optional.empty();
    }
    RuleValue<BigDecimal> m = minimum.get();
    if (!policy.permits(m.verification())) {
      findings.add(Finding.builder().code(NOT_CHECKED).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(NOT_CHECKED, what.zh(), what.en(), percent(ratio), m.applied().pack().toString(),
              m.applied().parameter(), m.verification().name()))
          .build());
      return Optional.empty();
    }
    BigDecimal min = trace.use(m);
    boolean ok = counted.compareTo(min.multiply(site)) >= 0;
    findings.add(Finding.builder().code(ok ? met : low).severity(ok ? Severity.INFO : Severity.LOW).subject(subject)
        .measured(new Measure(ratio, "1")).required(new Measure(min, "1")).comparison(Comparison.AT_LEAST)
        .message(MESSAGES.format(ok ? met : low, percent(ratio), percent(min), status.label().zh(),
            status.label().en()))
        .rules(List.of(m.applied())).build());
    return Optional.of(ok);
  }

  /** {@code min(counted, site) ÷ site}, 4 decimals HALF_UP; {@code site} is above 0. */
  private static BigDecimal ratio(BigDecimal counted, BigDecimal site) {
    return counted.min(site).divide(site, DECIMALS, RoundingMode.HALF_UP);
  }

  private static String percent(BigDecimal share) {
    return share.multiply(HUNDRED).stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

package org.anxiao.logistics.greening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.core.unit.Measure;
import org.anxiao.logistics.internal.Ratios;

/**
 * Campus greening (校园绿化核算, 沪教委后〔2024〕10号 §四6 确保绿化覆盖率达标): green coverage and green-space ratio
 * of a campus against the pack in force ({@link GreeningRule}).
 *
 * <ol>
 *   <li>Factors, read in this order when the pack states them and the policy permits them:
 *       {@code roofToCoverage}, {@code verticalToCoverage}, {@code roofToGreenSpace},
 *       {@code verticalToGreenSpace}; a factor not stated is 0 (not counted). A factor the policy does not
 *       permit is not read and counts 0; when the greening it counts is above 0 m² the ratio it feeds is
 *       reported without that greening, an INFO {@link #NOT_COUNTED} (citing the refused factor) says so,
 *       and that ratio's minimum is not checked (below).</li>
 *   <li>Counted areas ({@link CountedArea}, m², exact): coverage {@code cover + roof × roofToCoverage +
 *       vertical × verticalToCoverage}; green space {@code green + roof × roofToGreenSpace + vertical ×
 *       verticalToGreenSpace}.</li>
 *   <li>Ratios: {@code min(counted, site) ÷ site}, rounded to 4 decimals {@code HALF_UP} (四舍五入, one
 *       basis point, {@code Ratios.share}), so always in [0, 1]; empty for a site area of 0 (an INFO
 *       {@link #NO_SITE_AREA}, nothing checked).</li>
 *   <li>Checks, coverage first, for the minimum for the campus's {@link CampusStatus}: a minimum the pack does
 *       not state gives {@link #NO_MINIMUM} (INFO); when the minimum or a factor of a greening above 0 m²
 *       that the ratio rests on is below the policy, the minimum is not read and not checked: one INFO
 *       {@link #NOT_CHECKED} citing the refused values (never a check on an assumed 0); otherwise the
 *       minimum is read and met when {@code counted ≥ minimum × site}, compared exactly
 *       ({@code Ratios.fallsShort}: a ratio that rounds to the minimum but lies below it is short) —
 *       {@link #COVERAGE_MET} (INFO) or {@link #COVERAGE_LOW} (LOW), likewise {@link #GREEN_SPACE_MET} /
 *       {@link #GREEN_SPACE_LOW}, citing the ratio's factors read and the minimum.</li>
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
  private static final LocalizedText ROOF = LocalizedText.of("屋顶绿化", "roof");
  private static final LocalizedText VERTICAL = LocalizedText.of("垂直绿化", "vertical");
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
    BigDecimal site = campus.siteSquareMetres();
    BigDecimal roof = campus.roofSquareMetres();
    BigDecimal vertical = campus.verticalSquareMetres();
    Factor roofToCoverage = factor(rule.roofToCoverage(), roof, trace);
    Factor verticalToCoverage = factor(rule.verticalToCoverage(), vertical, trace);
    Factor roofToGreenSpace = factor(rule.roofToGreenSpace(), roof, trace);
    Factor verticalToGreenSpace = factor(rule.verticalToGreenSpace(), vertical, trace);
    CountedArea coverageArea = CountedArea.of(campus.greenCoverSquareMetres(), roof, roofToCoverage.value(), vertical,
        verticalToCoverage.value());
    CountedArea greenSpaceArea = CountedArea.of(campus.greenSpaceSquareMetres(), roof, roofToGreenSpace.value(),
        vertical, verticalToGreenSpace.value());
    Optional<BigDecimal> coverage = Ratios.share(coverageArea.counted().min(site), site);
    Optional<BigDecimal> greenSpace = Ratios.share(greenSpaceArea.counted().min(site), site);
    List<Finding> findings = new ArrayList<>();
    if (coverage.isEmpty() || greenSpace.isEmpty()) {
      // a site of 0 m²: every part is 0 m² too, so no factor refused above changes anything
      findings.add(Finding.builder().code(NO_SITE_AREA).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(NO_SITE_AREA)).build());
      return new GreeningResult(subject, campus, coverageArea, greenSpaceArea, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), trace.applied(), rules.packs(), findings);
    }
    Optional<Boolean> coverageMet = check(new Ratio(COVERAGE, coverageArea.counted(), coverage.get(),
        List.of(roofToCoverage, verticalToCoverage)), rule.minGreenCoverage(campus.status()), site, campus.status(),
        trace, findings, subject, COVERAGE_MET, COVERAGE_LOW);
    Optional<Boolean> greenSpaceMet = check(new Ratio(GREEN_SPACE, greenSpaceArea.counted(), greenSpace.get(),
        List.of(roofToGreenSpace, verticalToGreenSpace)), rule.minGreenSpaceRatio(campus.status()), site,
        campus.status(), trace, findings, subject, GREEN_SPACE_MET, GREEN_SPACE_LOW);
    notCounted(roofToCoverage, ROOF, roof, COVERAGE, findings, subject);
    notCounted(verticalToCoverage, VERTICAL, vertical, COVERAGE, findings, subject);
    notCounted(roofToGreenSpace, ROOF, roof, GREEN_SPACE, findings, subject);
    notCounted(verticalToGreenSpace, VERTICAL, vertical, GREEN_SPACE, findings, subject);
    return new GreeningResult(subject, campus, coverageArea, greenSpaceArea, coverage, greenSpace, coverageMet,
        greenSpaceMet, trace.applied(), rules.packs(), findings);
  }

  /**
   * A counting factor as applied: its value (0 when not stated or refused), the rule read, and the rule
   * refused by the policy while the greening it counts is above 0 m² (the ratio then lacks that greening).
   */
  private record Factor(BigDecimal value, Optional<AppliedRule> read, Optional<RuleValue<BigDecimal>> refused) {}

  /** A ratio to check: its name, counted area (m²), rounded value and the factors it was counted with. */
  private record Ratio(LocalizedText what, BigDecimal counted, BigDecimal value, List<Factor> factors) {}

  private Factor factor(Optional<RuleValue<BigDecimal>> value, BigDecimal area, RuleTrace trace) {
    if (value.isEmpty()) {
      return new Factor(BigDecimal.ZERO, Optional.empty(), Optional.empty());
    }
    RuleValue<BigDecimal> v = value.get();
    if (!policy.permits(v.verification())) {
      return new Factor(BigDecimal.ZERO, Optional.empty(), area.signum() > 0 ? value : Optional.empty());
    }
    return new Factor(trace.use(v), Optional.of(v.applied()), Optional.empty());
  }

  private static void notCounted(Factor factor, LocalizedText greening, BigDecimal area, LocalizedText ratio,
      List<Finding> findings, Subject subject) {
    factor.refused().ifPresent(v -> findings.add(Finding.builder().code(NOT_COUNTED).severity(Severity.INFO)
        .subject(subject)
        .message(MESSAGES.format(NOT_COUNTED, v.applied().parameter(), v.applied().pack().toString(),
            v.verification().name(), area.stripTrailingZeros().toPlainString(), greening.zh(), greening.en(),
            ratio.zh(), ratio.en()))
        .rules(List.of(v.applied())).build()));
  }

  private Optional<Boolean> check(Ratio ratio, Optional<RuleValue<BigDecimal>> minimum, BigDecimal site,
      CampusStatus status, RuleTrace trace, List<Finding> findings, Subject subject, FindingCode met,
      FindingCode low) {
    LocalizedText what = ratio.what();
    if (minimum.isEmpty()) {
      findings.add(Finding.builder().code(NO_MINIMUM).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(NO_MINIMUM, what.zh(), what.en(), status.label().zh(), status.label().en(),
              percent(ratio.value())))
          .build());
      return Optional.empty();
    }
    RuleValue<BigDecimal> m = minimum.get();
    List<RuleValue<BigDecimal>> refused = new ArrayList<>();
    ratio.factors().forEach(f -> f.refused().ifPresent(refused::add));
    if (!policy.permits(m.verification())) {
      refused.add(m);
    }
    if (!refused.isEmpty()) {
      String values = refused.stream().map(v -> v.applied().pack() + "/" + v.applied().parameter() + " "
          + v.verification().name()).collect(Collectors.joining(", "));
      findings.add(Finding.builder().code(NOT_CHECKED).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(NOT_CHECKED, what.zh(), what.en(), percent(ratio.value()), values))
          .rules(refused.stream().map(RuleValue::applied).toList()).build());
      return Optional.empty();
    }
    BigDecimal min = trace.use(m);
    boolean ok = !Ratios.fallsShort(ratio.counted(), site, min);
    List<AppliedRule> cited = new ArrayList<>();
    ratio.factors().forEach(f -> f.read().ifPresent(cited::add));
    cited.add(m.applied());
    findings.add(Finding.builder().code(ok ? met : low).severity(ok ? Severity.INFO : Severity.LOW).subject(subject)
        .measured(new Measure(ratio.value(), "1")).required(new Measure(min, "1")).comparison(Comparison.AT_LEAST)
        .message(MESSAGES.format(ok ? met : low, percent(ratio.value()), percent(min), status.label().zh(),
            status.label().en()))
        .rules(cited).build());
    return Optional.of(ok);
  }

  private static String percent(BigDecimal share) {
    return share.multiply(HUNDRED).stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

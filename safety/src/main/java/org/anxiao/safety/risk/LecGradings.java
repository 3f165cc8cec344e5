package org.anxiao.safety.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;

/**
 * Grades a risk by the LEC method (作业条件危险性评价法): D = L × E × C, computed exactly in
 * {@code BigDecimal}, placed in one of five danger bands by the pack's thresholds, and mapped to a
 * {@link RiskLevel} by the pack ({@link LecRule}).
 *
 * <p>Admissible scores: each of L, E and C must be listed in its table (compared numerically), or —
 * when the pack sets {@code allowInterpolation} — lie between the table's least and greatest score
 * inclusive. A score not listed is refused with {@code UNKNOWN_CODE}, one outside the range with
 * {@code INVALID_VALUE}, each naming the field ({@code likelihood}, {@code exposure},
 * {@code consequence}) and the value.
 *
 * <p>Banding, from the gravest band down: with {@link BoundaryBand#HIGHER} D belongs to the first
 * band whose threshold t has D ≥ t; with {@link BoundaryBand#LOWER}, D &gt; t; below every threshold
 * it is 稍有危险. Under the customary pack (higher reading) D = 320 is 极其危险 → 重大, D = 70 显著危险 →
 * 一般; under the lower reading they are 高度危险 → 较大 and 一般危险 → 低. The result records, in
 * order, the tables, the interpolation switch, the boundary reading, each threshold compared and
 * the level read.
 *
 * <p>Resolve once per jurisdiction and date, then grade as often as needed:
 * <pre>{@code
 * LecGradings lec = LecGradings.in(RuleContext.forSchool(school, date));
 * LecGrade g = lec.grade(subject, new LecFactors(new BigDecimal("3"), new BigDecimal("6"), new BigDecimal("15")));
 * }</pre>
 * Under {@link VerificationPolicy#DEFAULT} a value from an {@code UNVERIFIED} pack is refused
 * ({@code RULE_UNVERIFIED}) unless the context allows it. Immutable and thread-safe.
 */
public final class LecGradings implements Calculator {
  /** The calculator id, {@code anxiao.safety.lec}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.safety.lec");
  /** The grade of an LEC assessment. */
  public static final FindingCode LEC_GRADED = FindingCode.of("SAFETY.RISK.LEC_GRADED");
  private static final MessageCatalog MESSAGES = MessageCatalog.load(LecGradings.class, "messages");

  private final BoundRules<LecRule> rules;
  private final VerificationPolicy policy;

  private LecGradings(BoundRules<LecRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the LEC rule in force for its jurisdiction and date}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force, or the packs in force do
   *     not bind (thresholds not falling, levels falling with the band)
   */
  public static LecGradings in(RuleContext context) {
    Require.nonNull("context", context);
    return new LecGradings(context.bind(LecRule.KIND), context.policy());
  }

  /**
   * {@return the calculator over an already bound rule, under {@code policy}}
   *
   * @param rules  the bound LEC rule
   * @param policy the verification policy applied to the rule's values
   */
  public static LecGradings of(BoundRules<LecRule> rules, VerificationPolicy policy) {
    return new LecGradings(Require.nonNull("rules", rules), Require.nonNull("policy", policy));
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(LecRule.KIND);
  }

  /** {@return the bound rule this calculator applies} */
  public BoundRules<LecRule> rules() {
    return rules;
  }

  /**
   * {@return the grade of {@code factors}}
   *
   * @param subject what is graded
   * @param factors L, E and C
   * @throws UnknownCodeException a score not in its table (when the pack allows no interpolation)
   * @throws InvalidValueException a score outside its table's range (when it does)
   * @throws org.anxiao.core.error.RulePackException {@code RULE_UNVERIFIED} when a value read is below
   *     the policy's level
   */
  public LecGrade grade(Subject subject, LecFactors factors) {
    Require.nonNull("subject", subject);
    Require.nonNull("factors", factors);
    LecRule rule = rules.value();
    RuleTrace trace = RuleTrace.under(policy);
    List<LecScale> scales = new ArrayList<>();
    for (LecFactor f : LecFactor.values()) {
      scales.add(trace.use(rule.scale(f)));
    }
    boolean interpolate = trace.use(rule.allowInterpolation());
    List<Optional<LocalizedText>> meanings = new ArrayList<>();
    for (LecFactor f : LecFactor.values()) {
      meanings.add(admit(f, scales.get(f.ordinal()), factors.value(f), interpolate));
    }
    BigDecimal d = factors.score();
    boolean higher = trace.use(rule.boundary()) == BoundaryBand.HIGHER;
    LecDangerBand band = band(trace, rule, d, higher);
    RiskLevel level = trace.use(level(rule, band));
    Finding finding = Finding.builder()
        .code(LEC_GRADED)
        .severity(Grades.severity(level))
        .subject(subject)
        .message(MESSAGES.format(LEC_GRADED, d.toPlainString(), factors.likelihood().toPlainString(),
            factors.exposure().toPlainString(), factors.consequence().toPlainString(), band.label().zh(),
            band.label().en(), level.label().zh(), level.label().en()))
        .rules(trace.applied())
        .build();
    return new LecGrade(subject, factors, d, band, level, meanings, trace.applied(), rules.packs(), List.of(finding));
  }

  /** The meaning of an admissible score; refuses one the table does not admit. */
  private static Optional<LocalizedText> admit(LecFactor f, LecScale scale, BigDecimal score, boolean interpolate) {
    Optional<LecScaleEntry> entry = scale.entry(score);
    if (entry.isPresent()) {
      return Optional.of(entry.get().description());
    }
    if (!interpolate) {
      throw new UnknownCodeException(f.field(), score.toPlainString(), "LEC " + f.field() + " table (listed: "
          + scale.entries().stream().map(e -> e.value().toPlainString()).toList() + ")");
    }
    if (score.compareTo(scale.min()) < 0 || score.compareTo(scale.max()) > 0) {
      throw new InvalidValueException(f.field(), score.toPlainString(), "must be between " + scale.min().toPlainString()
          + " and " + scale.max().toPlainString() + " (the LEC " + f.field() + " table's range)");
    }
    return Optional.empty();
  }

  /** The band of {@code d}, reading each threshold compared, gravest first. */
  private static LecDangerBand band(RuleTrace trace, LecRule rule, BigDecimal d, boolean higher) {
    List<RuleValue<BigDecimal>> thresholds = List.of(rule.extremeThreshold(), rule.highThreshold(),
        rule.substantialThreshold(), rule.possibleThreshold());
    LecDangerBand[] bands = {LecDangerBand.EXTREME, LecDangerBand.HIGH, LecDangerBand.SUBSTANTIAL,
        LecDangerBand.POSSIBLE};
    for (int i = 0; i < bands.length; i++) {
      int c = d.compareTo(trace.use(thresholds.get(i)));
      if (c > 0 || (c == 0 && higher)) {
        return bands[i];
      }
    }
    return LecDangerBand.SLIGHT;
  }

  private static RuleValue<RiskLevel> level(LecRule rule, LecDangerBand band) {
    return switch (band) {
      case EXTREME -> rule.extremeLevel();
      case HIGH -> rule.highLevel();
      case SUBSTANTIAL -> rule.substantialLevel();
      case POSSIBLE -> rule.possibleLevel();
      case SLIGHT -> rule.slightLevel();
    };
  }

  @Override
  public String toString() {
    return ID + " " + rules.jurisdiction() + " " + rules.date() + " " + rules.packs() + " " + policy;
  }
}

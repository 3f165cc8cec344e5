package org.anxiao.safety.risk;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The LEC rule (作业条件危险性评价法取值规则), bound from packs of kind {@code anxiao.safety.lec}: the
 * value tables of L, E and C, the four thresholds on D = L × E × C that separate the five
 * {@link LecDangerBand}s, the {@link RiskLevel} each band maps to, which band a D lying exactly on a
 * threshold belongs to, and whether scores between the listed ones are accepted.
 *
 * <p>The shipped pack {@code cn.customary.lec} is labelled customary: no national standard fixes
 * the tables (GB/T 27921-2023 and GB/T 23694-2013 only catalogue methods). It gives thresholds
 * 320 / 160 / 70 / 20, maps 极其危险 → 重大, 高度危险 → 较大, 显著危险 → 一般 and both 一般危险 and
 * 稍有危险 → 低, reads a boundary value into the higher band ({@link BoundaryBand#HIGHER}, the safer
 * reading) and allows no interpolation.
 *
 * <p>Checked when bound (after layering): the thresholds fall strictly from {@code extremeThreshold}
 * to {@code possibleThreshold}, and the levels never fall from a band to the band above it (so the
 * grade is monotone in D); a pack breaking either is refused with {@code RULE_PACK_INVALID} and the
 * pointer of the offending parameter. Immutable and thread-safe.
 *
 * @param likelihoodScale      the table of L (事故发生的可能性)
 * @param exposureScale        the table of E (暴露于危险环境的频繁程度)
 * @param consequenceScale     the table of C (发生事故产生的后果)
 * @param extremeThreshold     the threshold between 高度危险 and 极其危险 (customary 320)
 * @param highThreshold        the threshold between 显著危险 and 高度危险 (customary 160)
 * @param substantialThreshold the threshold between 一般危险 and 显著危险 (customary 70)
 * @param possibleThreshold    the threshold between 稍有危险 and 一般危险 (customary 20)
 * @param extremeLevel         the level of 极其危险
 * @param highLevel            the level of 高度危险
 * @param substantialLevel     the level of 显著危险
 * @param possibleLevel        the level of 一般危险
 * @param slightLevel          the level of 稍有危险
 * @param boundary             the band a D exactly on a threshold belongs to
 * @param allowInterpolation   true when any score between a table's least and greatest is accepted;
 *                             false when only listed scores are
 */
public record LecRule(RuleValue<LecScale> likelihoodScale, RuleValue<LecScale> exposureScale,
    RuleValue<LecScale> consequenceScale, RuleValue<BigDecimal> extremeThreshold, RuleValue<BigDecimal> highThreshold,
    RuleValue<BigDecimal> substantialThreshold, RuleValue<BigDecimal> possibleThreshold,
    RuleValue<RiskLevel> extremeLevel, RuleValue<RiskLevel> highLevel, RuleValue<RiskLevel> substantialLevel,
    RuleValue<RiskLevel> possibleLevel, RuleValue<RiskLevel> slightLevel, RuleValue<BoundaryBand> boundary,
    RuleValue<Boolean> allowInterpolation) {

  static final ParameterSpec<LecScale> LIKELIHOOD_SCALE = ParameterSpec.structure("likelihoodScale", LecScale.class);
  static final ParameterSpec<LecScale> EXPOSURE_SCALE = ParameterSpec.structure("exposureScale", LecScale.class);
  static final ParameterSpec<LecScale> CONSEQUENCE_SCALE = ParameterSpec.structure("consequenceScale", LecScale.class);
  static final ParameterSpec<BigDecimal> EXTREME_THRESHOLD = ParameterSpec.decimal("extremeThreshold").positive();
  static final ParameterSpec<BigDecimal> HIGH_THRESHOLD = ParameterSpec.decimal("highThreshold").positive();
  static final ParameterSpec<BigDecimal> SUBSTANTIAL_THRESHOLD = ParameterSpec.decimal("substantialThreshold").positive();
  static final ParameterSpec<BigDecimal> POSSIBLE_THRESHOLD = ParameterSpec.decimal("possibleThreshold").positive();
  static final ParameterSpec<RiskLevel> EXTREME_LEVEL = ParameterSpec.enumValue("extremeLevel", RiskLevel.class);
  static final ParameterSpec<RiskLevel> HIGH_LEVEL = ParameterSpec.enumValue("highLevel", RiskLevel.class);
  static final ParameterSpec<RiskLevel> SUBSTANTIAL_LEVEL = ParameterSpec.enumValue("substantialLevel", RiskLevel.class);
  static final ParameterSpec<RiskLevel> POSSIBLE_LEVEL = ParameterSpec.enumValue("possibleLevel", RiskLevel.class);
  static final ParameterSpec<RiskLevel> SLIGHT_LEVEL = ParameterSpec.enumValue("slightLevel", RiskLevel.class);
  static final ParameterSpec<BoundaryBand> BOUNDARY = ParameterSpec.enumValue("boundary", BoundaryBand.class);
  static final ParameterSpec<Boolean> ALLOW_INTERPOLATION = ParameterSpec.flag("allowInterpolation");

  /** The rule kind {@code anxiao.safety.lec}. */
  public static final RuleKind<LecRule> KIND = RuleKind.of("anxiao.safety.lec",
      List.of(LIKELIHOOD_SCALE, EXPOSURE_SCALE, CONSEQUENCE_SCALE, EXTREME_THRESHOLD, HIGH_THRESHOLD,
          SUBSTANTIAL_THRESHOLD, POSSIBLE_THRESHOLD, EXTREME_LEVEL, HIGH_LEVEL, SUBSTANTIAL_LEVEL, POSSIBLE_LEVEL,
          SLIGHT_LEVEL, BOUNDARY, ALLOW_INTERPOLATION),
      LecRule::bind);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param likelihoodScale      the table of L
   * @param exposureScale        the table of E
   * @param consequenceScale     the table of C
   * @param extremeThreshold     the threshold between 高度危险 and 极其危险
   * @param highThreshold        the threshold between 显著危险 and 高度危险
   * @param substantialThreshold the threshold between 一般危险 and 显著危险
   * @param possibleThreshold    the threshold between 稍有危险 and 一般危险
   * @param extremeLevel         the level of 极其危险
   * @param highLevel            the level of 高度危险
   * @param substantialLevel     the level of 显著危险
   * @param possibleLevel        the level of 一般危险
   * @param slightLevel          the level of 稍有危险
   * @param boundary             the band a D exactly on a threshold belongs to
   * @param allowInterpolation   whether scores between the listed ones are accepted
   */
  public LecRule {
    Require.nonNull("likelihoodScale", likelihoodScale);
    Require.nonNull("exposureScale", exposureScale);
    Require.nonNull("consequenceScale", consequenceScale);
    List<RuleValue<BigDecimal>> thresholds = List.of(Require.nonNull("extremeThreshold", extremeThreshold),
        Require.nonNull("highThreshold", highThreshold), Require.nonNull("substantialThreshold", substantialThreshold),
        Require.nonNull("possibleThreshold", possibleThreshold));
    List<RuleValue<RiskLevel>> levels = List.of(Require.nonNull("extremeLevel", extremeLevel),
        Require.nonNull("highLevel", highLevel), Require.nonNull("substantialLevel", substantialLevel),
        Require.nonNull("possibleLevel", possibleLevel), Require.nonNull("slightLevel", slightLevel));
    Require.nonNull("boundary", boundary);
    Require.nonNull("allowInterpolation", allowInterpolation);
    thresholds.forEach(t -> typed(t, BigDecimal.class));
    levels.forEach(l -> typed(l, RiskLevel.class));
    for (int i = 1; i < thresholds.size(); i++) {
      RuleValue<BigDecimal> above = thresholds.get(i - 1);
      RuleValue<BigDecimal> below = thresholds.get(i);
      if (below.value().compareTo(above.value()) >= 0) {
        throw refused(below, "must be below " + above.applied().parameter() + " = " + above.value().toPlainString()
            + ": the thresholds fall from extremeThreshold to possibleThreshold");
      }
    }
    for (int i = 1; i < levels.size(); i++) {
      RuleValue<RiskLevel> above = levels.get(i - 1);
      RuleValue<RiskLevel> below = levels.get(i);
      if (below.value().compareTo(above.value()) > 0) {
        throw refused(below, "must not be above " + above.applied().parameter() + " = " + above.value()
            + ": a graver danger band never gets a lower level");
      }
    }
  }

  /** A raw or unchecked RuleValue may carry another parameter's value: refuse it before comparing. */
  private static void typed(RuleValue<?> value, Class<?> type) {
    Object v = value.value();
    if (!type.isInstance(v)) {
      throw new InvalidValueException(value.applied().parameter(), value.applied().value(),
          "is not a " + type.getSimpleName() + " value");
    }
  }

  private static RulePackException refused(RuleValue<?> value, String rule) {
    return new RulePackException(RulePackException.INVALID,
        value.applied().pack() + "#/parameters/" + value.applied().parameter() + "/value", value.applied().value(), rule);
  }

  private static LecRule bind(RuleBinding b) {
    return new LecRule(b.get(LIKELIHOOD_SCALE), b.get(EXPOSURE_SCALE), b.get(CONSEQUENCE_SCALE), b.get(EXTREME_THRESHOLD),
        b.get(HIGH_THRESHOLD), b.get(SUBSTANTIAL_THRESHOLD), b.get(POSSIBLE_THRESHOLD), b.get(EXTREME_LEVEL),
        b.get(HIGH_LEVEL), b.get(SUBSTANTIAL_LEVEL), b.get(POSSIBLE_LEVEL), b.get(SLIGHT_LEVEL), b.get(BOUNDARY),
        b.get(ALLOW_INTERPOLATION));
  }

  /**
   * {@return the table of {@code factor}}
   *
   * @param factor L, E or C
   */
  public RuleValue<LecScale> scale(LecFactor factor) {
    return switch (Require.nonNull("factor", factor)) {
      case LIKELIHOOD -> likelihoodScale;
      case EXPOSURE -> exposureScale;
      case CONSEQUENCE -> consequenceScale;
    };
  }
}

package org.anxiao.safety.chemical;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The storage compatibility rule (储存禁忌), bound from packs of kind
 * {@code anxiao.safety.chemical-compatibility}: {@code incompatible}, the pairs of hazard classes that
 * must not share a cabinet, and optionally {@code additionalIncompatible}, further pairs a pack may
 * mark with a lower verification so that a calculator can skip them alone.
 *
 * <p>The shipped pack {@code cn.chemical-compatibility}: oxidisers apart from flammables and
 * reducers, acids apart from bases (this project's specification, {@code SECONDARY}); water-reactive
 * substances apart from acids and oxidisers, after CAMEO's reactive groups ({@code UNVERIFIED}).
 * Immutable and thread-safe.
 *
 * @param incompatible           the pairs that must not share a cabinet
 * @param additionalIncompatible further pairs, when the pack gives them
 */
public record CompatibilityRule(RuleValue<CompatibilityMatrix> incompatible,
    Optional<RuleValue<CompatibilityMatrix>> additionalIncompatible) {
  static final ParameterSpec<CompatibilityMatrix> INCOMPATIBLE =
      ParameterSpec.structure("incompatible", CompatibilityMatrix.class);
  static final ParameterSpec<CompatibilityMatrix> ADDITIONAL =
      ParameterSpec.structure("additionalIncompatible", CompatibilityMatrix.class).optional();

  /** The rule kind {@code anxiao.safety.chemical-compatibility}. */
  public static final RuleKind<CompatibilityRule> KIND = RuleKind.of("anxiao.safety.chemical-compatibility",
      List.of(INCOMPATIBLE, ADDITIONAL), CompatibilityRule::bind);

  /**
   * Creates the record.
   *
   * @param incompatible           the pairs that must not share a cabinet
   * @param additionalIncompatible further pairs, when the pack gives them
   */
  public CompatibilityRule {
    Require.nonNull("incompatible", incompatible);
    Require.nonNull("additionalIncompatible", additionalIncompatible);
  }

  private static CompatibilityRule bind(RuleBinding b) {
    return new CompatibilityRule(b.get(INCOMPATIBLE), b.find(ADDITIONAL));
  }
}

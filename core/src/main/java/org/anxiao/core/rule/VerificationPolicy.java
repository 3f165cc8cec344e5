package org.anxiao.core.rule;

import org.anxiao.core.error.RulePackException;
import org.anxiao.core.internal.Require;

/**
 * The least verification a figure needs before it may drive a compliance finding.
 *
 * <p>{@link #DEFAULT} requires {@link Verification#SECONDARY}: a figure marked
 * {@link Verification#UNVERIFIED} never drives a compliance finding unless the caller lowers the
 * bar explicitly with {@link #ALLOW_UNVERIFIED}.
 *
 * @param minimum the least verification accepted
 */
public record VerificationPolicy(Verification minimum) {
  /** Secondary sources or better. */
  public static final VerificationPolicy DEFAULT = new VerificationPolicy(Verification.SECONDARY);
  /** Official text only. */
  public static final VerificationPolicy OFFICIAL_ONLY = new VerificationPolicy(Verification.OFFICIAL_TEXT);
  /** Anything, including unverified figures; the caller takes responsibility. */
  public static final VerificationPolicy ALLOW_UNVERIFIED = new VerificationPolicy(Verification.UNVERIFIED);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param minimum the least verification accepted
   */
  public VerificationPolicy {
    Require.nonNull("minimum", minimum);
  }

  /**
   * {@return true when {@code level} is accepted}
   *
   * @param level the verification level
   */
  public boolean permits(Verification level) {
    return Require.nonNull("level", level).isAtLeast(minimum);
  }

  /**
   * Throws {@link RulePackException#UNVERIFIED} unless {@code rule}'s level is accepted.
   *
   * @param rule the rule value about to be used
   * @return {@code rule}
   */
  public AppliedRule require(AppliedRule rule) {
    if (!permits(Require.nonNull("rule", rule).verification())) {
      throw new RulePackException(RulePackException.UNVERIFIED, rule.pack() + "/" + rule.parameter(),
          rule.verification(), "is below the required verification " + minimum
          + "; load a verified pack or pass VerificationPolicy.ALLOW_UNVERIFIED");
    }
    return rule;
  }
}

package org.anxiao.safety.fire;

/** What became of one counting rule in a determination. */
public enum CountStatus {
  /** The rule applied to the premises and its threshold was reached (≥, 含本数). */
  MET,
  /** The rule applied to the premises and its threshold was not reached. */
  NOT_MET,
  /**
   * The rule would apply to the premises, but its verification is below the policy's level: not
   * applied, unverified. The count is still shown, so a reader sees whether it would have been met.
   */
  SKIPPED_UNVERIFIED,
  /** The rule names none of the premises' types. */
  NOT_APPLICABLE
}

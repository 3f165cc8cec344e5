package org.anxiao.core.rule;

import org.anxiao.core.internal.Require;

/**
 * How well a figure in a rule pack has been checked against its source. Ordered from best to
 * worst; callers may refuse figures below a level (see {@link VerificationPolicy}).
 */
public enum Verification {
  /** Read in the official text of the cited document. */
  OFFICIAL_TEXT,
  /** Read in a reprint or transcription of the document, not the official text. */
  SECONDARY,
  /** Reported but not read in any text; never drives a compliance finding by default. */
  UNVERIFIED;

  /**
   * {@return true when this level is at least as good as {@code minimum}}
   *
   * @param minimum the level to compare with
   */
  public boolean isAtLeast(Verification minimum) {
    return ordinal() <= Require.nonNull("minimum", minimum).ordinal();
  }
}

package org.anxiao.safety.register;

import org.anxiao.core.internal.Bounds;

/**
 * The Minhang three-outcome summary of a set of hazards on the as-of day (闵行区校园安全专项整治工作实施方案
 * 2022 §四(三)): how many are resolved (已化解), being resolved with a deadline (正在化解中，可明确完成时限),
 * hard to resolve (化解难度较大), and how many fall under none (open without a deadline, not flagged).
 * Hazards found after the as-of day are not counted. Immutable and thread-safe.
 *
 * @param resolved              closed on or before the as-of day
 * @param resolvingWithDeadline open with a deadline, not flagged hard to resolve
 * @param hardToResolve         open and flagged hard to resolve
 * @param none                  open, without a deadline, not flagged
 */
public record OutcomeCounts(long resolved, long resolvingWithDeadline, long hardToResolve, long none) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param resolved              closed
   * @param resolvingWithDeadline open with a deadline
   * @param hardToResolve         hard to resolve
   * @param none                  no outcome
   */
  public OutcomeCounts {
    Bounds.count("resolved", resolved);
    Bounds.count("resolvingWithDeadline", resolvingWithDeadline);
    Bounds.count("hardToResolve", hardToResolve);
    Bounds.count("none", none);
  }

  /** {@return the hazards counted, all outcomes and none} */
  public long total() {
    return resolved + resolvingWithDeadline + hardToResolve + none;
  }
}

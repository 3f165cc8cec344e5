package org.anxiao.safety.testkit;

/**
 * One step of a random walk of a hazard's lifecycle: an event kind and a gap in days after the
 * previous step. Kinds: 0 graded, 1 rectification started, 2 deadline extended, 3 flagged hard to
 * resolve, 4 submitted for acceptance, 5 accepted, 6 acceptance failed, 7 reopened (see
 * {@link HazardLifecycleGenerators#event}).
 *
 * @param kind    the event kind, 0–7
 * @param gapDays days after the previous step, zero or more
 */
public record LifecycleStep(int kind, int gapDays) {
  /**
   * Checks the kind is 0–7 and the gap is not negative.
   *
   * @param kind    the event kind
   * @param gapDays the gap in days
   */
  public LifecycleStep {
    if (kind < 0 || kind > HazardLifecycleGenerators.KINDS - 1) {
      throw new IllegalArgumentException("kind 0–7: " + kind);
    }
    if (gapDays < 0) {
      throw new IllegalArgumentException("gapDays ≥ 0: " + gapDays);
    }
  }
}

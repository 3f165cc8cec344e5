package org.anxiao.safety.staffing;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;

/**
 * One requirement assessed (配备核对): required against the roster, the shortfall and the rule values
 * read (the citation). Invariant: {@code shortfall = max(0, required − actual)}. Immutable.
 *
 * @param topic       the staffing topic
 * @param requirement the requirement's id in its pack
 * @param slot        the time slot
 * @param post        the post
 * @param required    the staff required, 0 or more
 * @param actual      the head-count on the roster, 0 or more
 * @param shortfall   {@code max(0, required − actual)}
 * @param rules       the rule values read for this line, in first-use order
 */
public record StaffingLine(StaffingTopic topic, String requirement, TimeSlot slot, Post post, long required,
    long actual, long shortfall, List<AppliedRule> rules) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param topic       the staffing topic
   * @param requirement the requirement's id
   * @param slot        the time slot
   * @param post        the post
   * @param required    the staff required
   * @param actual      the head-count on the roster
   * @param shortfall   max(0, required − actual)
   * @param rules       the rule values read
   */
  public StaffingLine {
    Require.nonNull("topic", topic);
    Bounds.code("requirement", requirement);
    Require.nonNull("slot", slot);
    Require.nonNull("post", post);
    Bounds.count("required", required);
    Bounds.count("actual", actual);
    Require.that(shortfall == Math.max(0, required - actual), "shortfall", shortfall,
        "must be max(0, required - actual) = {}", Math.max(0, required - actual));
    rules = Bounds.list("rules", rules);
  }

  /** {@return true when the roster falls short} */
  public boolean isShort() {
    return shortfall > 0;
  }
}

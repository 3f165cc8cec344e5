package org.anxiao.safety.staffing;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;

/**
 * A requirement not assessed because the value it needs is below the verification policy (未核实，
 * 未评估): e.g. the 100–999 tier of GB/T 29315-2022 under the default policy. Immutable.
 *
 * @param topic       the staffing topic
 * @param requirement the requirement's id in its pack
 * @param slot        the time slot
 * @param post        the post
 * @param refused     the rule value the policy refused
 */
public record SkippedRequirement(StaffingTopic topic, String requirement, TimeSlot slot, Post post,
    AppliedRule refused) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param topic       the staffing topic
   * @param requirement the requirement's id
   * @param slot        the time slot
   * @param post        the post
   * @param refused     the rule value refused
   */
  public SkippedRequirement {
    Require.nonNull("topic", topic);
    Bounds.code("requirement", requirement);
    Require.nonNull("slot", slot);
    Require.nonNull("post", post);
    Require.nonNull("refused", refused);
  }
}

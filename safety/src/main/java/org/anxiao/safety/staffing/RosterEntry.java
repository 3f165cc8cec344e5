package org.anxiao.safety.staffing;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One line of a roster (排班人数): how many hold {@code post} in {@code slot}. Counts, no names.
 *
 * @param slot  the time slot
 * @param post  the post
 * @param count the head-count, 0 or more
 */
public record RosterEntry(TimeSlot slot, Post post, int count) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param slot  the time slot
   * @param post  the post
   * @param count the head-count
   */
  public RosterEntry {
    Require.nonNull("slot", slot);
    Require.nonNull("post", post);
    Bounds.count("count", count);
  }
}

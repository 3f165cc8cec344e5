package org.anxiao.safety.staffing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A school's roster by slot and post (排班表): head-counts, no names. A slot and post not listed count
 * zero. Invariant: each slot and post at most once. Immutable.
 *
 * @param entries the lines
 */
public record Roster(List<RosterEntry> entries) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param entries the lines, each slot and post at most once
   */
  public Roster {
    entries = Bounds.list("entries", entries);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      RosterEntry e = entries.get(i);
      Require.thatElement(seen.add(e.slot() + "/" + e.post()), "entries", i, ".post", e.post(),
          "is listed twice for slot " + e.slot());
    }
  }

  /**
   * {@return the head-count of {@code post} in {@code slot}; zero when not listed}
   *
   * @param slot the time slot
   * @param post the post
   */
  public int count(TimeSlot slot, Post post) {
    Require.nonNull("slot", slot);
    Require.nonNull("post", post);
    return entries.stream().filter(e -> e.slot() == slot && e.post() == post).mapToInt(RosterEntry::count)
        .findFirst().orElse(0);
  }
}

package org.anxiao.logistics.dormitory;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The staff of one role on night duty (夜间值班人员): the role and how many were on duty. No personal
 * names are asked for. A count of zero records a post left empty. Immutable.
 *
 * @param role  the role, e.g. {@link DutyRole#DORMITORY_KEEPER} (宿管员)
 * @param count how many of that role were on duty, 0 to {@value #MAX_COUNT} (an input-sanity bound)
 */
public record DutyPost(DutyRole role, int count) {
  /** The most staff of one role a night may record: an input-sanity bound, not a policy number. */
  public static final int MAX_COUNT = 1000;

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param role  the role
   * @param count how many were on duty
   * @throws org.anxiao.core.error.InvalidValueException naming {@code count} when it is negative or above
   *                                                     {@value #MAX_COUNT}
   */
  public DutyPost {
    Require.nonNull("role", role);
    Require.that(Bounds.count("count", count) <= MAX_COUNT, "count", count, "must be 0 to {} staff", MAX_COUNT);
  }
}

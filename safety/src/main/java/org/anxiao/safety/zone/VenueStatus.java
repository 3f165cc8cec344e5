package org.anxiao.safety.zone;

/** Where a venue stands against the safety-zone rule in force. */
public enum VenueStatus {
  /** A restricted category, no farther than its radius from the campus boundary: a violation (区域内). */
  INSIDE_ZONE,
  /** A restricted category, farther than its radius. */
  OUTSIDE_ZONE,
  /** The rule in force does not restrict the venue's category; its distance is still reported. */
  NOT_RESTRICTED,
  /**
   * The category's radius is below the verification policy's level (an UNVERIFIED row): the venue is
   * not judged, and the result says so; allow unverified values to judge it.
   */
  NOT_CHECKED
}

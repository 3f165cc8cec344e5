package org.anxiao.logistics.waste;

/** How a measure moved from one term to the next (较上学期). */
public enum TrendDirection {
  /** Better: lower plate waste or loss rate, or a higher clean-tray rate (改善). */
  IMPROVED,
  /** The same value to the stated places (持平). */
  UNCHANGED,
  /** Worse (变差). */
  WORSENED,
  /** One of the two terms has no value (a zero denominator): no comparison (无法比较). */
  NOT_COMPARABLE
}

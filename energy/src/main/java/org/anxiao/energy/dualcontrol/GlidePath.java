package org.anxiao.energy.dualcontrol;

/**
 * How a cut by a target year is spread over the years between (目标分解方式).
 */
public enum GlidePath {
  /** Equal steps: the year {@code y} value is baseline × (1 − cut × (y − base) / (target − base)). */
  LINEAR,
  /** Equal rates: the year {@code y} value is baseline × (1 − cut)^((y − base) / (target − base)). */
  GEOMETRIC
}

package org.anxiao.safety.risk;

/**
 * Which band a value lying exactly on a threshold belongs to (临界值归属). Sources differ on whether,
 * for example, an LEC score of exactly D = 70 is 一般危险 or 显著危险; a pack states its reading. The
 * customary pack takes {@link #HIGHER}, the safer reading.
 */
public enum BoundaryBand {
  /** A value on a threshold belongs to the band above it (the threshold is the band's inclusive lower end). */
  HIGHER,
  /** A value on a threshold belongs to the band below it (the threshold is the lower band's inclusive upper end). */
  LOWER
}

package org.anxiao.core.finding;

/** How the measured value was compared with the required one. */
public enum Comparison {
  /** measured ≥ required was required. */
  AT_LEAST,
  /** measured ≤ required was required. */
  AT_MOST,
  /** measured = required was required. */
  EQUAL
}

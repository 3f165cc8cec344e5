package org.anxiao.safety.defence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One-button emergency alarm coverage (一键式紧急报警装置覆盖率): the points where an alarm is required,
 * and how many of them have one installed and working. The share {@code working / required} is kept
 * as that exact fraction: it is compared with a pack's minimum by cross-multiplication, never by a
 * rounded quotient. Source: 闵行区教育局校园安全专项整治工作实施方案 (2022) §四(一)9. Immutable and
 * thread-safe.
 *
 * @param working  required points with an alarm installed and in working order, from 0 to {@code required}
 * @param required points where an alarm is required, from 1
 */
public record AlarmCoverage(int working, int required) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param working  working alarms at required points, 0 to {@code required}
   * @param required required points, from 1 to {@value Bounds#MAX_COUNT}
   */
  public AlarmCoverage {
    Bounds.count("required", required);
    Require.that(required >= 1, "required", required, "must be at least 1: a coverage needs a required point");
    Bounds.count("working", working);
    Require.that(working <= required, "working", working, "must not exceed the {} required points", required);
  }

  /**
   * {@return whether {@code working / required ≥ share}, exactly: {@code working ≥ share × required}}
   *
   * @param share the least share, 0 to 1
   */
  public boolean reaches(BigDecimal share) {
    Bounds.nonNegative("share", share);
    Require.that(share.compareTo(BigDecimal.ONE) <= 0, "share", share.toPlainString(), "must not exceed 1");
    return BigDecimal.valueOf(working).compareTo(share.multiply(BigDecimal.valueOf(required))) >= 0;
  }

  /** {@return the coverage in per cent, for display only: 100 × working / required, two decimals, half to even} */
  public BigDecimal percent() {
    return BigDecimal.valueOf(100L * working).divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_EVEN);
  }
}

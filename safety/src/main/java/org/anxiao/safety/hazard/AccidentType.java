package org.anxiao.safety.hazard;

import org.anxiao.core.internal.Bounds;

/**
 * One accident type (事故类别) of a GB 6441 list, as a pack of kind {@code anxiao.safety.accident-types}
 * gives it: GB 6441-1986 codes {@code 01}–{@code 20}, GB 6441-2025 basic-type codes {@code WSA10001}–
 * {@code WSA10026} and {@code WSA10099} (其他). Immutable and thread-safe.
 *
 * @param code the type's code in its list
 * @param name the type's name in the standard (Chinese), e.g. 物体打击
 */
public record AccidentType(String code, String name) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param code the type's code in its list
   * @param name the type's name in the standard (Chinese)
   */
  public AccidentType {
    Bounds.code("code", code);
    Bounds.line("name", name);
  }
}

package org.anxiao.safety.risk;

import org.anxiao.core.finding.Severity;

/** What the two grading calculators share: the severity of the finding that states a grade. */
final class Grades {
  private Grades() {}

  /**
   * The finding severity of a grade: 低 → info, 一般 → low, 较大 → high, 重大 → critical. A display
   * mapping of this library's finding scale, not a figure from a source.
   */
  static Severity severity(RiskLevel level) {
    return switch (level) {
      case LOW -> Severity.INFO;
      case GENERAL -> Severity.LOW;
      case SIGNIFICANT -> Severity.HIGH;
      case MAJOR -> Severity.CRITICAL;
    };
  }
}

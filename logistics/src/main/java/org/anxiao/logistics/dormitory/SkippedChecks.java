package org.anxiao.logistics.dormitory;

import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleTrace;

/**
 * The checks a dormitory calculator ({@link DormitoryOccupancy}, {@link NightDuties}) did not make
 * because the verification policy refused their rule values ({@link RuleTrace#refused()}): one INFO
 * finding {@link DormitoryOccupancy#NOT_CHECKED} per refused value, citing it.
 */
final class SkippedChecks {
  private static final MessageCatalog MESSAGES = MessageCatalog.load(SkippedChecks.class, "messages");

  private SkippedChecks() {}

  /**
   * Adds a {@code NOT_CHECKED} finding for each value the trace refused, in order.
   *
   * @return the refused parameters' names, for the result's {@code skipped}
   */
  static List<String> report(RuleTrace trace, Subject subject, List<Finding> findings) {
    List<String> skipped = new ArrayList<>();
    for (AppliedRule r : trace.refused()) {
      skipped.add(r.parameter());
      findings.add(Finding.builder().code(DormitoryOccupancy.NOT_CHECKED).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(DormitoryOccupancy.NOT_CHECKED, r.parameter(), r.pack().toString(), r.verification(),
              trace.policy().minimum()))
          .rules(List.of(r)).build());
    }
    return skipped;
  }
}

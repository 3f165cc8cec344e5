package org.anxiao.logistics.dormitory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;

/** Contexts and nights the night-duty tests share. */
final class NightFixtures {
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final LocalDate DATE = LocalDate.of(2026, 3, 2);
  static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);
  static final LocalDateTime FROM = LocalDateTime.of(2026, 3, 2, 21, 0);
  static final LocalDateTime UNTIL = LocalDateTime.of(2026, 3, 3, 6, 0);

  private NightFixtures() {}

  static RuleContext context(JurisdictionCode at, LocalDate date, VerificationPolicy policy) {
    return RuleContext.of(RulePackRegistry.standard(), at, date).withPolicy(policy);
  }

  static NightDuties minhang(VerificationPolicy policy) {
    return NightDuties.in(context(MINHANG, DATE, policy));
  }

  /** {@code n} patrol rounds (at most 17), the first at 21:30 and then every half hour. */
  static List<LocalDateTime> rounds(int n) {
    List<LocalDateTime> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(FROM.plusMinutes(30L * (1 + i)));
    }
    return out;
  }

  /** A night in building B3 with {@code keepers} dormitory keepers, {@code rounds} rounds, checked of occupied rooms (the kit's). */
  static NightDutyLog night(int keepers, int rounds, int occupied, int checked, List<NightIncident> incidents) {
    return org.anxiao.logistics.testkit.NightDutyGenerators.night(keepers, rounds, occupied, checked, incidents);
  }
}

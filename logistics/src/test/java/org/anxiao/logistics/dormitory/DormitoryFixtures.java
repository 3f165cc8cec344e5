package org.anxiao.logistics.dormitory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.VerificationPolicy;

/** Contexts and rooms the dormitory tests share. */
final class DormitoryFixtures {
  static final JurisdictionCode SHANDONG = JurisdictionCode.of("370000");
  static final JurisdictionCode SHANGHAI = JurisdictionCode.of("310000");
  static final JurisdictionCode GUANGDONG = JurisdictionCode.of("440000");
  static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  static final Set<Responsibility> ALL = EnumSet.allOf(Responsibility.class);

  private DormitoryFixtures() {}

  static RuleContext context(JurisdictionCode at, VerificationPolicy policy) {
    return RuleContext.of(RulePackRegistry.standard(), at, DATE).withPolicy(policy);
  }

  static DormitoryOccupancy occupancy(JurisdictionCode at, VerificationPolicy policy) {
    return DormitoryOccupancy.in(context(at, policy));
  }

  static DormitoryRoom room(String id, int beds, int occupants, boolean officer) {
    return org.anxiao.logistics.testkit.DormitoryGenerators.room(id, beds, occupants, officer);
  }
}

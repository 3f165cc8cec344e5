package org.anxiao.safety.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StageEnrolment;
import org.junit.jupiter.api.Test;

/**
 * Lianyungang's and Chengdu's guard rules ship as packs with no code of their own, bound by the
 * standard registry for schools of those cities (320700, 510100 in core's division table).
 */
class PlaceGuardRulesTest {
  private static final JurisdictionCode LIANYUNGANG = JurisdictionCode.of("320700");
  private static final JurisdictionCode CHENGDU = JurisdictionCode.of("510100");

  private static Staffings in(JurisdictionCode city) {
    return Staffings.in(RuleContext.standard(city, StaffingFixtures.DATE));
  }

  private static long day(Staffings s, JurisdictionCode city, int pupils, int staff, int peakGates) {
    StaffingCase c = StaffingFixtures.inSession(StaffingFixtures.school(city, SchoolType.PRIMARY, 0, staff,
        StaffingFixtures.gates(peakGates, 1), new StageEnrolment(SchoolStage.PRIMARY, pupils, 20)), 0);
    return s.assess(c, StaffingFixtures.EMPTY).line(StaffingTopic.SECURITY_GUARDS, "day").orElseThrow().required();
  }

  @Test
  void lianyungang() {
    Staffings s = in(LIANYUNGANG);
    // 89 + 10 = 99 people → 1; 90 + 10 = 100 → 2; 1000 pupils → 2 + 0; 1001 → 2 + ⌈1/500⌉ = 3
    assertEquals(1, day(s, LIANYUNGANG, 89, 10, 1));
    assertEquals(2, day(s, LIANYUNGANG, 90, 10, 1));
    assertEquals(2, day(s, LIANYUNGANG, 1000, 10, 1));
    assertEquals(3, day(s, LIANYUNGANG, 1001, 10, 1));
  }

  @Test
  void chengdu() {
    Staffings s = in(CHENGDU);
    // 2 busy gates × 2 = 4; 600 pupils + 0; 601 → + ⌈1/300⌉ = 5; 901 → + ⌈301/300⌉ = 6
    assertEquals(4, day(s, CHENGDU, 600, 10, 2));
    assertEquals(5, day(s, CHENGDU, 601, 10, 2));
    assertEquals(6, day(s, CHENGDU, 901, 10, 2));
  }
}

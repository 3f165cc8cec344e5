package org.anxiao.safety.register;

import static org.anxiao.safety.register.RegisterFixtures.LEGAL;
import static org.anxiao.safety.register.RegisterFixtures.MARCH;
import static org.anxiao.safety.register.RegisterFixtures.PRESCHOOL;
import static org.anxiao.safety.register.RegisterFixtures.SAFE;
import static org.anxiao.safety.register.RegisterFixtures.SCHOOL;
import static org.anxiao.safety.register.RegisterFixtures.general;
import static org.anxiao.safety.register.RegisterFixtures.worked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.safety.hazard.HazardGrade;
import org.junit.jupiter.api.Test;

/**
 * The register KPIs worked by hand on the register of {@link RegisterFixtures#worked()}, period
 * 2022-03 (as-of 03-31), under the shipped pack: the deadline day on time, a hazard closed without a
 * deadline not on time, rates to 4 places, the mean to 2.
 */
class RegisterKpisTest {
  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void theWorkedRegisterOverall() {
    RegisterKpiResult r = RegisterFixtures.standard().calculate(SCHOOL, MARCH, worked());
    Kpis k = r.figures().overall();
    // Found in March: E1 (03-01), E2, E3, E4, E6 (03-31), E8 = 6; E5 (02-20) before, E7 (04-01) after.
    assertEquals(6, k.found());
    // Closed in March: E1 03-10, E2 03-20, E5 03-02, E8 03-31 = 4.
    assertEquals(4, k.closed());
    // Open at 03-31: E3, E4, E6 = 3.
    assertEquals(3, k.open());
    // Rectification: found in March and closed by 03-31: E1, E2, E8 → 3 / 6 = 0.5000.
    assertEquals(new Rate(3, 6, Optional.of(dec("0.5000"))), k.rectification());
    // On time: E1 (on the deadline day), E8 (on the deadline day); E2 late, E5 no deadline → 2 / 4.
    assertEquals(new Rate(2, 4, Optional.of(dec("0.5000"))), k.onTime());
    // Overdue: E3 (deadline 03-30 < 03-31); E4's deadline is the as-of day.
    assertEquals(List.of("E3"), k.overdue());
    // Days: 9, 15, 10, 28 → total 62, mean 15.50, median (10 + 15) / 2 = 12.5.
    assertEquals(new DaysToClose(4, 62, Optional.of(dec("15.50")), Optional.of(dec("12.5"))), k.daysToClose());
  }

  @Test
  void theWorkedRegisterByGradeAreaAndDepartment() {
    RegisterFigures f = RegisterFixtures.standard().calculate(SCHOOL, MARCH, worked()).figures();
    Kpis general = f.byGrade().get(HazardGrade.GENERAL);
    // GENERAL E1 E2 E5 E6: found E1 E2 E6 = 3, closed E1 E2 E5 = 3, open E6; rect 2/3, on time 1/3.
    assertEquals(3, general.found());
    assertEquals(3, general.closed());
    assertEquals(1, general.open());
    assertEquals(Optional.of(dec("0.6667")), general.rectification().value());
    assertEquals(Optional.of(dec("0.3333")), general.onTime().value());
    // days 9, 15, 10: total 34, mean 11.333… → 11.33, median 10.
    assertEquals(Optional.of(dec("11.33")), general.daysToClose().mean());
    assertEquals(Optional.of(dec("10.0")), general.daysToClose().median());
    Kpis major = f.byGrade().get(HazardGrade.MAJOR);
    // MAJOR E3 E4 E8: found 3, closed 1 (E8), open 2, rect 1/3 = 0.3333, on time 1/1.
    assertEquals(2, major.open());
    assertEquals(new Rate(1, 3, Optional.of(dec("0.3333"))), major.rectification());
    assertEquals(new Rate(1, 1, Optional.of(dec("1.0000"))), major.onTime());
    assertEquals(List.of("2", "3", "7"), List.copyOf(f.byArea().keySet()));
    // Area 2 (E1 E2 E8; E7 not yet found): on time E1 E8 of 3 → 0.6667; days 9 15 28: total 52, mean 17.33, median 15.
    Kpis area2 = f.byArea().get("2");
    assertEquals(new Rate(2, 3, Optional.of(dec("0.6667"))), area2.onTime());
    assertEquals(new DaysToClose(3, 52, Optional.of(dec("17.33")), Optional.of(dec("15.0"))), area2.daysToClose());
    // Area 3 (E3 E4): nothing closed → no on-time rate, no mean, no median.
    Kpis area3 = f.byArea().get("3");
    assertEquals(new Rate(0, 0, Optional.empty()), area3.onTime());
    assertEquals(new DaysToClose(0, 0, Optional.empty(), Optional.empty()), area3.daysToClose());
    assertEquals(List.of("E3"), area3.overdue());
    // 安全管理中心 (E1 E2 E5): found 2, closed 3, rect 2/2, on time 1/3.
    Kpis safe = f.byDepartment().get(SAFE);
    assertEquals(2, safe.found());
    assertEquals(3, safe.closed());
    assertEquals(new Rate(2, 2, Optional.of(dec("1.0000"))), safe.rectification());
    assertEquals(new Rate(1, 3, Optional.of(dec("0.3333"))), safe.onTime());
    assertEquals(List.of("E3"), f.byDepartment().get(PRESCHOOL).overdue());
    assertEquals(new Rate(1, 2, Optional.of(dec("0.5000"))), f.byDepartment().get(LEGAL).rectification());
  }

  @Test
  void theWorkedRegisterZeroingAndOutcomes() {
    RegisterKpiResult r = RegisterFixtures.standard().calculate(SCHOOL, MARCH, worked());
    RegisterFigures f = r.figures();
    // E3 is a major hazard past its deadline; E4 a major hazard without a complete plan; E8 is closed.
    assertFalse(f.dynamicZeroing());
    assertEquals(List.of("E3", "E4"), f.zeroingBreaches());
    // RESOLVED E1 E2 E5 E8, RESOLVING E3 E4, HARD E6; E7 not yet found.
    assertEquals(new OutcomeCounts(4, 2, 1, 0), f.outcomes());
    assertEquals(new OutcomeCounts(3, 0, 0, 0), f.outcomesByDepartment().get(SAFE));
    assertEquals(new OutcomeCounts(0, 2, 0, 0), f.outcomesByDepartment().get(PRESCHOOL));
    assertEquals(new OutcomeCounts(1, 0, 1, 0), f.outcomesByDepartment().get(LEGAL));
    List<Finding> findings = r.findings();
    assertEquals(List.of(RegisterKpis.ZEROING_NOT_MET, RegisterKpis.OVERDUE), findings.stream().map(Finding::code).toList());
    assertEquals("截至 2022-03-31，重大事故隐患未实现动态清零：2 项逾期未整改或治理方案不完整（E3, E4）。",
        findings.get(0).message().zh());
    assertEquals("1 hazard(s) open past the rectification deadline on 2022-03-31 (E3).", findings.get(1).message().en());
  }

  @Test
  void theResultCarriesItsRulesAndBecomesAnAssessment() {
    RegisterKpiResult r = RegisterFixtures.standard().calculate(SCHOOL, MARCH, worked());
    assertEquals(List.of(PackRef.of("cn.safety.register-kpis", "1.0.0")), r.packs());
    assertEquals(List.of("deadlineDayOnTime", "onTimeWithoutDeadline", "ratePlaces", "meanPlaces"),
        r.rulesApplied().stream().map(a -> a.parameter()).toList());
    Assessment a = r.toAssessment(Instant.parse("2022-04-01T00:00:00Z"));
    assertEquals("anxiao.safety.register-kpis", a.calculator());
    assertEquals(Optional.of(MARCH), r.period());
    assertEquals(RegisterKpis.ID, RegisterFixtures.standard().id());
    assertEquals(List.of(RegisterKpiRule.KIND), RegisterFixtures.standard().requirements());
    assertTrue(RegisterFixtures.standard().toString().contains("cn.safety.register-kpis"));
  }

  @Test
  void aCalculatorOverBoundRulesGivesTheSameFigures() {
    org.anxiao.core.rule.RuleContext context = org.anxiao.core.rule.RuleContext.standard(RegisterFixtures.MINHANG,
        RegisterFixtures.d("03-31"));
    RegisterKpis bound = RegisterKpis.of(context.bind(RegisterKpiRule.KIND), VerificationPolicy.DEFAULT);
    assertEquals(RegisterFixtures.standard().calculate(SCHOOL, MARCH, worked()).figures(),
        bound.calculate(SCHOOL, MARCH, worked()).figures());
  }

  @Test
  void theOtherReadingsOfAPack() {
    // Deadline day late, no deadline on time, 2 places for rates, 0 for the mean.
    RegisterKpis other = RegisterKpis.in(RegisterFixtures.context(RegisterFixtures.pack(false, true, 2, 0, "SECONDARY")));
    Kpis k = other.calculate(SCHOOL, MARCH, worked()).figures().overall();
    // On time now: E5 (no deadline); E1 and E8, closed on their deadline day, are late → 1 / 4 = 0.25.
    assertEquals(new Rate(1, 4, Optional.of(dec("0.25"))), k.onTime());
    // Overdue now also E4, open on its deadline day 03-31.
    assertEquals(List.of("E3", "E4"), k.overdue());
    // Mean 62 / 4 = 15.5 → 16 at 0 places (half to even: 15.5 → 16).
    assertEquals(Optional.of(dec("16")), k.daysToClose().mean());
  }

  @Test
  void anUnverifiedPackIsRefusedUnlessAllowed() {
    RegisterKpis unverified = RegisterKpis.in(RegisterFixtures.context(RegisterFixtures.pack(true, false, 4, 2, "UNVERIFIED")));
    RulePackException e = assertThrows(RulePackException.class,
        () -> unverified.calculate(SCHOOL, MARCH, List.of(general("A", "03-01", null, null))));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    RegisterKpis allowed = RegisterKpis.in(RegisterFixtures.context(RegisterFixtures.pack(true, false, 4, 2, "UNVERIFIED"))
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
    assertEquals(1, allowed.calculate(SCHOOL, MARCH, List.of(general("A", "03-01", null, null))).figures().overall().found());
  }

  @Test
  void aPackOfTheWrongShapeIsRefusedWithItsPointer() {
    RulePackException e = assertThrows(RulePackException.class,
        () -> RegisterFixtures.context(RegisterFixtures.pack(true, false, 11, 2, "SECONDARY")).bind(RegisterKpiRule.KIND));
    assertTrue(e.getMessage().contains("test.register-kpis@1.0.0#/parameters/ratePlaces"), e.getMessage());
  }
}

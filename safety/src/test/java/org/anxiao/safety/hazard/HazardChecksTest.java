package org.anxiao.safety.hazard;

import static org.anxiao.safety.hazard.HazardFixtures.DEADLINE;
import static org.anxiao.safety.hazard.HazardFixtures.FOUND;
import static org.anxiao.safety.hazard.HazardFixtures.MINHANG;
import static org.anxiao.safety.hazard.HazardFixtures.STARTED;
import static org.anxiao.safety.hazard.HazardFixtures.graded;
import static org.anxiao.safety.hazard.HazardFixtures.hazard;
import static org.anxiao.safety.hazard.HazardFixtures.inArea;
import static org.anxiao.safety.hazard.HazardFixtures.plan;
import static org.anxiao.safety.hazard.HazardFixtures.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.rule.RuleContext;
import org.junit.jupiter.api.Test;

/**
 * The hazard-register checks on the bundled packs: Minhang areas (闵行 2022 §四(一)), GB 6441 by found
 * day, and the five 落实 of a major hazard's plan (总局令第16号).
 */
class HazardChecksTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 20);
  private static final HazardChecks CHECKS = HazardChecks.in(RuleContext.standard(MINHANG, AS_OF));

  @Test
  void aMajorHazardsPlanLackingTwoElementsGivesOneFindingNamingThem() {
    // The plan settles responsibility, measures and the deadline: funds and the emergency plan are missing,
    // 5 − 3 = 2 elements.
    Hazard h = hazard("H-1", List.of(graded(HazardGrade.MAJOR), started(Optional.of(plan(EnumSet.of(
        PlanElement.RESPONSIBILITY, PlanElement.MEASURES, PlanElement.DEADLINE))))));
    HazardCheckResult r = CHECKS.check(h, AS_OF);
    HazardCheck c = r.hazards().get(0);
    assertTrue(c.planRequired());
    assertEquals(EnumSet.of(PlanElement.FUNDS, PlanElement.EMERGENCY_PLAN), c.missing());
    assertFalse(c.planComplete());
    assertEquals(1, r.findings().size());
    Finding f = r.findings().get(0);
    assertEquals(HazardChecks.PLAN_INCOMPLETE, f.code());
    assertEquals(Severity.HIGH, f.severity());
    assertEquals("重大事故隐患 H-1 的治理方案缺少 2 项：资金落实、预案落实（安全生产事故隐患排查治理暂行规定，总局令第16号）。",
        f.message().zh());
    assertTrue(f.message().en().contains("lacks 2 element(s): funds, emergency plan"), f.message().en());
    assertEquals(1, f.rules().size(), "the finding cites the plan rule only, not the taxonomy");
    assertEquals("cn.aqjg-16.hazard-management", f.rules().get(0).pack().id());
    assertEquals(List.of("areas", "accidentTypes", "majorPlanElements"),
        r.rulesApplied().stream().map(a -> a.parameter()).toList(), "areas, the fixture's accident type 08, the plan rule");
    assertEquals("areas", r.rulesApplied().get(0).parameter());
    assertEquals(List.of(c), r.incompletePlans());
  }

  @Test
  void aMajorHazardWithoutAPlanLacksAllFiveAndAGeneralOneNeedsNone() {
    HazardCheckResult none = CHECKS.check(hazard("H-2", List.of(graded(HazardGrade.MAJOR))), AS_OF);
    assertEquals(EnumSet.allOf(PlanElement.class), none.hazards().get(0).missing(), "graded major, no plan yet");
    HazardCheckResult general = CHECKS.check(hazard("H-3", List.of(graded(HazardGrade.GENERAL), started(Optional.empty()))),
        AS_OF);
    assertFalse(general.hazards().get(0).planRequired());
    assertTrue(general.hazards().get(0).planComplete());
    assertTrue(general.findings().isEmpty());
    assertTrue(general.packs().stream().noneMatch(p -> p.id().equals("cn.aqjg-16.hazard-management")),
        "the plan rule is not in force for a register without a major hazard: " + general.packs());
    assertTrue(none.packs().stream().anyMatch(p -> p.id().equals("cn.aqjg-16.hazard-management")), none.packs().toString());
    assertTrue(none.packs().stream().anyMatch(p -> p.id().equals("cn.gb6441-1986.accident-types")), none.packs().toString());
    assertEquals("cn.minhang-2022.hazard-areas", none.packs().get(0).id());
    HazardCheckResult complete = CHECKS.check(hazard("H-4", List.of(graded(HazardGrade.MAJOR),
        started(Optional.of(plan(EnumSet.allOf(PlanElement.class)))))), AS_OF);
    assertTrue(complete.hazards().get(0).planComplete());
    assertTrue(complete.findings().isEmpty());
    HazardCheckResult reported = CHECKS.check(hazard("H-5", List.of()), AS_OF);
    assertFalse(reported.hazards().get(0).planRequired(), "not graded yet");
  }

  @Test
  void aClosedMajorHazardNeedsNoPlanAnyMore() {
    Hazard h = hazard("H-6", List.of(graded(HazardGrade.MAJOR), started(Optional.empty()), HazardFixtures.submitted(),
        HazardFixtures.accepted()));
    assertFalse(CHECKS.check(h, HazardFixtures.ACCEPTED).hazards().get(0).planRequired());
    assertTrue(CHECKS.check(h, HazardFixtures.ACCEPTED.minusDays(1)).hazards().get(0).planRequired());
  }

  @Test
  void anOverdueHazardGivesAFindingGradedBySeverity() {
    Hazard general = hazard("H-7", List.of(graded(HazardGrade.GENERAL), started(Optional.empty())));
    assertTrue(CHECKS.check(general, DEADLINE).findings().isEmpty(), "on the deadline: in time");
    HazardCheckResult late = CHECKS.check(general, DEADLINE.plusDays(1));
    assertEquals(HazardChecks.OVERDUE, late.findings().get(0).code());
    assertEquals(Severity.LOW, late.findings().get(0).severity());
    assertEquals("隐患 H-7 的整改期限为 2024-03-31，截至 2024-04-01 仍未销号（当前状态：整改中）。",
        late.findings().get(0).message().zh());
    assertEquals(1, late.overdue().size());
    Hazard major = hazard("H-8", List.of(graded(HazardGrade.MAJOR), started(Optional.of(plan(EnumSet.allOf(PlanElement.class))))));
    assertEquals(Severity.HIGH, CHECKS.check(major, DEADLINE.plusDays(1)).findings().get(0).severity());
  }

  @Test
  void anUnknownAreaOrSubTaskIsAnUnknownCodeNamingTheHazard() {
    Hazard ok = inArea("A", "8", Optional.empty(), Optional.empty(), FOUND, List.of());
    Hazard badArea = inArea("B", "11", Optional.empty(), Optional.empty(), FOUND, List.of());
    HazardRegister register = HazardRegister.of("S-MH-01", MINHANG, List.of(ok, badArea));
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> CHECKS.check(register, AS_OF));
    assertEquals(Optional.of("hazards[1].area"), e.field());
    assertEquals("UNKNOWN_CODE", e.errorCode());
    UnknownCodeException task = assertThrows(UnknownCodeException.class, () -> CHECKS.check(
        inArea("C", "2", Optional.of("2.5"), Optional.empty(), FOUND, List.of()), AS_OF));
    assertEquals(Optional.of("hazards[0].subTask"), task.field());
    UnknownCodeException single = assertThrows(UnknownCodeException.class, () -> CHECKS.check(
        inArea("D", "8", Optional.of("8.1"), Optional.empty(), FOUND, List.of()), AS_OF));
    assertEquals(Optional.of("hazards[0].subTask"), single.field(), "area 8 has a single, unnumbered task");
    assertEquals(1, CHECKS.check(inArea("E", "2", Optional.of("2.4"), Optional.empty(), FOUND, List.of()), AS_OF)
        .hazards().size());
  }

  @Test
  void theAccidentTypeIsCheckedAgainstTheListInForceOnTheFoundDay() {
    LocalDate lastOld = LocalDate.of(2026, 6, 30);
    LocalDate firstNew = LocalDate.of(2026, 7, 1);
    LocalDate later = LocalDate.of(2026, 8, 1);
    assertEquals(1, CHECKS.check(inArea("F", "8", Optional.empty(), Optional.of("20"), lastOld, List.of()), later)
        .hazards().size());
    UnknownCodeException old = assertThrows(UnknownCodeException.class, () -> CHECKS.check(
        inArea("G", "8", Optional.empty(), Optional.of("20"), firstNew, List.of()), later));
    assertEquals(Optional.of("hazards[0].accidentType"), old.field());
    assertTrue(old.getMessage().contains("GB 6441-2025"), old.getMessage());
    assertEquals(1, CHECKS.check(inArea("H", "8", Optional.empty(), Optional.of("WSA10099"), firstNew, List.of()), later)
        .hazards().size());
    UnknownCodeException early = assertThrows(UnknownCodeException.class, () -> CHECKS.check(
        inArea("I", "8", Optional.empty(), Optional.of("WSA10009"), lastOld, List.of()), later));
    assertTrue(early.getMessage().contains("GB 6441-1986"), early.getMessage());
    assertThrows(UnknownCodeException.class, () -> CHECKS.check(
        inArea("J", "8", Optional.empty(), Optional.of("21"), lastOld, List.of()), later));
    // Both lists read in one register: both packs are recorded.
    HazardCheckResult both = CHECKS.check(HazardRegister.of("S-MH-01", MINHANG, List.of(
        inArea("K", "8", Optional.empty(), Optional.of("08"), lastOld, List.of()),
        inArea("L", "8", Optional.empty(), Optional.of("WSA10009"), firstNew, List.of()))), later);
    Set<String> packs = new java.util.TreeSet<>();
    both.packs().forEach(p -> packs.add(p.id()));
    assertTrue(packs.containsAll(Set.of("cn.gb6441-1986.accident-types", "cn.gb6441-2025.accident-types",
        "cn.minhang-2022.hazard-areas")), packs.toString());
  }

  @Test
  void theResultBecomesAnAssessment() {
    Hazard h = hazard("H-9", List.of(graded(HazardGrade.MAJOR), started(Optional.empty())));
    HazardCheckResult r = CHECKS.check(h, STARTED);
    Assessment a = r.toAssessment(Instant.parse("2024-03-08T08:00:00Z"));
    assertEquals("anxiao.safety.hazard-checks", a.calculator());
    assertEquals(1, a.findings().size());
    assertFalse(a.rulesApplied().isEmpty());
    assertEquals(64, a.inputsDigest().length());
    assertEquals(HazardChecks.ID, CHECKS.id());
    assertEquals(3, CHECKS.requirements().size());
    assertTrue(CHECKS.toString().startsWith("anxiao.safety.hazard-checks 310112"), CHECKS.toString());
    assertFalse(AnxiaoJsonText.of(r).contains("张三"), "the result holds the register without names");
  }

  /** The result as JSON. */
  static final class AnxiaoJsonText {
    private AnxiaoJsonText() {}

    static String of(Object o) {
      return org.anxiao.core.json.AnxiaoJson.strict().write(o);
    }
  }
}

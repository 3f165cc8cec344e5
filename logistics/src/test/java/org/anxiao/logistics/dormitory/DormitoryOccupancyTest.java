package org.anxiao.logistics.dormitory;

import static org.anxiao.logistics.dormitory.DormitoryFixtures.GUANGDONG;
import static org.anxiao.logistics.dormitory.DormitoryFixtures.SHANDONG;
import static org.anxiao.logistics.dormitory.DormitoryFixtures.SHANGHAI;
import static org.anxiao.logistics.dormitory.DormitoryFixtures.occupancy;
import static org.anxiao.logistics.dormitory.DormitoryFixtures.room;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/** Worked occupancy examples, each check at and around its boundary, and the policy on the unverified maximum. */
class DormitoryOccupancyTest {
  private static final VerificationPolicy ALLOW = VerificationPolicy.ALLOW_UNVERIFIED;

  /** Building 3 in Shandong: A 6 beds 6 pupils, B 6 beds 7 pupils no officer, C 4 beds empty, D 8 beds 5 pupils. */
  static Dormitory building3() {
    return Dormitory.of("building-3", "3号学生公寓", List.of(room("A", 6, 6, true), room("B", 6, 7, false),
        room("C", 4, 0, false), room("D", 8, 5, true)));
  }

  private static List<String> codes(DormitoryOccupancyResult r) {
    return r.findings().stream().map(f -> f.code().toString()).toList();
  }

  private static List<String> rules(List<AppliedRule> rules) {
    return rules.stream().map(a -> a.pack() + "/" + a.parameter()).toList();
  }

  @Test
  void workedShandongBuildingUnderAllowUnverified() {
    DormitoryOccupancyResult r = occupancy(SHANDONG, ALLOW).assess(building3());
    // Rooms: A 6/6 = 1.0000; B 7/6 = 1.16666… → 1.1667 (HALF_UP); C 0/4 = 0.0000; D 5/8 = 0.625 → 0.6250.
    assertEquals(new BigDecimal("1.0000"), r.rooms().get(0).rate());
    assertEquals(new BigDecimal("1.1667"), r.rooms().get(1).rate());
    assertEquals(new BigDecimal("0.0000"), r.rooms().get(2).rate());
    assertEquals(new BigDecimal("0.6250"), r.rooms().get(3).rate());
    // Building: occupants 6 + 7 + 0 + 5 = 18, beds 6 + 6 + 4 + 8 = 24, 18 / 24 = 0.75 → 0.7500.
    assertEquals(18, r.occupants());
    assertEquals(24, r.designCapacity());
    assertEquals(new BigDecimal("0.7500"), r.rate());
    // Max rate 1 (cn.dormitory-design-capacity): B 7 > 1 × 6 is over; A 6 = 1 × 6 is not.
    assertEquals(List.of("B"), r.overCapacity());
    // One officer per room (鲁教安字〔2018〕1号 §三(四)3): B occupied without one; C is empty, exempt.
    assertEquals(List.of("B"), r.withoutSafetyOfficer());
    assertEquals(List.of("LOGISTICS.DORMITORY.OVER_CAPACITY", "LOGISTICS.DORMITORY.NO_SAFETY_OFFICER",
        "LOGISTICS.DORMITORY.SUMMARY"), codes(r));
    assertEquals(List.of("cn.dormitory-design-capacity@1.0.0/maxOccupancyRate",
        "sd.dormitory-safety-officers-2018@1.0.0/safetyOfficerPerRoom"), rules(r.rulesApplied()));
    assertEquals(List.of(), r.skipped());
    Finding over = r.findings().get(0);
    assertEquals(Severity.HIGH, over.severity());
    assertEquals("Room B: 7 occupants in 6 beds, occupancy rate 1.1667 above the maximum 1.", over.message().en());
    assertEquals("寝室 B：6 个床位住 7 人，入住率 1.1667，超过最高入住率 1。", over.message().zh());
    assertEquals(List.of("cn.dormitory-design-capacity@1.0.0/maxOccupancyRate"), rules(over.rules()));
    // Room-level findings are about the room (kind ROOM, the room's id); the building is the result's subject.
    assertEquals(Subject.of(SubjectKind.of("ROOM"), "B"), over.subject());
    assertEquals(new BigDecimal("1.1667"), over.measured().orElseThrow().value());
    assertEquals(new BigDecimal("1"), over.required().orElseThrow().value());
    Finding officer = r.findings().get(1);
    assertEquals(Severity.LOW, officer.severity());
    assertEquals("Dormitory building-3, room B (7 occupants): no pupil named safety officer.", officer.message().en());
    assertEquals("宿舍楼 building-3 寝室 B（住 7 人）未明确学生安全员。", officer.message().zh());
    assertEquals(List.of("sd.dormitory-safety-officers-2018@1.0.0/safetyOfficerPerRoom"), rules(officer.rules()));
    assertEquals(Subject.of(SubjectKind.of("ROOM"), "B"), officer.subject());
    Finding summary = r.findings().get(2);
    assertEquals(Severity.INFO, summary.severity());
    assertEquals(Subject.of(SubjectKind.BUILDING, "building-3"), summary.subject());
    assertEquals(List.of(), summary.rules());
    assertEquals("Dormitory building-3: 18 occupants in 24 beds over 4 rooms, occupancy rate 0.7500.",
        summary.message().en());
    assertEquals("宿舍楼 building-3：4 间寝室共 24 个床位，住 18 人，入住率 0.7500。", summary.message().zh());
    assertEquals(List.of("sd.dormitory-safety-officers-2018@1.0.0", "cn.dormitory-design-capacity@1.0.0"),
        r.packs().stream().map(Object::toString).toList());
    assertEquals(building3(), r.inputs());
    assertEquals(DormitoryOccupancy.ID, r.calculator());
    assertEquals("building-3", r.subject().id());
    assertTrue(r.room("B").orElseThrow().overCapacity());
    assertFalse(r.room("A").orElseThrow().overCapacity());
    assertTrue(r.room("Z").isEmpty());
    assertEquals(1, r.toAssessment(java.time.Instant.parse("2026-03-01T00:00:00Z")).findings().stream()
        .filter(f -> f.code().equals(DormitoryOccupancy.OVER_CAPACITY)).count());
  }

  @Test
  void underTheDefaultPolicyTheUnverifiedMaximumIsNotChecked() {
    DormitoryOccupancyResult r = occupancy(SHANDONG, VerificationPolicy.DEFAULT).assess(building3());
    assertEquals(List.of(), r.overCapacity());
    assertEquals(List.of("maxOccupancyRate"), r.skipped());
    assertEquals(List.of("LOGISTICS.DORMITORY.NO_SAFETY_OFFICER", "LOGISTICS.DORMITORY.NOT_CHECKED",
        "LOGISTICS.DORMITORY.SUMMARY"), codes(r));
    assertEquals(List.of("sd.dormitory-safety-officers-2018@1.0.0/safetyOfficerPerRoom"), rules(r.rulesApplied()));
    Finding skipped = r.findings().get(1);
    assertEquals(DormitoryOccupancy.NOT_CHECKED, skipped.code());
    assertEquals(Severity.INFO, skipped.severity());
    // It cites the refused value (not read, so not in rulesApplied) and is about the building.
    assertEquals(List.of("cn.dormitory-design-capacity@1.0.0/maxOccupancyRate"), rules(skipped.rules()));
    assertEquals(Verification.UNVERIFIED, skipped.rules().get(0).verification());
    assertEquals(Subject.of(SubjectKind.BUILDING, "building-3"), skipped.subject());
    assertEquals("Check on maxOccupancyRate not made: cn.dormitory-design-capacity@1.0.0 is UNVERIFIED, below the "
        + "verification policy (SECONDARY).", skipped.message().en());
    assertEquals("maxOccupancyRate 的核对未进行：cn.dormitory-design-capacity@1.0.0 的核实级别为 UNVERIFIED，低于核实策略（SECONDARY）。",
        skipped.message().zh());
    assertEquals(new BigDecimal("0.7500"), r.rate());
  }

  @Test
  void shanghaiChecksResponsibilitiesNotOfficers() {
    Dormitory d = Dormitory.of("sh-1", "一号楼", List.of(
        new DormitoryRoom("101", 4, 4, Optional.empty(), EnumSet.of(Responsibility.ELECTRICITY,
            Responsibility.FACILITY_MAINTENANCE, Responsibility.FIRE_PREVENTION)),
        new DormitoryRoom("102", 4, 3, Optional.empty(), DormitoryFixtures.ALL)));
    DormitoryOccupancyResult r = occupancy(SHANGHAI, VerificationPolicy.DEFAULT).assess(d);
    assertEquals(EnumSet.of(Responsibility.WATER, Responsibility.THEFT_PREVENTION),
        r.rooms().get(0).missingResponsibilities());
    assertEquals(EnumSet.noneOf(Responsibility.class), r.rooms().get(1).missingResponsibilities());
    assertEquals(List.of(), r.withoutSafetyOfficer());
    assertEquals(List.of("LOGISTICS.DORMITORY.RESPONSIBILITIES_MISSING", "LOGISTICS.DORMITORY.NOT_CHECKED",
        "LOGISTICS.DORMITORY.SUMMARY"), codes(r));
    Finding missing = r.findings().get(0);
    assertEquals(Severity.LOW, missing.severity());
    assertEquals("Dormitory sh-1, room 101: no responsibility assigned for water, theft prevention.",
        missing.message().en());
    assertEquals("宿舍楼 sh-1 寝室 101：未落实用水、防盗责任。", missing.message().zh());
    assertEquals(List.of("sh.dormitory-responsibilities-2024@1.0.0/responsibilities"), rules(missing.rules()));
    assertEquals(Subject.of(SubjectKind.of("ROOM"), "101"), missing.subject());
    // 7 / 8 = 0.875 → 0.8750.
    assertEquals(new BigDecimal("0.8750"), r.rate());
  }

  @Test
  void aPlaceWithOnlyTheNationalPackChecksOnlyCapacity() {
    Dormitory d = Dormitory.of("gd", "广东楼", List.of(new DormitoryRoom("1", 2, 4, Optional.empty(), EnumSet.noneOf(
        Responsibility.class))));
    DormitoryOccupancyResult r = occupancy(GUANGDONG, ALLOW).assess(d);
    assertEquals(List.of("1"), r.overCapacity());
    assertEquals(List.of(), r.withoutSafetyOfficer());
    assertTrue(r.rooms().get(0).missingResponsibilities().isEmpty());
    // 4 / 2 = 2 → 2.0000, the physical bound.
    assertEquals(new BigDecimal("2.0000"), r.rate());
    assertEquals(List.of("LOGISTICS.DORMITORY.OVER_CAPACITY", "LOGISTICS.DORMITORY.SUMMARY"), codes(r));
  }

  @Test
  void ratesRoundHalfUpToFourDecimals() {
    // 1 / 32 = 0.03125 → 0.0313 (HALF_UP; half-even would give 0.0312).
    assertEquals(Optional.of(new BigDecimal("0.0313")), DormitoryOccupancy.rate(1, 32));
    // 2 / 3 = 0.66666… → 0.6667; 1 / 3 = 0.33333… → 0.3333.
    assertEquals(Optional.of(new BigDecimal("0.6667")), DormitoryOccupancy.rate(2, 3));
    assertEquals(Optional.of(new BigDecimal("0.3333")), DormitoryOccupancy.rate(1, 3));
    assertEquals(Optional.of(new BigDecimal("0.0000")), DormitoryOccupancy.rate(0, 1));
    assertEquals(Optional.empty(), DormitoryOccupancy.rate(0, 0));
    assertEquals(Optional.empty(), DormitoryOccupancy.rate(5, 0));
    assertThrows(InvalidValueException.class, () -> DormitoryOccupancy.rate(-1, 3));
    assertThrows(InvalidValueException.class, () -> DormitoryOccupancy.rate(1, -1));
    assertThrows(InvalidValueException.class, () -> DormitoryOccupancy.rate(Long.MAX_VALUE, 3));
  }

  /** A TEST pack in Guangdong with maximum rate 1.2 and one officer per room. */
  private static DormitoryOccupancy testRule() {
    RulePack pack = ShippedPacks.testPack("logistics-dormitory", "cn-dormitory-design-capacity.json", "test.dormitory-one-two",
        GUANGDONG, t -> {
          t.put("verification", "OFFICIAL_TEXT");
          ObjectNode parameters = (ObjectNode) t.get("parameters");
          ((ObjectNode) parameters.get("maxOccupancyRate")).put("value", "1.2");
          parameters.putObject("safetyOfficerPerRoom").put("type", "boolean").put("value", true);
        });
    return DormitoryOccupancy.in(RuleContext.of(ShippedPacks.withPacks(pack), GUANGDONG, DormitoryFixtures.DATE));
  }

  @Test
  void overCapacityIsComparedExactlyAgainstTheMaximumTimesTheBeds() {
    DormitoryOccupancy rule = testRule();
    // 1.2 × 5 = 6: 6 occupants is at the maximum, not over; 7 is over. 1.2 × 6 = 7.2: 7 is below, 8 over.
    Dormitory d = Dormitory.of("t", "测试楼", List.of(room("a", 5, 6, true), room("b", 5, 7, true),
        room("c", 6, 7, true), room("d", 6, 8, true), room("e", 6, 1, false)));
    DormitoryOccupancyResult r = rule.assess(d);
    assertEquals(List.of("b", "d"), r.overCapacity());
    assertEquals(List.of("e"), r.withoutSafetyOfficer());
    assertEquals("Room d: 8 occupants in 6 beds, occupancy rate 1.3333 above the maximum 1.2.",
        r.findings().stream().filter(f -> f.code().equals(DormitoryOccupancy.OVER_CAPACITY)).toList().get(1)
            .message().en());
  }

  @Test
  void roundingNeverHidesABreach() {
    RulePack pack = ShippedPacks.testPack("logistics-dormitory", "cn-dormitory-design-capacity.json",
        "test.dormitory-third", GUANGDONG, t -> {
          t.put("verification", "OFFICIAL_TEXT");
          ((ObjectNode) t.get("parameters").get("maxOccupancyRate")).put("value", "0.3333");
        });
    DormitoryOccupancy rule = DormitoryOccupancy.in(RuleContext.of(ShippedPacks.withPacks(pack), GUANGDONG,
        DormitoryFixtures.DATE));
    // 1 pupil in 3 beds: 1 / 3 = 0.33333… → 0.3333, equal to the maximum once rounded; exactly 1 > 0.3333 × 3 =
    // 0.9999, over. 3 pupils in 9 beds: 3 > 2.9997, over. 0 in 3: 0 > 0.9999 false.
    DormitoryOccupancyResult r = rule.assess(Dormitory.of("t", "测试楼", List.of(room("a", 3, 1, true),
        room("b", 9, 3, true), room("c", 3, 0, true))));
    assertEquals(new BigDecimal("0.3333"), r.rooms().get(0).rate());
    assertEquals(List.of("a", "b"), r.overCapacity());
  }

  @Test
  void anOfficerFlagOfFalseAsksForNone() {
    RulePack pack = ShippedPacks.testPack("logistics-dormitory", "sd-dormitory-safety-officers-2018.json",
        "test.dormitory-no-officers", GUANGDONG, t -> ((ObjectNode) t.get("parameters").get("safetyOfficerPerRoom")).put("value", false));
    DormitoryOccupancy rule = DormitoryOccupancy.in(RuleContext.of(ShippedPacks.withPacks(pack), GUANGDONG,
        DormitoryFixtures.DATE));
    DormitoryOccupancyResult r = rule.assess(Dormitory.of("t", "测试楼", List.of(room("a", 4, 4, false))));
    assertEquals(List.of(), r.withoutSafetyOfficer());
    assertEquals(List.of("test.dormitory-no-officers@1.0.0/safetyOfficerPerRoom"), rules(r.rulesApplied()));
  }

  @Test
  void theCalculatorDescribesItself() {
    DormitoryOccupancy c = occupancy(SHANDONG, VerificationPolicy.DEFAULT);
    assertEquals("anxiao.logistics.dormitory-occupancy", c.id().toString());
    assertEquals(List.of(DormitoryRule.KIND), c.requirements());
    assertTrue(c.toString().startsWith("anxiao.logistics.dormitory-occupancy [sd.dormitory-safety-officers-2018@1.0.0"),
        c.toString());
    assertTrue(c.rules().value().safetyOfficerPerRoom().isPresent());
    assertTrue(c.rules().value().responsibilities().isEmpty());
  }
}

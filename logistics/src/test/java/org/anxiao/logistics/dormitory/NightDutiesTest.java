package org.anxiao.logistics.dormitory;

import static org.anxiao.logistics.dormitory.NightFixtures.DATE;
import static org.anxiao.logistics.dormitory.NightFixtures.FROM;
import static org.anxiao.logistics.dormitory.NightFixtures.MINHANG;
import static org.anxiao.logistics.dormitory.NightFixtures.NIGHT;
import static org.anxiao.logistics.dormitory.NightFixtures.UNTIL;
import static org.anxiao.logistics.dormitory.NightFixtures.context;
import static org.anxiao.logistics.dormitory.NightFixtures.minhang;
import static org.anxiao.logistics.dormitory.NightFixtures.night;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/** A worked night, each check at and beside its boundary, the policy on the unverified values, caller packs. */
class NightDutiesTest {
  private static final VerificationPolicy ALLOW = VerificationPolicy.ALLOW_UNVERIFIED;
  private static final String MINHANG_PACK = "sh.minhang.dormitory-night-duty-2022@1.0.0";
  private static final String EXAMPLE_PACK = "sh.example.dormitory-night-checks@1.0.0";
  private static final Subject B3 = Subject.of(SubjectKind.BUILDING, "B3");

  private static List<String> codes(NightDutyCheck r) {
    return r.findings().stream().map(f -> f.code().toString()).toList();
  }

  private static List<String> rules(List<AppliedRule> rules) {
    return rules.stream().map(a -> a.pack() + "/" + a.parameter()).toList();
  }

  private static NightIncident incident(int hour, String what, boolean reported) {
    return new NightIncident(LocalDateTime.of(2026, 3, 3, hour, 10), what, reported);
  }

  /** Building B3, night of 2026-03-02 in Minhang: 1 keeper + 2 guards, rounds 22:00 and 01:00, 37 of 40 rooms. */
  static NightDutyLog workedNight() {
    return NightDutyLog.of("B3", NIGHT, FROM, UNTIL,
        List.of(new DutyPost(DutyRole.DORMITORY_KEEPER, 1), new DutyPost(DutyRole.SECURITY_GUARD, 2)),
        List.of(LocalDateTime.of(2026, 3, 2, 22, 0), LocalDateTime.of(2026, 3, 3, 1, 0)), 40, 37,
        List.of(new NightIncident(LocalDateTime.of(2026, 3, 2, 23, 30), "305 室学生发热，送医务室", true),
            incident(2, "东侧安全门报警", false)));
  }

  @Test
  void workedMinhangNightUnderAllowUnverified() {
    NightDutyCheck r = minhang(ALLOW).check(workedNight());
    // On duty 1 + 2 = 3: dutyRequired (Minhang §四(一)6, 8) is met.
    assertEquals(3, r.onDuty());
    assertFalse(r.noOneOnDuty());
    // 2 rounds against the illustrative minimum 2 (read under ALLOW_UNVERIFIED): 2 < 2 is false, passes.
    assertEquals(2, r.patrolRounds());
    assertFalse(r.tooFewPatrols());
    // Rooms: 37 / 40 = 0.925 → 0.9250; 37 < 40, three rooms not checked.
    assertEquals(Optional.of(new BigDecimal("0.9250")), r.roomCheckShare());
    assertTrue(r.roomsNotChecked());
    // The 02:10 alarm was not reported (§四(一)6 发生突发事件第一时间报告); the 23:30 fever was.
    assertEquals(List.of(1), r.unreportedIncidents());
    assertEquals(List.of("LOGISTICS.DORMITORY.ROOMS_NOT_CHECKED", "LOGISTICS.DORMITORY.INCIDENT_NOT_REPORTED",
        "LOGISTICS.DORMITORY.NIGHT_SUMMARY"), codes(r));
    assertEquals(List.of(MINHANG_PACK + "/dutyRequired", EXAMPLE_PACK + "/minimumPatrolRounds",
        EXAMPLE_PACK + "/roomCheckRequired", MINHANG_PACK + "/incidentsReported"), rules(r.rulesApplied()));
    assertEquals(List.of(), r.skipped());
    assertEquals(List.of(MINHANG_PACK, EXAMPLE_PACK), r.packs().stream().map(Object::toString).toList());

    Finding rooms = r.findings().get(0);
    assertEquals(Severity.LOW, rooms.severity());
    assertEquals(B3, rooms.subject());
    assertEquals(0, new BigDecimal("0.9250").compareTo(rooms.measured().orElseThrow().value()));
    assertEquals(BigDecimal.ONE, rooms.required().orElseThrow().value());
    assertEquals(Comparison.AT_LEAST, rooms.comparison().orElseThrow());
    assertEquals("Dormitory B3, night of 2026-03-02: 37 of 40 occupied rooms checked (share 0.9250), 3 not checked.",
        rooms.message().en());
    assertEquals("宿舍楼 B3（2026-03-02 夜间）有人入住的 40 间寝室中查寝 37 间（比例 0.9250），3 间未查。",
        rooms.message().zh());
    assertEquals(List.of(EXAMPLE_PACK + "/roomCheckRequired"), rules(rooms.rules()));

    Finding incident = r.findings().get(1);
    assertEquals(Severity.HIGH, incident.severity());
    assertEquals(B3, incident.subject());
    assertEquals("Dormitory B3: incident at 2026-03-03T02:10 not reported: 东侧安全门报警", incident.message().en());
    assertEquals("宿舍楼 B3：2026-03-03T02:10 发生的突发事件未报告：东侧安全门报警", incident.message().zh());
    assertEquals(List.of(MINHANG_PACK + "/incidentsReported"), rules(incident.rules()));

    Finding summary = r.findings().get(2);
    assertEquals(Severity.INFO, summary.severity());
    assertEquals(B3, summary.subject());
    assertEquals(List.of(), summary.rules());
    assertEquals("Dormitory B3, night of 2026-03-02: 3 on duty, 2 patrol rounds, 37 of 40 occupied rooms checked, "
        + "2 incidents.", summary.message().en());
    assertEquals("宿舍楼 B3（2026-03-02 夜间）：值班 3 人，巡查 2 次，查寝 37/40 间，突发事件 2 起。", summary.message().zh());

    assertEquals(NightDuties.ID.toString(), r.toAssessment(Instant.parse("2026-03-03T00:00:00Z")).calculator());
    assertEquals(r.input(), r.inputs());
    assertEquals(NightDuties.ID, r.calculator());
  }

  @Test
  void theUnverifiedValuesAreNotReadUnderTheDefaultPolicy() {
    NightDutyCheck r = minhang(VerificationPolicy.DEFAULT).check(night(1, 0, 40, 0, List.of()));
    // 0 rounds and 0 of 40 rooms would fail both checks, but their rule values are UNVERIFIED: skipped.
    assertFalse(r.tooFewPatrols());
    assertFalse(r.roomsNotChecked());
    assertEquals(Optional.of(new BigDecimal("0.0000")), r.roomCheckShare());
    assertEquals(List.of("minimumPatrolRounds", "roomCheckRequired"), r.skipped());
    assertEquals(List.of("LOGISTICS.DORMITORY.NOT_CHECKED", "LOGISTICS.DORMITORY.NOT_CHECKED",
        "LOGISTICS.DORMITORY.NIGHT_SUMMARY"), codes(r));
    assertEquals(List.of(MINHANG_PACK + "/dutyRequired", MINHANG_PACK + "/incidentsReported"), rules(r.rulesApplied()));
    Finding first = r.findings().get(0);
    assertEquals(Severity.INFO, first.severity());
    assertEquals(B3, first.subject());
    assertEquals(List.of(EXAMPLE_PACK + "/minimumPatrolRounds"), rules(first.rules()));
    assertEquals(Verification.UNVERIFIED, first.rules().get(0).verification());
    assertEquals("Check on minimumPatrolRounds not made: " + EXAMPLE_PACK + " is UNVERIFIED, below the verification "
        + "policy (SECONDARY).", first.message().en());
    assertEquals(List.of(EXAMPLE_PACK + "/roomCheckRequired"), rules(r.findings().get(1).rules()));
    // The same night read under ALLOW_UNVERIFIED: both checks made and failed.
    NightDutyCheck allowed = minhang(ALLOW).check(night(1, 0, 40, 0, List.of()));
    assertEquals(List.of("LOGISTICS.DORMITORY.TOO_FEW_PATROLS", "LOGISTICS.DORMITORY.ROOMS_NOT_CHECKED",
        "LOGISTICS.DORMITORY.NIGHT_SUMMARY"), codes(allowed));
    assertEquals(List.of(), allowed.skipped());
  }

  @Test
  void noOneOnDutyAtZeroNotAtOne() {
    NightDutyCheck none = minhang(ALLOW).check(night(0, 2, 10, 10, List.of()));
    assertTrue(none.noOneOnDuty());
    assertEquals(0, none.onDuty());
    Finding f = none.findings().get(0);
    assertEquals("LOGISTICS.DORMITORY.NO_ONE_ON_DUTY", f.code().toString());
    assertEquals(Severity.HIGH, f.severity());
    assertEquals(B3, f.subject());
    assertEquals(BigDecimal.ZERO, f.measured().orElseThrow().value());
    assertEquals(BigDecimal.ONE, f.required().orElseThrow().value());
    assertEquals(Comparison.AT_LEAST, f.comparison().orElseThrow());
    assertEquals("Dormitory B3, night of 2026-03-02: no one on duty.", f.message().en());
    assertEquals("宿舍楼 B3（2026-03-02 夜间）无人值班。", f.message().zh());
    assertEquals(List.of(MINHANG_PACK + "/dutyRequired"), rules(f.rules()));
    // One on duty: met.
    NightDutyCheck one = minhang(ALLOW).check(night(1, 2, 10, 10, List.of()));
    assertFalse(one.noOneOnDuty());
    assertEquals(List.of("LOGISTICS.DORMITORY.NIGHT_SUMMARY"), codes(one));
    // No post at all is no one either.
    NightDutyLog empty = NightDutyLog.of("B3", NIGHT, FROM, UNTIL, List.of(), NightFixtures.rounds(2), 10, 10,
        List.of());
    assertTrue(minhang(ALLOW).check(empty).noOneOnDuty());
  }

  @Test
  void patrolRoundsAtTheMinimumPassOneFewerFails() {
    // Illustrative minimum 2 (UNVERIFIED, read under ALLOW_UNVERIFIED).
    assertFalse(minhang(ALLOW).check(night(1, 2, 10, 10, List.of())).tooFewPatrols());
    assertFalse(minhang(ALLOW).check(night(1, 3, 10, 10, List.of())).tooFewPatrols());
    NightDutyCheck one = minhang(ALLOW).check(night(1, 1, 10, 10, List.of()));
    assertTrue(one.tooFewPatrols());
    Finding f = one.findings().get(0);
    assertEquals("LOGISTICS.DORMITORY.TOO_FEW_PATROLS", f.code().toString());
    assertEquals(Severity.LOW, f.severity());
    assertEquals(BigDecimal.ONE, f.measured().orElseThrow().value());
    assertEquals(BigDecimal.valueOf(2), f.required().orElseThrow().value());
    assertEquals(Comparison.AT_LEAST, f.comparison().orElseThrow());
    assertEquals("Dormitory B3, night of 2026-03-02: 1 patrol rounds, fewer than the minimum 2.", f.message().en());
    assertEquals("宿舍楼 B3（2026-03-02 夜间）巡查 1 次，少于最少 2 次。", f.message().zh());
    assertEquals(List.of(EXAMPLE_PACK + "/minimumPatrolRounds"), rules(f.rules()));
  }

  @Test
  void roomsAllCheckedPassOneShortFailsEvenWhenTheShareRoundsToOne() {
    assertFalse(minhang(ALLOW).check(night(1, 2, 10, 10, List.of())).roomsNotChecked());
    NightDutyCheck short1 = minhang(ALLOW).check(night(1, 2, 10, 9, List.of()));
    assertTrue(short1.roomsNotChecked());
    // 9 / 10 = 0.9000.
    assertEquals(Optional.of(new BigDecimal("0.9000")), short1.roomCheckShare());
    // 19,999 / 20,000 = 0.99995 → 1.0000 rounded half up, yet one room was not checked: compared exactly.
    NightDutyCheck rounded = minhang(ALLOW).check(night(1, 2, 20_000, 19_999, List.of()));
    assertEquals(Optional.of(new BigDecimal("1.0000")), rounded.roomCheckShare());
    assertTrue(rounded.roomsNotChecked());
    assertTrue(rounded.findings().get(0).message().en().contains("19999 of 20000 occupied rooms checked (share 1.0000), 1 not"),
        rounded.findings().get(0).message().en());
    // No room occupied: nothing to check, no share.
    NightDutyCheck empty = minhang(ALLOW).check(night(1, 2, 0, 0, List.of()));
    assertEquals(Optional.empty(), empty.roomCheckShare());
    assertFalse(empty.roomsNotChecked());
    assertEquals(List.of("LOGISTICS.DORMITORY.NIGHT_SUMMARY"), codes(empty));
  }

  @Test
  void eachUnreportedIncidentIsOneFinding() {
    NightDutyCheck r = minhang(ALLOW).check(night(1, 2, 10, 10, List.of(incident(1, "甲", false),
        incident(2, "乙", true), incident(3, "丙", false))));
    assertEquals(List.of(0, 2), r.unreportedIncidents());
    assertEquals(List.of("LOGISTICS.DORMITORY.INCIDENT_NOT_REPORTED", "LOGISTICS.DORMITORY.INCIDENT_NOT_REPORTED",
        "LOGISTICS.DORMITORY.NIGHT_SUMMARY"), codes(r));
    assertTrue(r.findings().get(1).message().en().endsWith("丙"));
    assertEquals(List.of(), minhang(ALLOW).check(night(1, 2, 10, 10, List.of(incident(1, "甲", true))))
        .unreportedIncidents());
  }

  @Test
  void whereNoPackDefinesAParameterItsCheckIsNotMade() {
    // Shanghai (310000) outside Minhang: only the example pack; no dutyRequired, no incidentsReported.
    NightDuties shanghai = NightDuties.in(context(JurisdictionCode.of("310000"), DATE, ALLOW));
    NightDutyCheck r = shanghai.check(night(0, 2, 10, 10, List.of(incident(1, "甲", false))));
    assertFalse(r.noOneOnDuty());
    assertEquals(List.of(), r.unreportedIncidents());
    assertEquals(List.of(EXAMPLE_PACK + "/minimumPatrolRounds", EXAMPLE_PACK + "/roomCheckRequired"),
        rules(r.rulesApplied()));
    // Minhang on 2022-03-01 (first day of its pack, before the 2024 example): no minimum, no room check.
    NightDuties early = NightDuties.in(context(MINHANG, LocalDate.of(2022, 3, 1), ALLOW));
    assertEquals(List.of(MINHANG_PACK), early.rules().packs().stream().map(Object::toString).toList());
    NightDutyCheck e = early.check(night(1, 0, 10, 0, List.of()));
    assertFalse(e.tooFewPatrols());
    assertFalse(e.roomsNotChecked());
    assertEquals(List.of(MINHANG_PACK + "/dutyRequired", MINHANG_PACK + "/incidentsReported"), rules(e.rulesApplied()));
    // The day before: no pack in force.
    assertThrows(RulePackException.class, () -> NightDuties.in(context(MINHANG, LocalDate.of(2022, 2, 28), ALLOW)));
    assertThrows(RulePackException.class, () -> NightDuties.in(context(JurisdictionCode.of("440000"), DATE, ALLOW)));
  }

  @Test
  void aCallersVerifiedPackIsReadUnderTheDefaultPolicy() {
    RulePack local = ShippedPacks.testPack("logistics-dormitory", "sh-example-dormitory-night-checks.json",
        "test.night-rounds", JurisdictionCode.of("440000"), t -> {
          t.put("verification", "SECONDARY");
          ((ObjectNode) t.get("parameters").get("minimumPatrolRounds")).put("value", 3);
          ((ObjectNode) t.get("parameters").get("roomCheckRequired")).put("value", false);
        });
    RuleContext at = RuleContext.of(ShippedPacks.withPacks(local), JurisdictionCode.of("440000"), DATE);
    NightDuties duties = NightDuties.in(at);
    // Minimum 3: 3 rounds pass, 2 fail; the room check is off (false), so 0 of 10 rooms is no finding.
    assertFalse(duties.check(night(1, 3, 10, 0, List.of())).tooFewPatrols());
    NightDutyCheck two = duties.check(night(1, 2, 10, 0, List.of()));
    assertTrue(two.tooFewPatrols());
    assertFalse(two.roomsNotChecked());
    assertEquals(List.of("LOGISTICS.DORMITORY.TOO_FEW_PATROLS", "LOGISTICS.DORMITORY.NIGHT_SUMMARY"), codes(two));
    assertEquals(List.of("test.night-rounds@1.0.0/minimumPatrolRounds", "test.night-rounds@1.0.0/roomCheckRequired"),
        rules(two.rulesApplied()));
    assertEquals(List.of(), two.skipped());
  }

  @Test
  void theCalculatorDescribesItself() {
    NightDuties d = minhang(ALLOW);
    assertEquals("anxiao.logistics.dormitory-night-duty", d.id().toString());
    assertEquals(List.of(NightDutyRule.KIND), d.requirements());
    assertTrue(d.toString().startsWith("anxiao.logistics.dormitory-night-duty "), d.toString());
    assertThrows(org.anxiao.core.error.AnxiaoException.class, () -> NightDuties.in(null));
    assertThrows(org.anxiao.core.error.AnxiaoException.class, () -> d.check(null));
  }
}

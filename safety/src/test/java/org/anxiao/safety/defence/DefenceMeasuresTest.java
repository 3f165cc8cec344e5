package org.anxiao.safety.defence;

import static org.anxiao.safety.defence.DefenceFixtures.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of 闵行区教育局校园安全专项整治工作实施方案 (2022) §四(一)9: "图像保存时间不少于30日"
 * and "100%安装一键式紧急报警装置 … 确保设备处于良好运行状态", each at, just below and just above its
 * boundary; TEST packs for another minimum and share and for the verification policy.
 */
class DefenceMeasuresTest {
  private static final DefenceMeasures MINHANG = DefenceFixtures.minhangMeasures();
  private static final String DAYS = "sh.minhang.defence-measures-2022@1.0.0/minimumRetentionDays";
  private static final String SHARE = "sh.minhang.defence-measures-2022@1.0.0/requiredAlarmCoverage";

  private static DefenceMeasureResult retention(int days) {
    return MINHANG.assess(SCHOOL, new DefenceFacts(Optional.of(days), Optional.empty()));
  }

  private static DefenceMeasureResult coverage(DefenceMeasures m, int working, int required) {
    return m.assess(SCHOOL, new DefenceFacts(Optional.empty(), Optional.of(new AlarmCoverage(working, required))));
  }

  private static List<String> rules(DefenceMeasureResult r) {
    return r.rules().stream().map(a -> a.pack() + "/" + a.parameter()).toList();
  }

  @Test
  void thirtyDaysMeetsTheMinhangMinimumAndTwentyNineDoesNot() {
    // 不少于30日: 30 ≥ 30 met; 29 < 30 short; 31 ≥ 30 met.
    assertEquals(Optional.of(true), retention(30).retentionMet());
    assertEquals(Optional.of(false), retention(29).retentionMet());
    assertEquals(Optional.of(true), retention(31).retentionMet());
    assertEquals(Optional.of(false), retention(0).retentionMet());
    DefenceMeasureResult r = retention(29);
    assertEquals(Optional.empty(), r.coverageMet());
    assertFalse(r.compliant());
    assertEquals(List.of(DAYS), rules(r));
    Finding f = r.findings().get(0);
    assertEquals(DefenceMeasures.RETENTION_SHORT, f.code());
    assertEquals(Severity.HIGH, f.severity());
    assertEquals("视频图像保存 29 日，少于要求的 30 日。", f.message().zh());
    assertEquals("Video is kept 29 days, fewer than the required 30 days.", f.message().en());
    Finding met = retention(30).findings().get(0);
    assertEquals(DefenceMeasures.RETENTION_MET, met.code());
    assertEquals(Severity.INFO, met.severity());
    assertEquals("Video is kept 30 days, at least the required 30 days.", met.message().en());
    assertTrue(retention(30).compliant());
  }

  @Test
  void everyRequiredPointMustHaveAWorkingAlarm() {
    // 100 %: 12 / 12 met (12 ≥ 1 × 12); 11 / 12 short (11 < 12), one point without a working alarm.
    DefenceMeasureResult all = coverage(MINHANG, 12, 12);
    assertEquals(Optional.of(true), all.coverageMet());
    assertEquals(Optional.empty(), all.retentionMet());
    assertTrue(all.compliant());
    assertEquals(List.of(SHARE), rules(all));
    assertEquals("One-button alarms work at 12 of 12 required points (100.00 %), meeting the required 100 %.",
        all.findings().get(0).message().en());
    DefenceMeasureResult short1 = coverage(MINHANG, 11, 12);
    assertEquals(Optional.of(false), short1.coverageMet());
    Finding f = short1.findings().get(0);
    assertEquals(DefenceMeasures.COVERAGE_SHORT, f.code());
    assertEquals(Severity.HIGH, f.severity());
    // 11 / 12 = 0.91666… → 91.67 % shown (two decimals, half to even); the verdict never uses it.
    assertEquals("One-button alarms work at 11 of 12 required points (91.67 %), below the required 100 %: "
        + "1 point(s) without a working alarm.", f.message().en());
    assertEquals("一键式紧急报警装置在 12 个应装点位中的 11 个运行正常（91.67%），低于要求的 100%：1 个点位缺少可用装置。",
        f.message().zh());
    assertEquals(new BigDecimal("11"), f.measured().orElseThrow().value());
    assertEquals(0, new BigDecimal("12").compareTo(f.required().orElseThrow().value()));
    assertEquals(Optional.of(false), coverage(MINHANG, 0, 1).coverageMet());
    assertEquals(Optional.of(true), coverage(MINHANG, 1, 1).coverageMet());
  }

  @Test
  void bothMeasuresReadBothValuesInOrder() {
    DefenceMeasureResult r = MINHANG.assess(SCHOOL, DefenceFacts.of(45, 7, 8));
    assertEquals(List.of(DAYS, SHARE), rules(r));
    assertEquals(Optional.of(true), r.retentionMet());
    assertEquals(Optional.of(false), r.coverageMet());
    assertFalse(r.compliant());
    assertEquals(2, r.findings().size());
    assertEquals(List.of("sh.minhang.defence-measures-2022@1.0.0"),
        r.packs().stream().map(Object::toString).toList());
    assertFalse(MINHANG.assess(SCHOOL, DefenceFacts.of(29, 8, 8)).compliant());
    assertTrue(MINHANG.assess(SCHOOL, DefenceFacts.of(30, 8, 8)).compliant());
  }

  @Test
  void theResultBecomesAnAssessment() {
    DefenceMeasureResult r = MINHANG.assess(SCHOOL, DefenceFacts.of(30, 12, 12));
    Assessment a = r.toAssessment(Instant.parse("2026-03-01T00:00:00Z"));
    assertEquals("anxiao.safety.defence", a.calculator());
    assertEquals(DefenceMeasures.ID, MINHANG.id());
    assertEquals(List.of(DefenceMeasureRule.KIND), MINHANG.requirements());
    assertEquals(2, a.rulesApplied().size());
    assertTrue(MINHANG.toString().startsWith("anxiao.safety.defence 310112"), MINHANG.toString());
    assertEquals(MINHANG.rules(), DefenceMeasures.of(MINHANG.rules(), VerificationPolicy.DEFAULT).rules());
  }

  @Test
  void aShareBelowOneIsComparedExactly() {
    // TEST pack: 0.9. 9 / 10: 9 ≥ 0.9 × 10 = 9 met (on the boundary); 8 / 10: 8 < 9 short;
    // 11 / 12: 11 ≥ 10.8 met; 10 / 12: 10 < 10.8 short. Minimum 7 days: 7 met, 6 short.
    DefenceMeasures m = DefenceMeasures.in(DefenceFixtures.guangdong(VerificationPolicy.DEFAULT,
        DefenceFixtures.measuresPack("test.defence-ninety", 7, "0.9", "OFFICIAL_TEXT")));
    assertEquals(Optional.of(true), coverage(m, 9, 10).coverageMet());
    assertEquals(Optional.of(false), coverage(m, 8, 10).coverageMet());
    assertEquals(Optional.of(true), coverage(m, 11, 12).coverageMet());
    assertEquals(Optional.of(false), coverage(m, 10, 12).coverageMet());
    assertEquals(Optional.of(true), m.assess(SCHOOL, new DefenceFacts(Optional.of(7), Optional.empty())).retentionMet());
    assertEquals(Optional.of(false), m.assess(SCHOOL, new DefenceFacts(Optional.of(6), Optional.empty())).retentionMet());
  }

  @Test
  void anUnverifiedPackIsRefusedUnlessAllowed() {
    var pack = DefenceFixtures.measuresPack("test.defence-unverified", 30, "1", "UNVERIFIED");
    DefenceMeasures strict = DefenceMeasures.in(DefenceFixtures.guangdong(VerificationPolicy.DEFAULT, pack));
    RulePackException e = assertThrows(RulePackException.class, () -> strict.assess(SCHOOL, DefenceFacts.of(30, 1, 1)));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    DefenceMeasures allowed = DefenceMeasures.in(DefenceFixtures.guangdong(VerificationPolicy.ALLOW_UNVERIFIED, pack));
    assertTrue(allowed.assess(SCHOOL, DefenceFacts.of(30, 1, 1)).compliant());
  }

  @Test
  void noPackInForceIsAnError() {
    AnxiaoException e = assertThrows(AnxiaoException.class,
        () -> DefenceMeasures.in(RuleContext.standard(DefenceFixtures.GUANGDONG, DefenceFixtures.DATE)));
    assertEquals("RULE_NOT_FOUND", e.errorCode());
    AnxiaoException before = assertThrows(AnxiaoException.class,
        () -> DefenceMeasures.in(RuleContext.standard(DefenceFixtures.MINHANG, java.time.LocalDate.of(2022, 2, 28))));
    assertEquals("RULE_NOT_FOUND", before.errorCode());
    DefenceMeasures.in(RuleContext.standard(DefenceFixtures.MINHANG, java.time.LocalDate.of(2022, 3, 1)));
  }

  @Test
  void packsOfTheWrongShapeAreRefusedWithTheirPointer() {
    assertRefused("test.defence-zero-days", p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p
        .get("minimumRetentionDays")).put("value", 0), "minimumRetentionDays");
    assertRefused("test.defence-zero-share", p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p
        .get("requiredAlarmCoverage")).put("value", "0"), "requiredAlarmCoverage");
    assertRefused("test.defence-big-share", p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p
        .get("requiredAlarmCoverage")).put("value", "1.01"), "requiredAlarmCoverage");
  }

  private static void assertRefused(String id, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit,
      String parameter) {
    var pack = DefenceFixtures.testPack(DefenceFixtures.MEASURES_PACK, id,
        t -> edit.accept((com.fasterxml.jackson.databind.node.ObjectNode) t.get("parameters")));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> DefenceMeasures.in(
        DefenceFixtures.guangdong(VerificationPolicy.DEFAULT, pack)));
    assertEquals(RulePackException.INVALID, e.errorCode(), e.getMessage());
    assertTrue(e.getMessage().contains(parameter), e.getMessage());
  }

  @Test
  void badFactsAreRefusedNamingTheField() {
    assertField("videoRetentionDays", () -> new DefenceFacts(Optional.of(-1), Optional.empty()));
    assertField("videoRetentionDays", () -> new DefenceFacts(Optional.empty(), Optional.empty()));
    assertField("videoRetentionDays", () -> new DefenceFacts(null, null));
    assertField("required", () -> new AlarmCoverage(0, 0));
    assertField("required", () -> new AlarmCoverage(0, -1));
    assertField("working", () -> new AlarmCoverage(-1, 3));
    assertField("working", () -> new AlarmCoverage(4, 3));
    new AlarmCoverage(3, 3);
    new AlarmCoverage(0, 1);
    assertField("share", () -> new AlarmCoverage(1, 2).reaches(new BigDecimal("-0.1")));
    assertField("share", () -> new AlarmCoverage(1, 2).reaches(new BigDecimal("1.1")));
    assertTrue(new AlarmCoverage(1, 2).reaches(BigDecimal.ZERO));
    assertTrue(new AlarmCoverage(1, 2).reaches(new BigDecimal("0.5")));
    assertFalse(new AlarmCoverage(1, 2).reaches(new BigDecimal("0.51")));
    assertTrue(new AlarmCoverage(2, 2).reaches(BigDecimal.ONE));
    assertEquals(new BigDecimal("33.33"), new AlarmCoverage(1, 3).percent());
    assertEquals(new BigDecimal("66.67"), new AlarmCoverage(2, 3).percent());
    assertThrows(MissingValueException.class, () -> MINHANG.assess(null, DefenceFacts.of(1, 1, 1)));
    assertThrows(MissingValueException.class, () -> MINHANG.assess(SCHOOL, null));
    assertThrows(MissingValueException.class, () -> DefenceMeasures.in(null));
  }

  private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
    AnxiaoException e = assertThrows(AnxiaoException.class, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
  }
}

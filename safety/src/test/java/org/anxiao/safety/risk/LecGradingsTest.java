package org.anxiao.safety.risk;

import static org.anxiao.safety.risk.RiskFixtures.SUBJECT;
import static org.anxiao.safety.risk.RiskFixtures.factors;
import static org.anxiao.safety.risk.RiskFixtures.lec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the LEC method (作业条件危险性评价法) under the customary pack
 * {@code cn.customary.lec} (safety.md §2): tables L 10/6/3/1/0.5/0.2/0.1, E 10/6/3/2/1/0.5, C
 * 100/40/15/7/3/1; bands D &gt; 320 极其危险 → 重大, 160–320 高度危险 → 较大, 70–160 显著危险 → 一般,
 * 20–70 一般危险 → 低, &lt; 20 稍有危险 → 低; a D on a limit goes to the higher band.
 */
class LecGradingsTest {

  private static LecGrade grade(String l, String e, String c) {
    return lec().grade(SUBJECT, factors(l, e, c));
  }

  @Test
  void extremelyDangerousIsMajorRisk() {
    // L 10 完全可以预料 × E 6 每天工作时间内暴露 × C 15 非常严重 = 900 > 320 → 极其危险 → 重大风险
    LecGrade g = grade("10", "6", "15");
    assertEquals(0, new BigDecimal("900").compareTo(g.score()));
    assertEquals(LecDangerBand.EXTREME, g.band());
    assertEquals(RiskLevel.MAJOR, g.level());
  }

  @Test
  void highlyDangerousIsSignificantRisk() {
    // 3 × 6 × 15 = 270; 160 ≤ 270 < 320 → 高度危险 → 较大风险
    LecGrade g = grade("3", "6", "15");
    assertEquals(0, new BigDecimal("270").compareTo(g.score()));
    assertEquals(LecDangerBand.HIGH, g.band());
    assertEquals(RiskLevel.SIGNIFICANT, g.level());
  }

  @Test
  void substantiallyDangerousIsGeneralRisk() {
    // 3 × 6 × 7 = 126; 70 ≤ 126 < 160 → 显著危险 → 一般风险
    LecGrade g = grade("3", "6", "7");
    assertEquals(0, new BigDecimal("126").compareTo(g.score()));
    assertEquals(LecDangerBand.SUBSTANTIAL, g.band());
    assertEquals(RiskLevel.GENERAL, g.level());
  }

  @Test
  void possiblyDangerousIsLowRisk() {
    // 1 × 6 × 7 = 42; 20 ≤ 42 < 70 → 一般危险 → 低风险
    LecGrade g = grade("1", "6", "7");
    assertEquals(0, new BigDecimal("42").compareTo(g.score()));
    assertEquals(LecDangerBand.POSSIBLE, g.band());
    assertEquals(RiskLevel.LOW, g.level());
  }

  @Test
  void slightlyDangerousIsLowRisk() {
    // 1 × 3 × 3 = 9 < 20 → 稍有危险 → 低风险
    LecGrade g = grade("1", "3", "3");
    assertEquals(0, new BigDecimal("9").compareTo(g.score()));
    assertEquals(LecDangerBand.SLIGHT, g.band());
    assertEquals(RiskLevel.LOW, g.level());
  }

  @Test
  void fractionalScoresMultiplyExactly() {
    // 0.5 × 0.5 × 1 = 0.25 exactly (no binary rounding) → 稍有危险
    LecGrade g = grade("0.5", "0.5", "1");
    assertEquals(new BigDecimal("0.25"), g.score().stripTrailingZeros());
    assertEquals(LecDangerBand.SLIGHT, g.band());
    // 0.1 × 2 × 100 = 20.0 exactly on the limit → 一般危险 under the higher reading
    assertEquals(LecDangerBand.POSSIBLE, grade("0.1", "2", "100").band());
  }

  @Test
  void aScoreOnSeventyIsSubstantialUnderTheHigherReadingAndPossibleUnderTheLower() {
    // 10 × 1 × 7 = 70 exactly: customary (HIGHER) → 显著危险 → 一般; TEST pack (LOWER) → 一般危险 → 低
    LecGrade higher = grade("10", "1", "7");
    assertEquals(LecDangerBand.SUBSTANTIAL, higher.band());
    assertEquals(RiskLevel.GENERAL, higher.level());
    LecGrade lower = RiskFixtures.lecLowerBoundary().grade(SUBJECT, factors("10", "1", "7"));
    assertEquals(LecDangerBand.POSSIBLE, lower.band());
    assertEquals(RiskLevel.LOW, lower.level());
  }

  @Test
  void aScoreOnTwentyIsPossibleUnderTheHigherReadingAndSlightUnderTheLower() {
    // 10 × 2 × 1 = 20 exactly: HIGHER → 一般危险; LOWER → 稍有危险; both → 低
    assertEquals(LecDangerBand.POSSIBLE, grade("10", "2", "1").band());
    LecGrade lower = RiskFixtures.lecLowerBoundary().grade(SUBJECT, factors("10", "2", "1"));
    assertEquals(LecDangerBand.SLIGHT, lower.band());
    assertEquals(RiskLevel.LOW, lower.level());
  }

  @Test
  void withTheCustomaryTablesOnlySeventyAndTwentyAreReachedExactly() {
    // 320 and 160 are no product of listed scores: the nearest are 300 (10×10×3) / 360 (3×3×40) and
    // 150 (10×1×15) / 180 (10×6×3).
    assertEquals(LecDangerBand.HIGH, grade("10", "10", "3").band());
    assertEquals(LecDangerBand.EXTREME, grade("3", "3", "40").band());
    assertEquals(LecDangerBand.SUBSTANTIAL, grade("10", "1", "15").band());
    assertEquals(LecDangerBand.HIGH, grade("10", "6", "3").band());
  }

  @Test
  void aScoreNotInItsTableIsAnUnknownCodeNamingTheField() {
    UnknownCodeException l = assertThrows(UnknownCodeException.class, () -> grade("4", "6", "15"));
    assertEquals(Optional.of("likelihood"), l.field());
    assertEquals(Optional.of("4"), l.value());
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> grade("3", "5", "15"));
    assertEquals(Optional.of("exposure"), e.field());
    UnknownCodeException c = assertThrows(UnknownCodeException.class, () -> grade("3", "6", "10"));
    assertEquals(Optional.of("consequence"), c.field());
    assertEquals(UnknownCodeException.CODE, c.errorCode());
  }

  @Test
  void aListedScoreWrittenWithAnotherScaleIsTheSameScore() {
    // 3.0 × 6.00 × 15 = 270.000: 3.0 is the listed 3
    LecGrade g = grade("3.0", "6.00", "15");
    assertEquals(LecDangerBand.HIGH, g.band());
    assertEquals(Optional.of(LocalizedText.of("可能，但不经常", "possible but unusual")), g.meaning(LecFactor.LIKELIHOOD));
  }

  @Test
  void theMeaningOfEachListedScoreIsReported() {
    LecGrade g = grade("6", "2", "40");
    assertEquals("相当可能", g.meaning(LecFactor.LIKELIHOOD).orElseThrow().zh());
    assertEquals("monthly", g.meaning(LecFactor.EXPOSURE).orElseThrow().en());
    assertEquals("灾难，数人死亡", g.meaning(LecFactor.CONSEQUENCE).orElseThrow().zh());
  }

  @Test
  void interpolationAcceptsScoresWithinEachTablesRangeOnly() {
    LecGradings lec = RiskFixtures.lecInterpolating();
    // 4 is not listed but lies in 0.1–10: 4 × 6 × 15 = 360 > 320 → 极其危险; no meaning for L
    LecGrade g = lec.grade(SUBJECT, factors("4", "6", "15"));
    assertEquals(LecDangerBand.EXTREME, g.band());
    assertEquals(Optional.empty(), g.meaning(LecFactor.LIKELIHOOD));
    assertTrue(g.meaning(LecFactor.EXPOSURE).isPresent());
    // the ends of each range are accepted: L 0.1 and 10, E 0.5 and 10, C 1 and 100
    assertEquals(0, new BigDecimal("0.05").compareTo(lec.grade(SUBJECT, factors("0.1", "0.5", "1")).score()));
    assertEquals(0, new BigDecimal("10000").compareTo(lec.grade(SUBJECT, factors("10", "10", "100")).score()));
    // just outside: INVALID_VALUE naming the field
    InvalidValueException above = assertThrows(InvalidValueException.class,
        () -> lec.grade(SUBJECT, factors("10.01", "6", "15")));
    assertEquals(Optional.of("likelihood"), above.field());
    assertEquals(InvalidValueException.CODE, above.errorCode());
    InvalidValueException below = assertThrows(InvalidValueException.class,
        () -> lec.grade(SUBJECT, factors("3", "0.49", "15")));
    assertEquals(Optional.of("exposure"), below.field());
    InvalidValueException c = assertThrows(InvalidValueException.class,
        () -> lec.grade(SUBJECT, factors("3", "6", "0.99")));
    assertEquals(Optional.of("consequence"), c.field());
    assertThrows(InvalidValueException.class, () -> lec.grade(SUBJECT, factors("3", "6", "100.5")));
  }

  @Test
  void theResultRecordsEachValueReadInOrder() {
    // 3 × 6 × 15 = 270: the tables, the switch, the boundary reading, the thresholds compared (320: no;
    // 160: yes) and the level of 高度危险
    LecGrade g = grade("3", "6", "15");
    assertEquals(List.of("likelihoodScale", "exposureScale", "consequenceScale", "allowInterpolation", "boundary",
        "extremeThreshold", "highThreshold", "highLevel"), g.rules().stream().map(AppliedRule::parameter).toList());
    assertEquals(List.of(PackRef.of("cn.customary.lec", "1.0.0")), g.packs());
    // 9 < 20: every threshold compared, then the level of 稍有危险
    assertEquals(List.of("extremeThreshold", "highThreshold", "substantialThreshold", "possibleThreshold",
        "slightLevel"), grade("1", "3", "3").rules().stream().skip(5).map(AppliedRule::parameter).toList());
  }

  @Test
  void theGradeBecomesAnAssessmentWithABilingualFinding() {
    LecGrade g = grade("3", "6", "15");
    assertEquals(LecGradings.ID, g.calculator());
    assertEquals(g.rules(), g.rulesApplied());
    Finding f = g.findings().get(0);
    assertEquals(LecGradings.LEC_GRADED, f.code());
    assertEquals(Severity.HIGH, f.severity());
    assertEquals("LEC: D = L × E × C = 3 × 6 × 15 = 270: highly dangerous, significant risk.", f.message().en());
    assertEquals("作业条件危险性评价：D = L × E × C = 3 × 6 × 15 = 270，高度危险，较大风险。", f.message().zh());
    Assessment a = g.toAssessment(Instant.parse("2026-03-01T08:00:00Z"));
    assertEquals("anxiao.safety.lec", a.calculator());
    assertEquals(g.rules(), a.rulesApplied());
    assertEquals(g.inputs(), new LecGrade.Inputs(SUBJECT, g.factors()));
    assertEquals(a.inputsDigest(), grade("3", "6", "15").toAssessment(Instant.EPOCH).inputsDigest());
  }

  @Test
  void theFindingSeverityFollowsTheLevel() {
    assertEquals(Severity.CRITICAL, grade("10", "6", "15").findings().get(0).severity());
    assertEquals(Severity.LOW, grade("3", "6", "7").findings().get(0).severity());
    assertEquals(Severity.INFO, grade("1", "3", "3").findings().get(0).severity());
  }

  @Test
  void theCalculatorNamesItsKindAndRule() {
    LecGradings lec = lec();
    assertEquals(LecGradings.ID, lec.id());
    assertEquals(List.of(LecRule.KIND), lec.requirements());
    assertEquals(List.of(PackRef.of("cn.customary.lec", "1.0.0")), lec.rules().packs());
    LecGradings same = LecGradings.of(lec.rules(), org.anxiao.core.rule.VerificationPolicy.DEFAULT);
    assertEquals(grade("3", "6", "15").band(), same.grade(SUBJECT, factors("3", "6", "15")).band());
    assertTrue(lec.toString().startsWith("anxiao.safety.lec CN 2026-03-01"), lec.toString());
  }
}

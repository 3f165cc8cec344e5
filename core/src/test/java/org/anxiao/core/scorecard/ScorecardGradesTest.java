package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.finding.Severity;
import org.junit.jupiter.api.Test;

/**
 * The grade: by score at each band's boundary, the veto grade a checklist names (which lowers a
 * grade but never raises it), and the floor of an item scored by deductions.
 */
class ScorecardGradesTest {
  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }

  /** a1, a2 full; b1 and b2 as given; b3 (the veto item) full or vetoed. Total = 40 + b1 + b2 + b3. */
  private static Scorecard score(Checklist c, String b1, String b2, boolean veto) {
    return Scorecards.score(c, SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"), ItemResponse.scored("b1", b1),
        ItemResponse.scored("b2", b2), veto ? ItemResponse.vetoed("b3", "发生责任事故") : ItemResponse.scored("b3", "10")));
  }

  private static Checklist vetoGrade(String code) {
    return Checklist.builder().from(checklist()).vetoGrade(code).build();
  }

  @Test
  void eachBandStartsAtItsMinimum() {
    assertEquals("FAIL", score(checklist(), "0", "9.99", false).gradeByScore().code(), "59.99");
    assertEquals("PASS", score(checklist(), "0", "10", false).gradeByScore().code(), "60");
    assertEquals("PASS", score(checklist(), "0", "24.99", false).grade().code(), "74.99");
    assertEquals("GOOD", score(checklist(), "0", "25", false).grade().code(), "75");
    assertEquals("GOOD", score(checklist(), "20", "19.99", false).grade().code(), "89.99");
    assertEquals("EXCELLENT", score(checklist(), "20", "20", false).grade().code(), "90");
    assertEquals("EXCELLENT", score(checklist(), "20", "30", false).grade().code(), "100");
  }

  @Test
  void aNamedVetoGradeReplacesAHigherGrade() {
    Scorecard s = score(vetoGrade("PASS"), "20", "30", true);
    assertDecimal("90", s.total());
    assertEquals("EXCELLENT", s.gradeByScore().code());
    assertEquals("PASS", s.grade().code(), "the checklist's own veto grade, not the lowest");
    assertTrue(s.vetoed());
    assertEquals(Severity.CRITICAL, s.findings().get(0).severity());
    assertTrue(s.findings().get(0).message().zh().contains("合格"), s.findings().get(0).message().zh());
    assertFalse(s.findings().get(0).message().zh().contains("不合格"), s.findings().get(0).message().zh());
  }

  @Test
  void aNamedVetoGradeNeverRaisesALowerGrade() {
    Scorecard s = score(vetoGrade("GOOD"), "0", "10", true);
    assertDecimal("50", s.total());
    assertEquals("FAIL", s.gradeByScore().code());
    assertEquals("FAIL", s.grade().code(), "a veto never raises the grade the score earned");
    Scorecard same = score(vetoGrade("GOOD"), "20", "15", true);
    assertDecimal("75", same.total());
    assertEquals("GOOD", same.grade().code(), "veto grade and grade by score agree");
    assertTrue(same.vetoed());
  }

  @Test
  void withoutANamedVetoGradeAVetoGivesTheLowestGrade() {
    Scorecard s = score(checklist(), "20", "25", true);
    assertEquals("GOOD", s.gradeByScore().code());
    assertEquals("FAIL", s.grade().code());
    Scorecard lowest = score(vetoGrade("FAIL"), "20", "25", true);
    assertEquals("FAIL", lowest.grade().code());
  }

  @Test
  void withoutAVetoTheNamedVetoGradeDoesNothing() {
    Scorecard s = score(vetoGrade("PASS"), "20", "30", false);
    assertEquals("EXCELLENT", s.grade().code());
    assertFalse(s.vetoed());
    assertEquals(List.of(), s.vetoItems());
  }

  @Test
  void deductionsThatExceedTheMaximumLeaveZeroNotLess() {
    Scorecard over = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"),
        ItemResponse.deducted("b1", new Deduction(new BigDecimal("15"), "缺失"), new Deduction(new BigDecimal("10"), "过期")),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10")));
    assertDecimal("0", over.sections().get(1).items().get(0).score().orElseThrow());
    assertDecimal("80", over.total());
    Scorecard exact = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"),
        ItemResponse.deducted("b1", new Deduction(new BigDecimal("20"), "缺失")),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10")));
    assertDecimal("0", exact.sections().get(1).items().get(0).score().orElseThrow());
    assertDecimal("80", exact.total());
    Scorecard partial = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"),
        ItemResponse.deducted("b1", new Deduction(new BigDecimal("19.5"), "缺失")),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10")));
    assertDecimal("0.5", partial.sections().get(1).items().get(0).score().orElseThrow());
    assertDecimal("80.5", partial.total());
    assertEquals(Severity.LOW, partial.findings().get(0).severity());
  }

  @Test
  void aScoreEqualToTheMaximumIsNoShortfallAndAVetoItemShortfallIsHigh() {
    Scorecard full = score(checklist(), "20", "30", false);
    assertEquals(List.of(), full.findings());
    Scorecard vetoItemShort = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"), ItemResponse.scored("b1", "20"),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "9")));
    assertEquals(1, vetoItemShort.findings().size());
    assertEquals(Severity.HIGH, vetoItemShort.findings().get(0).severity());
    assertFalse(vetoItemShort.vetoed());
  }
}

package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ScorecardsTest {
  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }

  @Test
  void workedExample() {
    // a1 = 8/10, a2 = 7/10 (weight 2): A = (8 + 2×7) × 40 / (10 + 2×10) = 22 × 40 / 30 = 29.333…
    // b1 = 20 − 3 − 2 = 15, b2 = 30, b3 = 10: B = 55 (points = 60, no re-normalisation)
    // total = (29.333… + 55) × 100 / 100 = 84.333… → 良好 (75 ≤ t < 90)
    Scorecard s = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "8"), ItemResponse.scored("a2", "7"),
        ItemResponse.deducted("b1", new Deduction(new BigDecimal("3"), "灭火器过期"), new Deduction(new BigDecimal("2"), "台账缺失")),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10")));
    assertDecimal("29.33333333333333", s.sections().get(0).score());
    assertDecimal("55", s.sections().get(1).score());
    assertDecimal("84.33333333333333", s.total());
    assertDecimal("84.33", s.totalRounded(2));
    assertEquals("GOOD", s.grade().code());
    assertFalse(s.vetoed());
    assertEquals(3, s.findings().size(), "a1, a2 and b1 fell short");
    assertEquals("检查项“a1”（项目a1）得分 8，满分 10。", s.findings().get(0).message().zh());
    assertEquals("Item \"a1\" (item a1) scored 8 of 10.", s.findings().get(0).message().en());
  }

  @Test
  void notApplicableItemsAreRenormalised() {
    // b2 N/A: B = (20 + 10) × 60 / (20 + 10) = 60 — the section keeps its full points.
    Scorecard s = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"),
        ItemResponse.scored("b1", "20"), ItemResponse.notApplicable("b2"), ItemResponse.scored("b3", "10")));
    assertDecimal("100", s.total());
    assertDecimal("30", s.sections().get(1).applicableWeightedMax());
    assertEquals("EXCELLENT", s.grade().code());
  }

  @Test
  void wholeSectionNotApplicableDropsOut() {
    // A N/A: total = B × 100 / 60. B = 10 + 30 + 10 = 50 → 83.333…
    Scorecard s = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.notApplicable("a1"), ItemResponse.notApplicable("a2"),
        ItemResponse.scored("b1", "10"), ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10")));
    assertFalse(s.sections().get(0).applicable());
    assertDecimal("83.33333333333333", s.total());
  }

  @Test
  void vetoFailsTheEvaluationWhateverTheScore() {
    Scorecard s = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"), ItemResponse.scored("b1", "20"),
        ItemResponse.scored("b2", "30"), ItemResponse.vetoed("b3", "发生责任事故")));
    assertDecimal("90", s.total());
    assertEquals("EXCELLENT", s.gradeByScore().code());
    assertEquals("FAIL", s.grade().code());
    assertTrue(s.vetoed());
    assertEquals(List.of("b3"), s.vetoItems());
    assertEquals(Severity.CRITICAL, s.findings().get(0).severity());
    assertTrue(s.findings().get(0).message().zh().contains("不合格"), s.findings().get(0).message().zh());
  }

  @Test
  void deductionsStopAtZero() {
    Scorecard s = Scorecards.score(checklist(), SCHOOL, List.of(
        ItemResponse.scored("a1", "10"), ItemResponse.scored("a2", "10"),
        ItemResponse.deducted("b1", new Deduction(new BigDecimal("50"), "全部缺失")),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10")));
    assertDecimal("0", s.sections().get(1).items().get(0).score().orElseThrow());
    assertDecimal("80", s.total());
  }

  @Test
  void badResponsesAreRejectedNamingTheItem() {
    Checklist c = checklist();
    MissingValueException missing = assertThrows(MissingValueException.class, () -> Scorecards.score(c, SCHOOL,
        List.of(ItemResponse.scored("a1", "10"))));
    assertEquals("MISSING_VALUE", missing.errorCode());
    assertEquals("responses[a2]", missing.field().orElseThrow());
    assertThrows(UnknownCodeException.class, () -> Scorecards.score(c, SCHOOL, List.of(ItemResponse.scored("zz", "1"))));
    InvalidValueException tooHigh = assertThrows(InvalidValueException.class, () -> Scorecards.score(c, SCHOOL, List.of(
        ItemResponse.scored("a1", "11"), ItemResponse.scored("a2", "10"), ItemResponse.scored("b1", "20"),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10"))));
    assertTrue(tooHigh.getMessage().contains("a1"), tooHigh.getMessage());
    assertThrows(InvalidValueException.class, () -> Scorecards.score(c, SCHOOL, List.of(
        ItemResponse.scored("a1", "1"), ItemResponse.scored("a1", "1"))), "duplicate");
    assertThrows(InvalidValueException.class, () -> Scorecards.score(c, SCHOOL, List.of(
        ItemResponse.vetoed("a1", "x"), ItemResponse.scored("a2", "10"), ItemResponse.scored("b1", "20"),
        ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10"))), "veto on a non-veto item");
    assertThrows(InvalidValueException.class, () -> Scorecards.score(c, SCHOOL, ScorecardFixtures.itemIds().stream()
        .map(ItemResponse::notApplicable).toList()), "nothing applies");
    assertThrows(InvalidValueException.class, () -> ItemResponse.scored("a1", "-1"));
  }

  @Test
  void unverifiedChecklistsNeedConsent() {
    Checklist unverified = Checklist.builder().from(checklist())
        .pack(org.anxiao.core.rule.PackRef.of("test.sheet", "1"))
        .source(org.anxiao.core.rule.Citation.of("测试", "测试表", 2024))
        .verification(org.anxiao.core.rule.Verification.UNVERIFIED).build();
    List<ItemResponse> rs = ScorecardFixtures.itemIds().stream().map(id -> ItemResponse.scored(id, "1")).toList();
    org.anxiao.core.error.RulePackException e = assertThrows(org.anxiao.core.error.RulePackException.class,
        () -> Scorecards.score(unverified, SCHOOL, rs));
    assertEquals(org.anxiao.core.error.RulePackException.UNVERIFIED, e.errorCode());
    Scorecard s = Scorecards.score(unverified, SCHOOL, rs, org.anxiao.core.rule.VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals("test.sheet", s.pack().orElseThrow().id());
    assertEquals(org.anxiao.core.rule.Verification.UNVERIFIED, s.findings().get(0).rules().get(0).verification());
  }

  @Test
  void checklistInvariants() {
    Checklist c = checklist();
    assertThrows(InvalidValueException.class, () -> Checklist.builder().from(c).grades(List.of(
        new GradeBand("PASS", LocalizedText.of("合格", "pass"), new BigDecimal("60")))).build(), "no grade from 0");
    assertThrows(InvalidValueException.class, () -> Checklist.builder().from(c).vetoGrade("NOPE").build());
    assertThrows(InvalidValueException.class, () -> Checklist.builder().from(c).addSections(c.sections().get(0)).build(),
        "duplicate section");
  }

  @Test
  void checklistAndScorecardRoundTripThroughJson() {
    Checklist c = checklist();
    assertEquals(c, AnxiaoJson.strict().read(AnxiaoJson.strict().write(c), Checklist.class));
    Scorecard s = Scorecards.score(c, SCHOOL, List.of(ItemResponse.scored("a1", "8"), ItemResponse.scored("a2", "7"),
        ItemResponse.scored("b1", "15"), ItemResponse.scored("b2", "30"), ItemResponse.vetoed("b3", "事故")));
    assertEquals(s, AnxiaoJson.strict().read(AnxiaoJson.strict().write(s), Scorecard.class));
  }
}

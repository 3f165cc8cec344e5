package org.anxiao.core.scorecard;

import static org.anxiao.core.scorecard.ScorecardFixtures.SCHOOL;
import static org.anxiao.core.scorecard.ScorecardFixtures.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.PackVersion;
import org.anxiao.core.rule.Parameter;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Scoring through the calculator contract: a checklist kind bound at registration, the policy, the assessment. */
class ScorecardCalculatorTest {
  private static final RuleKind<RuleValue<Checklist>> KIND = Scorecards.checklistKind("anxiao.test.safe-campus-sheet");
  private static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  private static final List<ItemResponse> RESPONSES = List.of(ItemResponse.scored("a1", "8"), ItemResponse.scored("a2", "7"),
      ItemResponse.scored("b1", "15"), ItemResponse.scored("b2", "30"), ItemResponse.scored("b3", "10"));

  private static RulePack pack(Verification verification, String checklistJson) {
    return RulePack.builder().id("mh.safe-campus-sheet").version(PackVersion.of("2024.1")).kind(KIND.id())
        .title(LocalizedText.of("平安校园检查表", "safe campus sheet")).jurisdiction(MINHANG)
        .validFrom(LocalDate.of(2024, 1, 1)).source(Citation.of("某区教育局", "某文件", 2024).atClause("附件"))
        .verification(verification)
        .putParameters("checklist", new Parameter.Structure(checklistJson, Optional.empty(), Optional.empty(), Optional.empty()))
        .build();
  }

  private static RuleContext context(RulePack pack) {
    RulePackRegistry registry = RulePackRegistry.builder().kind(KIND).add(pack).build();
    return RuleContext.of(registry, MINHANG, LocalDate.of(2024, 10, 15));
  }

  @Test
  void scoresWithTheChecklistInForceAndRecordsIt() {
    Scorecards scorer = Scorecards.in(context(pack(Verification.SECONDARY, AnxiaoJson.strict().write(checklist()))), KIND);
    assertEquals(List.of(KIND), scorer.requirements());
    assertEquals("anxiao.core.scorecard", scorer.id().value());
    assertEquals(Optional.of(PackRef.of("mh.safe-campus-sheet", "2024.1")), scorer.checklist().pack());

    Scorecard card = scorer.score(SCHOOL, RESPONSES);
    // A: (8·1 + 7·2) / 30 × 40 = 29.333…; B: (15 + 30 + 10) / 60 × 60 = 55; total 84.333… → GOOD.
    assertEquals(0, card.total().compareTo(Scorecards.score(checklist(), SCHOOL, RESPONSES).total()));
    assertEquals("GOOD", card.grade().code());
    AppliedRule recorded = card.rulesApplied().get(0);
    assertEquals(1, card.rulesApplied().size());
    assertEquals("checklist", recorded.parameter());
    assertEquals("test.safe-campus", recorded.value());
    assertEquals(Optional.of("附件"), recorded.citation().clause());

    Assessment a = card.toAssessment(Instant.parse("2024-10-15T02:00:00Z"));
    assertEquals("anxiao.core.scorecard", a.calculator());
    assertEquals(List.of(PackRef.of("mh.safe-campus-sheet", "2024.1")), a.packs());
    assertEquals(AnxiaoJson.strict().digest(card.responses()), a.inputsDigest());
    assertEquals(card.findings(), a.findings());
  }

  @Test
  void responseOrderDoesNotChangeTheInputsDigest() {
    Scorecards scorer = Scorecards.in(context(pack(Verification.SECONDARY, AnxiaoJson.strict().write(checklist()))), KIND);
    List<ItemResponse> reversed = new java.util.ArrayList<>(RESPONSES);
    java.util.Collections.reverse(reversed);
    Instant at = Instant.parse("2024-10-15T02:00:00Z");
    assertEquals(scorer.score(SCHOOL, RESPONSES).toAssessment(at), scorer.score(SCHOOL, reversed).toAssessment(at));
  }

  @Test
  void anUnverifiedChecklistIsRefusedWithoutConsent() {
    RuleContext context = context(pack(Verification.UNVERIFIED, AnxiaoJson.strict().write(checklist())));
    RulePackException e = assertThrows(RulePackException.class, () -> Scorecards.in(context, KIND).score(SCHOOL, RESPONSES));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    assertEquals(Optional.of("mh.safe-campus-sheet@2024.1/checklist"), e.field());
    Scorecard allowed = Scorecards.in(context.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED), KIND).score(SCHOOL, RESPONSES);
    assertEquals(Verification.UNVERIFIED, allowed.rulesApplied().get(0).verification());
  }

  @Test
  void aChecklistThatDoesNotBindIsRefusedAtRegistration() {
    String broken = AnxiaoJson.strict().write(checklist()).replace("\"maxScore\":\"100\"", "\"maxScore\":\"100\",\"maxScor\":\"1\"");
    assertTrue(broken.contains("maxScor\""), broken);
    RulePackException e = assertThrows(RulePackException.class,
        () -> RulePackRegistry.builder().kind(KIND).add(pack(Verification.SECONDARY, broken)).build());
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertTrue(e.field().orElseThrow().startsWith("mh.safe-campus-sheet@2024.1#/parameters/checklist/value"),
        e.field().toString());
  }

  @Test
  void oneIdGivesOneKindAndItBinds() {
    assertSame(KIND, Scorecards.checklistKind("anxiao.test.safe-campus-sheet"));
    RuleContext context = context(pack(Verification.SECONDARY, AnxiaoJson.strict().write(checklist())));
    assertEquals("GOOD", Scorecards.in(context, Scorecards.checklistKind("anxiao.test.safe-campus-sheet"))
        .score(SCHOOL, RESPONSES).grade().code());
  }

  @Test
  void aStatedVerificationIsHeldToThePolicyEvenWithoutAPackRecord() {
    Checklist noSource = Checklist.builder().from(checklist()).verification(Verification.UNVERIFIED).build();
    RulePackException e = assertThrows(RulePackException.class, () -> Scorecards.score(noSource, SCHOOL, RESPONSES));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
  }

  @Test
  void aCallersOwnChecklistIsPartOfTheInputs() {
    Checklist other = Checklist.builder().from(checklist()).grades(List.of(
        new GradeBand("FAIL", LocalizedText.of("不合格", "fail"), java.math.BigDecimal.ZERO),
        new GradeBand("PASS", LocalizedText.of("合格", "pass"), new java.math.BigDecimal("50")))).build();
    Instant at = Instant.parse("2024-10-15T02:00:00Z");
    Scorecard a = Scorecards.score(checklist(), SCHOOL, RESPONSES);
    Scorecard b = Scorecards.score(other, SCHOOL, RESPONSES);
    assertEquals(Optional.of(AnxiaoJson.strict().digest(checklist())), a.checklistDigest());
    assertNotEquals(a.toAssessment(at).inputsDigest(), b.toAssessment(at).inputsDigest());
    Scorecard fromPack = Scorecards.in(context(pack(Verification.SECONDARY, AnxiaoJson.strict().write(checklist()))), KIND)
        .score(SCHOOL, RESPONSES);
    assertEquals(Optional.empty(), fromPack.checklistDigest(), "a pack's checklist is recorded by its rule value");
  }
}

package org.anxiao.safety.fire;

import static org.anxiao.safety.fire.FireCases.FIRST_2025;
import static org.anxiao.safety.fire.FireCases.LAST_2017;
import static org.anxiao.safety.fire.FireCases.Y2024;
import static org.anxiao.safety.fire.FireCases.Y2026;
import static org.anxiao.safety.fire.FireCases.building;
import static org.anxiao.safety.fire.FireCases.declared;
import static org.anxiao.safety.fire.FireCases.engine;
import static org.anxiao.safety.fire.FireCases.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of GB 35181-2017 (重大火灾隐患判定方法) as encoded in the pack
 * {@code cn.gb35181-2017.major-fire-hazard}: ch. 6 direct elements, ch. 8 counting rules, 5.1.3
 * exclusions; and the choice of edition by date.
 */
class MajorFireHazardsTest {
  private static final List<String> CROWDED_LIST = List.of("7.3.1", "7.3.2", "7.3.3", "7.3.4", "7.3.5", "7.3.6",
      "7.3.7", "7.3.8", "7.3.9", "7.5", "7.9.3");

  @Test
  void aKindergartenOnAStoreyNotAllowedIsMajorByTheDirectElement69() {
    // 6.9: 托儿所、幼儿园的儿童用房 on a storey the fire code does not allow — one direct element decides.
    MajorFireHazardDetermination d = engine(Y2024).determine(of(BuildingUse.KINDERGARTEN, "6.9"));
    assertEquals(Outcome.MAJOR_BY_DIRECT_ELEMENT, d.outcome());
    assertTrue(d.major());
    assertEquals(List.of("6.9"), d.directElements().stream().map(HazardElement::id).toList());
    assertEquals("GB 35181-2017", d.edition());
    assertTrue(d.crowdedPlace().crowded(), "a kindergarten is a crowded place (消防法 art. 73)");
    assertEquals(Set.of(PremisesType.CROWDED), d.premises());
    assertEquals(1, d.findings().size());
    assertEquals(MajorFireHazards.MAJOR_BY_DIRECT_ELEMENT, d.findings().get(0).code());
    assertEquals(Severity.CRITICAL, d.findings().get(0).severity());
    assertTrue(d.findings().get(0).message().zh().contains("6.9"), d.findings().get(0).message().zh());
    assertTrue(d.findings().get(0).message().en().contains("6.9"), d.findings().get(0).message().en());
    assertTrue(d.decidingRule().isEmpty());
  }

  @Test
  void aTeachingBuildingWithExactlyThreeListedElementsIsMajorByCount() {
    // 8 (crowded places): 7.3.1 + 7.5 + 7.9.3 are 3 of the list 7.3.1–7.3.9, 7.5, 7.9.3; 3 ≥ 3 (含本数).
    MajorFireHazardDetermination d = engine(Y2024).determine(of(BuildingUse.TEACHING, "7.3.1", "7.5", "7.9.3"));
    assertEquals(Outcome.MAJOR_BY_COUNT, d.outcome());
    RuleCount rule = d.decidingRule().orElseThrow();
    assertEquals("countingRule1", rule.parameter());
    assertEquals(List.of("7.3.1", "7.5", "7.9.3"), rule.counted());
    assertEquals(3, rule.count());
    assertEquals(3, rule.rule().atLeast());
    assertEquals(Verification.SECONDARY, rule.verification());
    assertEquals(MajorFireHazards.MAJOR_BY_COUNT, d.findings().get(0).code());
    assertTrue(d.findings().get(0).message().zh().contains("3 条"), d.findings().get(0).message().zh());
    // The rule for any 4 ch. 7 elements (UNVERIFIED) also concerns crowded places: skipped by default.
    RuleCount any4 = d.counts().get(2);
    assertEquals(CountStatus.SKIPPED_UNVERIFIED, any4.status());
    assertEquals(3, any4.count());
    assertFalse(any4.thresholdReached(), "3 < 4");
    assertEquals(CountStatus.NOT_APPLICABLE, d.counts().get(1).status(), "the flammable-goods rule");
    assertEquals(CountStatus.NOT_APPLICABLE, d.counts().get(3).status(), "the other-premises rule");
  }

  @Test
  void twoListedElementsAreNotEnough() {
    // 7.3.2 + 7.3.9: 2 < 3.
    MajorFireHazardDetermination d = engine(Y2024).determine(of(BuildingUse.TEACHING, "7.3.2", "7.3.9"));
    assertEquals(Outcome.NOT_MAJOR, d.outcome());
    assertEquals(CountStatus.NOT_MET, d.counts().get(0).status());
    assertEquals(2, d.counts().get(0).count());
    assertFalse(d.notMajorOnlyBecauseUnverifiedRulesSkipped());
    assertTrue(d.findings().isEmpty());
  }

  @Test
  void theSameThreeElementsOutsideTheListDoNotCountForCrowdedPlaces() {
    // 7.1.1, 7.2.1, 7.6.1 are ch. 7 elements but none is in 7.3.1–7.3.9, 7.5, 7.9.3: the crowded-place
    // rule counts 0 < 3; the any-4 rule (UNVERIFIED) counts 3 < 4 and is skipped anyway.
    MajorFireHazardDetermination d = engine(Y2024).determine(of(BuildingUse.TEACHING, "7.1.1", "7.2.1", "7.6.1"));
    assertEquals(Outcome.NOT_MAJOR, d.outcome());
    assertEquals(0, d.counts().get(0).count());
    assertEquals(CountStatus.NOT_MET, d.counts().get(0).status());
    assertFalse(d.notMajorOnlyBecauseUnverifiedRulesSkipped(), "3 < 4 under the skipped rule too");
  }

  @Test
  void fourElementsOutsideTheListAreNotMajorOnlyBecauseTheUnverifiedRuleWasSkipped() {
    // 7.1.1, 7.2.1, 7.6.1, 7.8.1: 0 of the listed ones; 4 ch. 7 elements ≥ 4 under the UNVERIFIED rule.
    HazardCase c = of(BuildingUse.TEACHING, "7.1.1", "7.2.1", "7.6.1", "7.8.1");
    MajorFireHazardDetermination byDefault = engine(Y2024).determine(c);
    assertEquals(Outcome.NOT_MAJOR, byDefault.outcome());
    assertTrue(byDefault.notMajorOnlyBecauseUnverifiedRulesSkipped());
    assertEquals(1, byDefault.findings().size());
    assertEquals(MajorFireHazards.UNVERIFIED_RULE_SKIPPED, byDefault.findings().get(0).code());
    assertTrue(byDefault.rules().stream().noneMatch(r -> r.parameter().equals("countingRule3")),
        "a skipped rule is not among the rules applied");

    MajorFireHazardDetermination allowed = engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED).determine(c);
    assertEquals(Outcome.MAJOR_BY_COUNT, allowed.outcome());
    assertEquals("countingRule3", allowed.decidingRule().orElseThrow().parameter());
    assertTrue(allowed.rules().stream().anyMatch(r -> r.parameter().equals("countingRule3")));
    assertFalse(allowed.notMajorOnlyBecauseUnverifiedRulesSkipped());
  }

  @Test
  void flammableGoodsPremisesCountTheirOwnListUnderAllowUnverified() {
    // Declared 易燃易爆危险品场所 (an OTHER building use): 7.1.1 + 7.1.3 + 7.4.6 = 3 of 7.1.1–7.1.3, 7.4.5, 7.4.6.
    HazardCase c = declared(BuildingUse.OTHER, Set.of(PremisesType.FLAMMABLE_EXPLOSIVE), "7.1.1", "7.1.3", "7.4.6");
    MajorFireHazardDetermination byDefault = engine(Y2024).determine(c);
    assertEquals(Outcome.NOT_MAJOR, byDefault.outcome());
    assertEquals(CountStatus.NOT_APPLICABLE, byDefault.counts().get(0).status(), "not a crowded place");
    assertEquals(CountStatus.SKIPPED_UNVERIFIED, byDefault.counts().get(1).status());
    assertTrue(byDefault.notMajorOnlyBecauseUnverifiedRulesSkipped());
    MajorFireHazardDetermination allowed = engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED).determine(c);
    assertEquals(Outcome.MAJOR_BY_COUNT, allowed.outcome());
    assertEquals(List.of("7.1.1", "7.1.3", "7.4.6"), allowed.counts().get(1).counted());
    assertEquals(CountStatus.MET, allowed.counts().get(1).status());
    assertEquals(CountStatus.NOT_MET, allowed.counts().get(2).status(), "3 < 4 of any element");
  }

  @Test
  void otherPremisesNeedSixUnderAllowUnverified() {
    // An administration building is not a crowded place (art. 73): OTHER; ≥ 6 of any ch. 7 element.
    String[] five = {"7.1.1", "7.2.1", "7.4.1", "7.6.1", "7.7.1"};
    MajorFireHazards allow = engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED);
    MajorFireHazardDetermination d5 = allow.determine(of(BuildingUse.ADMINISTRATION, five));
    assertEquals(Set.of(PremisesType.OTHER), d5.premises());
    assertEquals(Outcome.NOT_MAJOR, d5.outcome());
    assertEquals(5, d5.counts().get(3).count());
    String[] six = {"7.1.1", "7.2.1", "7.4.1", "7.6.1", "7.7.1", "7.8.2"};
    MajorFireHazardDetermination d6 = allow.determine(of(BuildingUse.ADMINISTRATION, six));
    assertEquals(Outcome.MAJOR_BY_COUNT, d6.outcome());
    assertEquals("countingRule4", d6.decidingRule().orElseThrow().parameter());
    String[] seven = {"7.1.1", "7.2.1", "7.4.1", "7.6.1", "7.7.1", "7.8.2", "7.9.5"};
    assertEquals(Outcome.MAJOR_BY_COUNT, allow.determine(of(BuildingUse.ADMINISTRATION, seven)).outcome());
  }

  @Test
  void anImportantPlaceCountsAnyFourUnderAllowUnverified() {
    HazardCase c = declared(BuildingUse.ADMINISTRATION, Set.of(PremisesType.IMPORTANT), "7.1.1", "7.2.1", "7.4.1",
        "7.6.1");
    MajorFireHazardDetermination d = engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED).determine(c);
    assertEquals(Set.of(PremisesType.IMPORTANT), d.premises());
    assertEquals(Outcome.MAJOR_BY_COUNT, d.outcome());
    assertEquals(CountStatus.NOT_APPLICABLE, d.counts().get(3).status(), "not OTHER premises");
  }

  @Test
  void anExclusionClaimedWinsOverADirectElement() {
    HazardCase c = new HazardCase(building(BuildingUse.KINDERGARTEN), Set.of(), List.of("6.9"),
        List.of("OPERATION_STOPPED"));
    MajorFireHazardDetermination d = engine(Y2024).determine(c);
    assertEquals(Outcome.EXCLUDED, d.outcome());
    assertFalse(d.major());
    assertEquals(List.of("OPERATION_STOPPED"), d.exclusions().stream().map(Exclusion::code).toList());
    assertEquals("5.1.3", d.exclusions().get(0).clause());
    assertTrue(d.findings().isEmpty());
    assertTrue(d.rules().stream().anyMatch(r -> r.parameter().equals("exclusions")));
    for (String code : List.of("EXPERT_REVIEW_MEASURES_TAKEN", "NOT_ENOUGH_FOR_MAJOR_FIRE")) {
      assertEquals(Outcome.EXCLUDED, engine(Y2024).determine(new HazardCase(building(BuildingUse.TEACHING), Set.of(),
          List.of("7.3.1", "7.3.2", "7.3.3"), List.of(code))).outcome(), code);
    }
  }

  @Test
  void noExclusionClaimedReadsNoExclusionList() {
    MajorFireHazardDetermination d = engine(Y2024).determine(of(BuildingUse.TEACHING));
    assertEquals(Outcome.NOT_MAJOR, d.outcome());
    assertTrue(d.rules().stream().noneMatch(r -> r.parameter().equals("exclusions")));
    assertTrue(d.catalogueComplete());
  }

  @Test
  void theDateSelectsTheEdition() {
    assertEquals("GB 35181-2017", engine(LAST_2017).determine(of(BuildingUse.TEACHING)).edition());
    assertEquals(Outcome.MAJOR_BY_DIRECT_ELEMENT, engine(LAST_2017).determine(of(BuildingUse.KINDERGARTEN, "6.9"))
        .outcome());
    MajorFireHazardDetermination d = engine(FIRST_2025).determine(of(BuildingUse.TEACHING));
    assertEquals("GB 35181-2025", d.edition());
    assertEquals(FIRST_2025, d.date());
    assertEquals(List.of("cn.gb35181-2025.major-fire-hazard@1.0.0", "cn.fire-law.crowded-places@2.0.0"),
        d.packs().stream().map(PackRef::toString).toList());
  }

  @Test
  void a2017ElementOnA2026DateIsAnUnknownCode() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> engine(Y2026).determine(of(BuildingUse.KINDERGARTEN, "6.9")));
    assertEquals("UNKNOWN_CODE", e.errorCode());
    assertEquals("elements[0]", e.field().orElseThrow());
    assertEquals("6.9", e.value().orElseThrow());
    assertTrue(e.getMessage().contains("GB 35181-2025"), e.getMessage());
    assertThrows(UnknownCodeException.class, () -> engine(FIRST_2025).determine(of(BuildingUse.TEACHING, "7.3.1")));
  }

  @Test
  void anIdNoEditionHasIsAnUnknownCodeNamingItsPosition() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> engine(Y2024).determine(of(BuildingUse.TEACHING, "7.3.1", "7.3.13")));
    assertEquals("elements[1]", e.field().orElseThrow());
    assertEquals("7.3.13", e.value().orElseThrow());
    assertThrows(UnknownCodeException.class, () -> engine(Y2024).determine(of(BuildingUse.TEACHING, "6.11")));
    assertThrows(UnknownCodeException.class, () -> engine(Y2024).determine(of(BuildingUse.TEACHING, "7.3")),
        "a section is not an element");
  }

  @Test
  void anImportantPlaceIsUnknownUnderThe2025Edition() {
    // GB 35181-2025 foreword a): the term 重要场所 was deleted.
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> engine(Y2026)
        .determine(declared(BuildingUse.OTHER, Set.of(PremisesType.IMPORTANT))));
    assertEquals("declaredPremises", e.field().orElseThrow());
    assertEquals("IMPORTANT", e.value().orElseThrow());
  }

  @Test
  void anUnknownExclusionIsAnUnknownCode() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> engine(Y2024).determine(new HazardCase(
        building(BuildingUse.TEACHING), Set.of(), List.of(), List.of("OPERATION_STOPPED", "IMMEDIATELY_RECTIFIABLE"))));
    assertEquals("exclusions[1]", e.field().orElseThrow());
  }

  @Test
  void the2025EditionHasNoEstablishedElementsAndSaysSo() {
    MajorFireHazardDetermination d = engine(Y2026).determine(of(BuildingUse.TEACHING));
    assertEquals(Outcome.NOT_MAJOR, d.outcome());
    assertFalse(d.catalogueComplete());
    assertTrue(d.counts().isEmpty());
    assertEquals(List.of(MajorFireHazards.CATALOGUE_INCOMPLETE), d.findings().stream().map(f -> f.code()).toList());
    assertEquals(Severity.INFO, d.findings().get(0).severity());
  }

  @Test
  void the2025ExclusionsAreUnverifiedAndRefusedByDefault() {
    HazardCase c = new HazardCase(building(BuildingUse.TEACHING), Set.of(), List.of(),
        List.of("TECHNICAL_REVIEW_MEASURES_TAKEN"));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> engine(Y2026).determine(c));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
    assertEquals(Outcome.EXCLUDED, engine(Y2026, VerificationPolicy.ALLOW_UNVERIFIED).determine(c).outcome());
  }

  @Test
  void officialOnlyRefusesTheSecondaryCatalogue() {
    AnxiaoException e = assertThrows(AnxiaoException.class,
        () -> engine(Y2024, VerificationPolicy.OFFICIAL_ONLY).determine(of(BuildingUse.OTHER)));
    assertEquals("RULE_UNVERIFIED", e.errorCode());
  }

  @Test
  void theCrowdedPlaceDeclarationOnTheBuildingIsHonoured() {
    // A teaching building declared not crowded: OTHER premises; the listed 3 no longer count.
    HazardCase c = HazardCase.of(org.anxiao.core.campus.Building.builder().from(building(BuildingUse.TEACHING))
        .crowdedPlace(false).build(), List.of("7.3.1", "7.5", "7.9.3"));
    MajorFireHazardDetermination d = engine(Y2024).determine(c);
    assertEquals(Set.of(PremisesType.OTHER), d.premises());
    assertEquals(Outcome.NOT_MAJOR, d.outcome());
    assertEquals(CountStatus.NOT_APPLICABLE, d.counts().get(0).status());
  }

  @Test
  void aCrowdedBuildingAlsoDeclaredFlammableHasBothTypes() {
    MajorFireHazardDetermination d = engine(Y2024).determine(
        declared(BuildingUse.CANTEEN, Set.of(PremisesType.FLAMMABLE_EXPLOSIVE), "7.3.1"));
    assertEquals(Set.of(PremisesType.CROWDED, PremisesType.FLAMMABLE_EXPLOSIVE), d.premises());
  }

  @Test
  void theResultBecomesAnAssessmentWithItsRulesAndPacks() {
    MajorFireHazardDetermination d = engine(Y2024).determine(of(BuildingUse.TEACHING, "7.3.1", "7.3.2", "7.3.3"));
    Assessment a = d.toAssessment(Instant.parse("2024-09-01T00:00:00Z"));
    assertEquals("anxiao.safety.major-fire-hazard", a.calculator().toString());
    assertEquals(d.findings(), a.findings());
    List<String> parameters = d.rulesApplied().stream().map(AppliedRule::parameter).toList();
    assertEquals(List.of("crowdedUses", "catalogue", "premisesTypes", "countingRule1"), parameters);
    assertEquals(List.of("cn.gb35181-2017.major-fire-hazard@1.0.0", "cn.fire-law.crowded-places@2.0.0"),
        d.packs().stream().map(PackRef::toString).toList());
    assertEquals("b-teaching", d.subject().id());
  }

  @Test
  void theEngineIsBuiltFromBoundRulesToo() {
    RuleContext context = RuleContext.standard(FireCases.CN, Y2024);
    MajorFireHazards engine = MajorFireHazards.of(context.bind(MajorFireHazardRule.KIND),
        org.anxiao.core.fire.CrowdedPlaces.in(context), VerificationPolicy.ALLOW_UNVERIFIED);
    assertEquals(Y2024, engine.date());
    assertEquals(MajorFireHazards.ID, engine.id());
    assertEquals(List.of(MajorFireHazardRule.KIND, org.anxiao.core.fire.CrowdedPlaceRule.KIND), engine.requirements());
    assertEquals(Outcome.MAJOR_BY_COUNT,
        engine.determine(of(BuildingUse.TEACHING, "7.1.1", "7.2.1", "7.6.1", "7.8.1")).outcome());
    assertTrue(engine.toString().contains("anxiao.safety.major-fire-hazard"));
    assertEquals("GB 35181-2017", engine.rules().value().catalogue().value().edition());
  }

  @Test
  void skippedAndMetRulesAreExactlyThoseOfTheirStatus() {
    // Under the default policy the any-4 rule is skipped while the crowded-place rule is NOT_MET and two rules
    // do not apply; under ALLOW_UNVERIFIED the any-4 rule is met and none is skipped.
    HazardCase c = of(BuildingUse.TEACHING, "7.1.1", "7.2.1", "7.6.1", "7.8.1");
    MajorFireHazardDetermination byDefault = engine(Y2024).determine(c);
    assertEquals(List.of("countingRule3"), byDefault.skippedRules().stream().map(RuleCount::parameter).toList());
    assertEquals(List.of(), byDefault.metRules());
    MajorFireHazardDetermination allowed = engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED).determine(c);
    assertEquals(List.of(), allowed.skippedRules());
    assertEquals(List.of("countingRule3"), allowed.metRules().stream().map(RuleCount::parameter).toList());
  }
}

package org.anxiao.safety.fire;

import static org.anxiao.safety.fire.FireCases.Y2024;
import static org.anxiao.safety.fire.FireCases.building;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.campus.BuildingUse;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each check of the fire value types at, just below and just above its boundary, and each error path. */
class MajorFireHazardBoundariesTest {
  private static final LocalizedText T = LocalizedText.of("标题", "title");

  private static void invalid(String field, Executable call) {
    AnxiaoException e = assertThrows(AnxiaoException.class, call);
    assertTrue(e.field().orElse("").startsWith(field), () -> e.field() + " should start with " + field + ": " + e.getMessage());
    assertTrue(e instanceof InvalidValueException || e instanceof MissingValueException, e.getClass().getName());
  }

  private static HazardElement direct(String id) {
    return new HazardElement(id, ElementKind.DIRECT, "6", T, Optional.empty());
  }

  private static HazardElement composite(String id, String section) {
    return new HazardElement(id, ElementKind.COMPOSITE, section, T, Optional.empty());
  }

  private static ElementCatalogue catalogue(List<HazardElement> elements) {
    return new ElementCatalogue("GB 35181-2017", "6", "7", List.of(new ElementSection("7.3", T),
        new ElementSection("7.5", T)), elements, true);
  }

  private static CountingRule rule(int atLeast, String... elements) {
    return new CountingRule("8", T, Set.of(PremisesType.CROWDED), false, List.of(elements), atLeast);
  }

  @Test
  void clauseNumbers() {
    assertTrue(ElementIds.isClauseNumber("6"));
    assertTrue(ElementIds.isClauseNumber("6.10"));
    assertTrue(ElementIds.isClauseNumber("1.2.3.4.5"));
    assertFalse(ElementIds.isClauseNumber("1.2.3.4.5.6"), "six levels");
    assertTrue(ElementIds.isClauseNumber("999.1"));
    assertFalse(ElementIds.isClauseNumber("1000.1"), "four digits");
    assertFalse(ElementIds.isClauseNumber("0.1"));
    assertFalse(ElementIds.isClauseNumber("6.0"));
    assertFalse(ElementIds.isClauseNumber("6."));
    assertFalse(ElementIds.isClauseNumber("a.1"));
    assertTrue(ElementIds.within("7.3.1", "7.3"));
    assertTrue(ElementIds.within("7.5", "7.5"));
    assertFalse(ElementIds.within("7.30.1", "7.3"));
    assertFalse(ElementIds.within("7.3", "7.3.1"));
  }

  @Test
  void anElementIsAClauseNumberWithinItsSection() {
    assertEquals("7.5", composite("7.5", "7.5").id());
    invalid("id", () -> direct("6."));
    invalid("id", () -> direct(" "));
    invalid("section", () -> composite("7.30.1", "7.3"));
    invalid("kind", () -> new HazardElement("6.1", null, "6", T, Optional.empty()));
    invalid("title", () -> new HazardElement("6.1", ElementKind.DIRECT, "6", null, Optional.empty()));
    assertEquals(Optional.empty(), new HazardElement("6.1", ElementKind.DIRECT, "6", T, null).verification());
    invalid("id", () -> new ElementSection("7.\u0000", T));
    invalid("title", () -> new ElementSection("7.1", null));
  }

  @Test
  void aCatalogueChecksItsStructure() {
    ElementCatalogue c = catalogue(List.of(direct("6.9"), composite("7.3.1", "7.3"), composite("7.5", "7.5")));
    assertEquals(Optional.of(direct("6.9")), c.element("6.9"));
    assertEquals(Optional.empty(), c.element("6.10"));
    assertEquals(List.of("7.3.1", "7.5"), c.compositeElements().stream().map(HazardElement::id).toList());
    invalid("id", () -> c.element(""));
    invalid("compositeChapter", () -> new ElementCatalogue("E", "6", "6", List.of(), List.of(), true));
    invalid("directChapter", () -> new ElementCatalogue("E", "6.", "7", List.of(), List.of(), true));
    invalid("compositeChapter", () -> new ElementCatalogue("E", "6", "x", List.of(), List.of(), true));
    invalid("edition", () -> new ElementCatalogue("E\nF", "6", "7", List.of(), List.of(), true));
    invalid("sections[1].id", () -> new ElementCatalogue("E", "6", "7", List.of(new ElementSection("7.1", T),
        new ElementSection("7.1", T)), List.of(), true));
    invalid("sections[0].id", () -> new ElementCatalogue("E", "6", "7", List.of(new ElementSection("8.1", T)),
        List.of(), true));
    invalid("sections[0].id", () -> new ElementCatalogue("E", "6", "7", List.of(new ElementSection("7", T)),
        List.of(), true));
    invalid("elements[1].id", () -> catalogue(List.of(direct("6.9"), direct("6.9"))));
    invalid("elements[0].section", () -> catalogue(List.of(new HazardElement("5.1", ElementKind.DIRECT, "5", T,
        Optional.empty()))));
    invalid("elements[0].section", () -> catalogue(List.of(composite("7.4.1", "7.4"))));
    invalid("elements[0].section", () -> catalogue(List.of(new HazardElement("6.1", ElementKind.COMPOSITE, "6", T,
        Optional.empty()))));
  }

  @Test
  void aCountingRuleChecksItsShape() {
    CountingRule r = rule(1, "7.3.1");
    assertEquals(1, r.atLeast());
    invalid("atLeast", () -> rule(0, "7.3.1"));
    invalid("atLeast", () -> rule(-1, "7.3.1"));
    invalid("elements", () -> rule(3));
    invalid("elements", () -> new CountingRule("8", T, Set.of(PremisesType.OTHER), true, List.of("7.1.1"), 6));
    assertTrue(new CountingRule("8", T, Set.of(PremisesType.OTHER), true, List.of(), 6).counts("7.9.9"));
    invalid("elements[1]", () -> rule(3, "7.3.1", "7.3.1"));
    invalid("elements[0]", () -> rule(3, "7.3.x"));
    invalid("premises", () -> new CountingRule("8", T, Set.of(), false, List.of("7.3.1"), 3));
    invalid("clause", () -> new CountingRule(" ", T, Set.of(PremisesType.CROWDED), false, List.of("7.3.1"), 3));
    assertTrue(r.counts("7.3.1"));
    assertFalse(r.counts("7.3.2"));
    assertTrue(r.appliesTo(Set.of(PremisesType.CROWDED, PremisesType.OTHER)));
    assertFalse(r.appliesTo(Set.of(PremisesType.OTHER)));
    assertFalse(r.appliesTo(Set.of()));
    invalid("types", () -> r.appliesTo(null));
    invalid("id", () -> r.counts(""));
  }

  @Test
  void exclusionsHaveUpperCaseUniqueCodes() {
    Exclusion e = new Exclusion("OPERATION_STOPPED", "5.1.3", T);
    invalid("code", () -> new Exclusion("operation_stopped", "5.1.3", T));
    invalid("code", () -> new Exclusion("_X", "5.1.3", T));
    invalid("clause", () -> new Exclusion("X", "", T));
    invalid("exclusions[1].code", () -> new ExclusionCatalogue(List.of(e, e)));
    ExclusionCatalogue c = new ExclusionCatalogue(List.of(e));
    assertEquals(Optional.of(e), c.exclusion("OPERATION_STOPPED"));
    assertEquals(Optional.empty(), c.exclusion("X"));
    invalid("code", () -> c.exclusion(" "));
  }

  @Test
  void aCaseDeclaresOnlyFlammableOrImportantAndKeepsItsLists() {
    invalid("declaredPremises[0]", () -> new HazardCase(building(BuildingUse.TEACHING), Set.of(PremisesType.CROWDED),
        List.of(), List.of()));
    invalid("declaredPremises[0]", () -> new HazardCase(building(BuildingUse.TEACHING), Set.of(PremisesType.OTHER),
        List.of(), List.of()));
    invalid("building", () -> HazardCase.of(null, List.of()));
    invalid("elements", () -> HazardCase.of(building(BuildingUse.TEACHING), null));
    invalid("elements[1]", () -> HazardCase.of(building(BuildingUse.TEACHING), List.of("7.3.1", "")));
    invalid("exclusions[0]", () -> new HazardCase(building(BuildingUse.TEACHING), Set.of(), List.of(),
        List.of("A\u0007")));
    HazardCase c = new HazardCase(building(BuildingUse.TEACHING), Set.of(PremisesType.IMPORTANT,
        PremisesType.FLAMMABLE_EXPLOSIVE), List.of("7.5", "7.3.1", "7.5"), List.of("B", "A", "B"));
    assertEquals(List.of("7.5", "7.3.1", "7.5"), c.elements(), "kept as given");
    assertEquals(List.of("7.3.1", "7.5"), List.copyOf(c.elementSet()));
    assertEquals(List.of("A", "B"), List.copyOf(c.exclusionSet()));
    assertEquals(List.of(PremisesType.FLAMMABLE_EXPLOSIVE, PremisesType.IMPORTANT), List.copyOf(c.declaredPremises()));
  }

  @Test
  void aRuleCountIsMetExactlyAtItsThreshold() {
    CountingRule three = rule(3, "7.3.1", "7.3.2", "7.3.3", "7.3.4");
    List<String> two = List.of("7.3.1", "7.3.2");
    List<String> exactly = List.of("7.3.1", "7.3.2", "7.3.3");
    List<String> four = List.of("7.3.1", "7.3.2", "7.3.3", "7.3.4");
    assertFalse(new RuleCount("countingRule1", three, Verification.SECONDARY, CountStatus.NOT_MET, two).thresholdReached());
    assertTrue(new RuleCount("countingRule1", three, Verification.SECONDARY, CountStatus.MET, exactly).thresholdReached());
    assertTrue(new RuleCount("countingRule1", three, Verification.SECONDARY, CountStatus.MET, four).thresholdReached());
    assertEquals(3, new RuleCount("countingRule1", three, Verification.SECONDARY, CountStatus.MET, exactly).count());
    invalid("status", () -> new RuleCount("countingRule1", three, Verification.SECONDARY, CountStatus.MET, two));
    invalid("status", () -> new RuleCount("countingRule1", three, Verification.SECONDARY, CountStatus.NOT_MET, exactly));
    invalid("counted", () -> new RuleCount("countingRule1", three, Verification.SECONDARY, CountStatus.NOT_APPLICABLE,
        two));
    assertTrue(new RuleCount("p", three, Verification.UNVERIFIED, CountStatus.SKIPPED_UNVERIFIED, four)
        .thresholdReached());
    assertFalse(new RuleCount("p", three, Verification.UNVERIFIED, CountStatus.SKIPPED_UNVERIFIED, two)
        .thresholdReached());
    invalid("parameter", () -> new RuleCount("", three, Verification.SECONDARY, CountStatus.MET, four));
    invalid("rule", () -> new RuleCount("p", null, Verification.SECONDARY, CountStatus.MET, four));
    invalid("verification", () -> new RuleCount("p", three, null, CountStatus.MET, four));
    invalid("status", () -> new RuleCount("p", three, Verification.SECONDARY, null, four));
  }

  @Test
  void outcomesThatAreMajor() {
    assertTrue(Outcome.MAJOR_BY_DIRECT_ELEMENT.major());
    assertTrue(Outcome.MAJOR_BY_COUNT.major());
    assertFalse(Outcome.NOT_MAJOR.major());
    assertFalse(Outcome.EXCLUDED.major());
    assertEquals("重要场所", PremisesType.IMPORTANT.label().zh());
  }

  @Test
  void aDeterminationMustFollowFromItsBasis() {
    MajorFireHazardDetermination d = FireCases.engine(Y2024).determine(FireCases.of(BuildingUse.TEACHING, "7.3.1",
        "7.3.2", "7.3.3"));
    assertEquals(Outcome.MAJOR_BY_COUNT, d.outcome());
    invalid("outcome", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(), Outcome.NOT_MAJOR,
        d.exclusions(), d.directElements(), d.counts(), d.premises(), d.crowdedPlace(), true, d.rules(), d.packs(),
        d.findings()));
    invalid("outcome", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(), Outcome.EXCLUDED,
        d.exclusions(), d.directElements(), d.counts(), d.premises(), d.crowdedPlace(), true, d.rules(), d.packs(),
        d.findings()));
    invalid("outcome", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(), Outcome.MAJOR_BY_COUNT,
        d.exclusions(), List.of(direct("6.9")), d.counts(), d.premises(), d.crowdedPlace(), true, d.rules(), d.packs(),
        d.findings()));
    invalid("outcome", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(),
        Outcome.MAJOR_BY_DIRECT_ELEMENT, List.of(new Exclusion("X", "5.1.3", T)), List.of(direct("6.9")), d.counts(),
        d.premises(), d.crowdedPlace(), true, d.rules(), d.packs(), d.findings()));
    invalid("directElements[0].kind", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(),
        Outcome.MAJOR_BY_DIRECT_ELEMENT, List.of(), List.of(composite("7.3.1", "7.3")), d.counts(), d.premises(),
        d.crowdedPlace(), true, d.rules(), d.packs(), d.findings()));
    invalid("premises", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(), d.outcome(),
        d.exclusions(), d.directElements(), d.counts(), Set.of(PremisesType.CROWDED, PremisesType.OTHER),
        d.crowdedPlace(), true, d.rules(), d.packs(), d.findings()));
    invalid("premises", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(), d.outcome(),
        d.exclusions(), d.directElements(), d.counts(), Set.of(PremisesType.FLAMMABLE_EXPLOSIVE), d.crowdedPlace(), true,
        d.rules(), d.packs(), d.findings()));
    invalid("premises", () -> new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(), d.outcome(),
        d.exclusions(), d.directElements(), d.counts(), Set.of(), d.crowdedPlace(), true, d.rules(), d.packs(),
        d.findings()));
    MajorFireHazardDetermination same = new MajorFireHazardDetermination(d.hazardCase(), d.edition(), d.date(),
        d.outcome(), d.exclusions(), d.directElements(), d.counts(), d.premises(), d.crowdedPlace(), true, d.rules(),
        d.packs(), d.findings());
    assertEquals(d, same);
  }

  @Test
  void aRuleHoldsAtMostEightCountingRules() {
    MajorFireHazardRule bound = FireCases.engine(Y2024).rules().value();
    RuleValue<CountingRule> first = bound.countingRules().get(0);
    List<RuleValue<CountingRule>> eight = new ArrayList<>(Collections.nCopies(8, first));
    assertEquals(8, new MajorFireHazardRule(bound.premisesTypes(), bound.catalogue(), bound.exclusions(), eight)
        .countingRules().size());
    List<RuleValue<CountingRule>> nine = new ArrayList<>(Collections.nCopies(9, first));
    invalid("countingRules", () -> new MajorFireHazardRule(bound.premisesTypes(), bound.catalogue(), bound.exclusions(),
        nine));
    invalid("catalogue", () -> new MajorFireHazardRule(bound.premisesTypes(), null, bound.exclusions(), List.of()));
  }

  @Test
  void anyFourOfChapterSevenAtItsBoundaryForAnImportantPlace() {
    MajorFireHazards allow = FireCases.engine(Y2024, VerificationPolicy.ALLOW_UNVERIFIED);
    // 3 < 4: not major; 4 ≥ 4: major; 5 ≥ 4: major.
    assertEquals(Outcome.NOT_MAJOR, allow.determine(FireCases.declared(BuildingUse.OTHER, Set.of(PremisesType.IMPORTANT),
        "7.1.1", "7.2.1", "7.4.1")).outcome());
    assertEquals(Outcome.MAJOR_BY_COUNT, allow.determine(FireCases.declared(BuildingUse.OTHER,
        Set.of(PremisesType.IMPORTANT), "7.1.1", "7.2.1", "7.4.1", "7.6.1")).outcome());
    assertEquals(Outcome.MAJOR_BY_COUNT, allow.determine(FireCases.declared(BuildingUse.OTHER,
        Set.of(PremisesType.IMPORTANT), "7.1.1", "7.2.1", "7.4.1", "7.6.1", "7.7.1")).outcome());
  }

  @Test
  void theCrowdedListAboveItsThresholdAndAllDirectElementsAreFoundInClauseOrder() {
    MajorFireHazardDetermination four = FireCases.engine(Y2024).determine(FireCases.of(BuildingUse.DORMITORY, "7.9.3",
        "7.3.9", "7.5", "7.3.1"));
    assertEquals(List.of("7.3.1", "7.3.9", "7.5", "7.9.3"), four.counts().get(0).counted());
    MajorFireHazardDetermination direct = FireCases.engine(Y2024).determine(FireCases.of(BuildingUse.LIBRARY, "6.10",
        "6.2", "7.3.1"));
    assertEquals(List.of("6.2", "6.10"), direct.directElements().stream().map(HazardElement::id).toList());
    assertTrue(direct.findings().get(0).message().en().contains("6.2, 6.10"), direct.findings().get(0).message().en());
  }

  @Test
  void theEngineRefusesNulls() {
    invalid("hazardCase", () -> FireCases.engine(Y2024).determine(null));
    invalid("context", () -> MajorFireHazards.in(null));
    invalid("rules", () -> MajorFireHazards.of(null, null, VerificationPolicy.DEFAULT));
  }

  @Test
  void aCountingRuleSaysWhichWayItsElementsAreWrong() {
    AnxiaoException listed = assertThrows(AnxiaoException.class,
        () -> new CountingRule("8", T, Set.of(PremisesType.OTHER), true, List.of("7.1.1"), 6));
    assertEquals(Optional.of("elements"), listed.field());
    assertEquals("must be empty when anyComposite is true", listed.rule());
    AnxiaoException missing = assertThrows(AnxiaoException.class, () -> rule(3));
    assertEquals(Optional.of("elements"), missing.field());
    assertEquals("must list the elements that count", missing.rule());
  }
}

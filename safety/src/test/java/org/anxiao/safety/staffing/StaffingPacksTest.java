package org.anxiao.safety.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.rule.PackHeader;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testing.ShippedPacks;
import org.anxiao.safety.vocabulary.SafetyVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The staffing packs pass the rule-pack schema, agree with their index, carry their reading in a
 * note and bind to their kinds; packs of a wrong shape are refused with their pointer; an
 * UNVERIFIED pack is skipped without consent and read with it.
 */
class StaffingPacksTest {
  private static final String INDEX = ShippedPacks.index("safety-staffing");

  @Test
  void everyPackPassesTheSchemaAndAgreesWithItsIndexEntry() {
    Map<String, String> kinds = new TreeMap<>();
    for (RulePack pack : ShippedPacks.readIndexed("safety-staffing")) {
      kinds.put(pack.id(), pack.header().kind());
      assertEquals(Set.of("requirements"), pack.parameters().keySet(), pack.id());
      assertTrue(pack.note().isPresent(), "every staffing pack states its reading in a note: " + pack.id());
    }
    assertEquals(17, kinds.size());
    // guards: the nation (GB/T 29315-2022), Minhang, and six more places, with no code of their own
    assertEquals(8, kinds.values().stream().filter("anxiao.safety.staffing.security-guards"::equals).count());
  }

  @Test
  void theIndexAndKindsAreContributedByTheVocabulary() {
    assertTrue(new SafetyVocabulary().packIndexes().contains(INDEX));
    assertTrue(new SafetyVocabulary().ruleKinds().containsAll(StaffingTopic.kinds()));
    assertEquals(StaffingTopic.values().length, Set.copyOf(StaffingTopic.kinds().stream().map(k -> k.id()).toList())
        .size());
  }

  @Test
  void theStandardRegistryBindsEveryStaffingPack() {
    RulePackRegistry registry = RulePackRegistry.standard();
    registry.checkAll();
    assertEquals(Verification.OFFICIAL_TEXT, header(registry, "sh.minhang-2022.security-guards").verification());
    assertEquals(Verification.OFFICIAL_TEXT, header(registry, "sd.2018.student-safety-officers").verification());
    assertEquals(Verification.SECONDARY, header(registry, "cn.gbt29315-2022.security-guards").verification());
    assertEquals("370200", header(registry, "qd.2015.security-guards").jurisdiction().toString());
    for (StaffingTopic t : StaffingTopic.values()) {
      assertFalse(registry.catalogue().stream().noneMatch(h -> h.kind().equals(t.kind().id())), t.toString());
    }
  }

  private static PackHeader header(RulePackRegistry registry, String id) {
    return registry.catalogue().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  private static RulePackException refused(RulePack pack) {
    return assertThrows(RulePackException.class, () -> StaffingFixtures.staffings(ShippedPacks.withPacks(pack),
        StaffingFixtures.GUANGDONG, VerificationPolicy.DEFAULT));
  }

  @Test
  void overlappingTiersAreRefusedWithTheirPointer() {
    RulePack pack = StaffingFixtures.testPack(StaffingFixtures.GBT, "test.staffing-overlap", t ->
        ((ObjectNode) StaffingFixtures.requirements(t).get(0).path("parts").get(0).path("tiers").get(1))
            .put("from", 99));
    RulePackException e = refused(pack);
    assertEquals(RulePackException.INVALID, e.errorCode());
    assertTrue(e.field().orElseThrow().startsWith("test.staffing-overlap@1.0.0#/parameters/requirements"),
        e.getMessage());
  }

  @Test
  void anIncrementWithoutItsRoundingOrWithAZeroStepIsRefused() {
    RulePackException noRounding = refused(StaffingFixtures.testPack(StaffingFixtures.GBT, "test.staffing-no-rounding",
        t -> ((ObjectNode) StaffingFixtures.requirements(t).get(0).path("parts").get(0).path("tiers").get(2)
            .path("increment")).remove("rounding")));
    assertEquals(RulePackException.INVALID, noRounding.errorCode());
    RulePackException zero = refused(StaffingFixtures.testPack(StaffingFixtures.GBT, "test.staffing-zero-step",
        t -> ((ObjectNode) StaffingFixtures.requirements(t).get(0).path("parts").get(0).path("tiers").get(2)
            .path("increment")).put("per", "0")));
    assertEquals(RulePackException.INVALID, zero.errorCode());
    RulePackException basis = refused(StaffingFixtures.testPack(StaffingFixtures.GBT, "test.staffing-bad-basis",
        t -> ((ObjectNode) StaffingFixtures.requirements(t).get(0).path("parts").get(0)).put("basis", "TREES")));
    assertEquals(RulePackException.INVALID, basis.errorCode());
  }

  @Test
  void anUnverifiedPackIsSkippedWithoutConsentAndReadWithIt() {
    RulePack pack = StaffingFixtures.testPack(StaffingFixtures.MINHANG, "test.staffing-unverified",
        t -> t.put("verification", "UNVERIFIED"));
    RulePackRegistry registry = ShippedPacks.withPacks(pack);
    StaffingCase c = StaffingFixtures.inSession(StaffingFixtures.school(StaffingFixtures.GUANGDONG,
        org.anxiao.core.school.SchoolType.PRIMARY, 0, 10, StaffingFixtures.gates(1, 0),
        new org.anxiao.core.school.StageEnrolment(org.anxiao.core.school.SchoolStage.PRIMARY, 300, 8)), 0);
    StaffingAssessment refused = StaffingFixtures.staffings(registry, StaffingFixtures.GUANGDONG,
        VerificationPolicy.DEFAULT).assess(c, StaffingFixtures.EMPTY);
    assertEquals(List.of("day", "peak", "night"), refused.skipped().stream().map(SkippedRequirement::requirement)
        .toList());
    assertEquals("requirements", refused.skipped().get(0).refused().parameter());
    StaffingAssessment allowed = StaffingFixtures.staffings(registry, StaffingFixtures.GUANGDONG,
        VerificationPolicy.ALLOW_UNVERIFIED).assess(c, StaffingFixtures.EMPTY);
    assertTrue(allowed.skipped().isEmpty());
    assertEquals(Optional.of(2L), allowed.line(StaffingTopic.SECURITY_GUARDS, "day").map(StaffingLine::required));
    // pinning the selection floor to SECONDARY falls back to the national GB/T pack
    Staffings floor = Staffings.in(RuleContext.of(registry, StaffingFixtures.GUANGDONG, StaffingFixtures.DATE)
        .atLeast(Verification.SECONDARY));
    assertEquals("cn.gbt29315-2022.security-guards@1.0.0",
        floor.rules(StaffingTopic.SECURITY_GUARDS).orElseThrow().packs().get(0).toString());
  }
}

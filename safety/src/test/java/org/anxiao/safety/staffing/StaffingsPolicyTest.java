package org.anxiao.safety.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/**
 * A requirement or tier with its own clause or verification is recorded with it and checked against
 * the policy when used; one the policy refuses is skipped and names the refused value.
 */
class StaffingsPolicyTest {

  private static StaffingCase primary(int pupils) {
    return StaffingFixtures.inSession(StaffingFixtures.school(StaffingFixtures.GUANGDONG, SchoolType.PRIMARY, 0, 10,
        StaffingFixtures.gates(2, 0), new StageEnrolment(SchoolStage.PRIMARY, pupils, 10)), 0);
  }

  /** Minhang's guard rule at 440000 with the night requirement UNVERIFIED and cited to its own clause. */
  private static RulePackRegistry nightUnverified() {
    RulePack pack = StaffingFixtures.testPack(StaffingFixtures.MINHANG, "test.staffing-night-unverified", t ->
        ((ObjectNode) StaffingFixtures.requirements(t).get(2)).put("verification", "UNVERIFIED")
            .put("clause", "四(一)8 夜间"));
    return ShippedPacks.withPacks(pack);
  }

  @Test
  void aRequirementOfItsOwnVerificationIsSkippedByDefaultAndReadWhenAllowed() {
    StaffingAssessment refused = StaffingFixtures.staffings(nightUnverified(), StaffingFixtures.GUANGDONG,
        VerificationPolicy.DEFAULT).assess(primary(300), StaffingFixtures.EMPTY);
    assertEquals(List.of("day", "peak"), refused.lines().stream()
        .filter(l -> l.topic() == StaffingTopic.SECURITY_GUARDS).map(StaffingLine::requirement).toList());
    SkippedRequirement s = refused.skipped().get(0);
    assertEquals("night", s.requirement());
    assertEquals(TimeSlot.NIGHT, s.slot());
    assertEquals(Post.SECURITY_GUARD, s.post());
    assertEquals("requirements/requirements[2]", s.refused().parameter());
    assertEquals("night", s.refused().value());
    assertTrue(refused.findings().stream().anyMatch(f -> f.code().equals(Staffings.SKIPPED)
        && f.message().en().contains("requirement night not assessed")));
    StaffingAssessment allowed = StaffingFixtures.staffings(nightUnverified(), StaffingFixtures.GUANGDONG,
        VerificationPolicy.ALLOW_UNVERIFIED).assess(primary(300), StaffingFixtures.EMPTY);
    StaffingLine night = allowed.line(StaffingTopic.SECURITY_GUARDS, "night").orElseThrow();
    assertEquals(1, night.required());
    AppliedRule own = night.rules().get(1);
    assertEquals("requirements/requirements[2]", own.parameter());
    assertEquals(Verification.UNVERIFIED, own.verification());
    assertEquals(Optional.of("四(一)8 夜间"), own.citation().clause());
    assertEquals("test.staffing-night-unverified@1.0.0", own.pack().toString());
    assertTrue(allowed.skipped().isEmpty());
  }

  @Test
  void aTierOfItsOwnVerificationIsRecordedWithItsRange() {
    StaffingAssessment a = StaffingFixtures.staffings(RulePackRegistry.standard(), StaffingFixtures.GUANGDONG,
        VerificationPolicy.ALLOW_UNVERIFIED).assess(StaffingFixtures.inSession(StaffingFixtures.school(
            StaffingFixtures.GUANGDONG, SchoolType.JUNIOR_SECONDARY, 0, 10, StaffingFixtures.gates(1, 0),
            new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 500, 10)), 0), StaffingFixtures.EMPTY);
    StaffingLine day = a.line(StaffingTopic.SECURITY_GUARDS, "day").orElseThrow();
    assertEquals(2, day.required());
    AppliedRule tier = day.rules().get(1);
    assertEquals("100-999:2", tier.value());
    assertEquals(Verification.UNVERIFIED, tier.verification());
    // the parameter's clause stands when the tier names none
    assertEquals(day.rules().get(0).citation().clause(), tier.citation().clause());
    // a tier with an increment is written with it: the third tier, not recorded, reads 1000-:3+1/500>1000 UP
    Tier third = StaffingFixtures.staffings(StaffingFixtures.GUANGDONG).rules(StaffingTopic.SECURITY_GUARDS)
        .orElseThrow().value().requirements().value().requirements().get(0).parts().get(0).tiers().get(2);
    assertEquals("1000-:3+1/500>1000 UP", third.text());
  }

  @Test
  void aBoardingMultiplierAppliesOnlyToABoardingSchoolAndTheFloorRaisesTheSum() {
    // the night rule 1 × 2 for boarders; the university floor 2 over ⌈3000/4000⌉ = 1
    StaffingCase boarding = StaffingFixtures.inSession(StaffingFixtures.school(StaffingFixtures.MINHANG_CODE,
        SchoolType.PRIMARY, 1, 10, StaffingFixtures.gates(1, 0), new StageEnrolment(SchoolStage.PRIMARY, 300, 8)), 1);
    assertEquals(2, StaffingFixtures.staffings(StaffingFixtures.MINHANG_CODE).assess(boarding, StaffingFixtures.EMPTY)
        .line(StaffingTopic.SECURITY_GUARDS, "night").orElseThrow().required());
    StaffingCase university = StaffingFixtures.inSession(StaffingFixtures.school(StaffingFixtures.GUANGDONG,
        SchoolType.HIGHER, 0, 100, StaffingFixtures.gates(1, 0),
        new StageEnrolment(SchoolStage.HIGHER_EDUCATION, 3000, 60)), 0);
    StaffingAssessment a = StaffingFixtures.staffings(StaffingFixtures.GUANGDONG).assess(university,
        StaffingFixtures.EMPTY);
    assertEquals(2, a.line(StaffingTopic.MENTAL_HEALTH_TEACHERS, "university").orElseThrow().required());
    assertTrue(a.line(StaffingTopic.MENTAL_HEALTH_TEACHERS, "school").isEmpty());
    StaffingCase big = StaffingFixtures.inSession(StaffingFixtures.school(StaffingFixtures.GUANGDONG,
        SchoolType.HIGHER, 0, 100, StaffingFixtures.gates(1, 0),
        new StageEnrolment(SchoolStage.HIGHER_EDUCATION, 12001, 200)), 0);
    // ⌈12001/4000⌉ = 4 > 2
    assertEquals(4, StaffingFixtures.staffings(StaffingFixtures.GUANGDONG).assess(big, StaffingFixtures.EMPTY)
        .line(StaffingTopic.MENTAL_HEALTH_TEACHERS, "university").orElseThrow().required());
  }
}

package org.anxiao.safety.staffing;

import static org.anxiao.safety.staffing.StaffingFixtures.EMPTY;
import static org.anxiao.safety.staffing.StaffingFixtures.gates;
import static org.anxiao.safety.staffing.StaffingFixtures.inSession;
import static org.anxiao.safety.staffing.StaffingFixtures.roster;
import static org.anxiao.safety.staffing.StaffingFixtures.school;
import static org.anxiao.safety.staffing.StaffingFixtures.staffings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StageEnrolment;
import org.anxiao.core.testing.ShippedPacks;
import org.junit.jupiter.api.Test;

/** Worked examples from the cited clauses, with the arithmetic in the comments. */
class StaffingsTest {

  private static long required(StaffingAssessment a, StaffingTopic topic, String id) {
    return a.line(topic, id).orElseThrow(() -> new AssertionError("no line " + topic + "/" + id)).required();
  }

  /** A Minhang boarding primary school: 4 gate posts (3 open at the peaks) plus an emergency gate. */
  private static StaffingCase minhangBoardingPrimary() {
    return inSession(school(StaffingFixtures.MINHANG_CODE, SchoolType.PRIMARY, 200, 60, gates(3, 1),
        new StageEnrolment(SchoolStage.PRIMARY, 900, 20)), 25);
  }

  @Test
  void aBoardingSchoolWithSeveralGatesOpenAtThePeakUnderMinhang() {
    // 闵行 四(一)8. Posts: 3 peak gates + 1 other = 4 (the emergency gate is no post).
    StaffingAssessment a = staffings(StaffingFixtures.MINHANG_CODE).assess(minhangBoardingPrimary(),
        roster(TimeSlot.DAY, Post.SECURITY_GUARD, 8, TimeSlot.PEAK, Post.SECURITY_GUARD, 12,
            TimeSlot.NIGHT, Post.SECURITY_GUARD, 1));
    // day: 2 per post × 4 = 8
    assertEquals(8, required(a, StaffingTopic.SECURITY_GUARDS, "day"));
    // peak, per gate (the pack's reading): 2 × 4 + 2 × 3 peak gates = 8 + 6 = 14
    assertEquals(14, required(a, StaffingTopic.SECURITY_GUARDS, "peak"));
    // night: 1 per school, × 2 for a boarding school = 2
    assertEquals(2, required(a, StaffingTopic.SECURITY_GUARDS, "night"));
    StaffingLine peak = a.line(StaffingTopic.SECURITY_GUARDS, "peak").orElseThrow();
    assertEquals(12, peak.actual());
    assertEquals(2, peak.shortfall());
    assertEquals(1, a.line(StaffingTopic.SECURITY_GUARDS, "night").orElseThrow().shortfall());
    assertEquals(0, a.line(StaffingTopic.SECURITY_GUARDS, "day").orElseThrow().shortfall());
    // the guard rule is Minhang's, cited to its clause
    AppliedRule rule = peak.rules().get(0);
    assertEquals("sh.minhang-2022.security-guards@1.0.0", rule.pack().toString());
    assertEquals(Verification.OFFICIAL_TEXT, rule.verification());
    assertEquals("四(一)8 校园保安员配备方面", rule.citation().clause().orElseThrow());
  }

  @Test
  void thePeakPerSchoolReadingIsAPackOfItsOwn() {
    // the same school under the per-school reading (a TEST pack at 440000): 2 × 4 + 2 = 10
    StaffingCase c = minhangBoardingPrimary();
    StaffingCase there = inSession(org.anxiao.core.school.School.builder().from(c.school())
        .jurisdiction(StaffingFixtures.GUANGDONG).build(), 25);
    Staffings s = StaffingFixtures.staffings(ShippedPacks.withPacks(StaffingFixtures.minhangPerSchool()),
        StaffingFixtures.GUANGDONG, VerificationPolicy.DEFAULT);
    StaffingAssessment a = s.assess(there, EMPTY);
    assertEquals(10, required(a, StaffingTopic.SECURITY_GUARDS, "peak"));
    assertEquals(8, required(a, StaffingTopic.SECURITY_GUARDS, "day"));
    assertEquals(2, required(a, StaffingTopic.SECURITY_GUARDS, "night"));
  }

  @Test
  void withoutBoardersTheMinhangNightIsOneAndOutOfSessionOnlyTheNightHolds() {
    StaffingCase day = inSession(school(StaffingFixtures.MINHANG_CODE, SchoolType.PRIMARY, 0, 60, gates(2, 0),
        new StageEnrolment(SchoolStage.PRIMARY, 900, 20)), 0);
    StaffingAssessment a = staffings(StaffingFixtures.MINHANG_CODE).assess(day, EMPTY);
    assertEquals(1, required(a, StaffingTopic.SECURITY_GUARDS, "night"));
    // 2 × 2 + 2 × 2 = 8
    assertEquals(8, required(a, StaffingTopic.SECURITY_GUARDS, "peak"));
    StaffingAssessment holiday = staffings(StaffingFixtures.MINHANG_CODE).assess(
        new StaffingCase(day.school(), false, 0), EMPTY);
    assertTrue(holiday.line(StaffingTopic.SECURITY_GUARDS, "day").isEmpty());
    assertTrue(holiday.line(StaffingTopic.SECURITY_GUARDS, "peak").isEmpty());
    assertEquals(1, required(holiday, StaffingTopic.SECURITY_GUARDS, "night"));
  }

  @Test
  void theMinhangPeakAdditionAppliesOnlyToPrimarySchoolsAndKindergartens() {
    StaffingCase junior = inSession(school(StaffingFixtures.MINHANG_CODE, SchoolType.JUNIOR_SECONDARY, 0, 60,
        gates(2, 0), new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 900, 20)), 0);
    StaffingAssessment a = staffings(StaffingFixtures.MINHANG_CODE).assess(junior, EMPTY);
    assertTrue(a.line(StaffingTopic.SECURITY_GUARDS, "peak").isEmpty());
    assertEquals(4, required(a, StaffingTopic.SECURITY_GUARDS, "day"));
  }

  private static StaffingCase nonBoarding(int pupils) {
    return inSession(school(StaffingFixtures.GUANGDONG, SchoolType.JUNIOR_SECONDARY, 0, 10, gates(1, 0),
        new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, pupils, Math.max(1, pupils / 50))), 0);
  }

  private static long gbt(Staffings s, int pupils) {
    return required(s.assess(nonBoarding(pupils), EMPTY), StaffingTopic.SECURITY_GUARDS, "day");
  }

  @Test
  void aNonBoardingSchoolJustPastAGbt29315TierBoundaryUnderBothRoundings() {
    Staffings up = staffings(StaffingFixtures.GUANGDONG);
    Staffings down = StaffingFixtures.staffings(ShippedPacks.withPacks(StaffingFixtures.gbtRoundingDown()),
        StaffingFixtures.GUANGDONG, VerificationPolicy.DEFAULT);
    // 1000: 3 + 0 under both
    assertEquals(3, gbt(up, 1000));
    assertEquals(3, gbt(down, 1000));
    // 1001: 3 + ⌈1/500⌉ = 4 (up); 3 + ⌊1/500⌋ = 3 (down)
    assertEquals(4, gbt(up, 1001));
    assertEquals(3, gbt(down, 1001));
    // 1500: 3 + 1 under both; 1501: 3 + ⌈501/500⌉ = 5 (up), 3 + ⌊501/500⌋ = 4 (down)
    assertEquals(4, gbt(up, 1500));
    assertEquals(4, gbt(down, 1500));
    assertEquals(5, gbt(up, 1501));
    assertEquals(4, gbt(down, 1501));
    // 99: the first tier, 1
    assertEquals(1, gbt(up, 99));
  }

  @Test
  void theUnverifiedGbtTierIsSkippedUnderTheDefaultPolicyAndReadWhenAllowed() {
    StaffingAssessment a = staffings(StaffingFixtures.GUANGDONG).assess(nonBoarding(100), EMPTY);
    assertTrue(a.line(StaffingTopic.SECURITY_GUARDS, "day").isEmpty());
    SkippedRequirement s = a.skipped().get(0);
    assertEquals("day", s.requirement());
    assertEquals(Verification.UNVERIFIED, s.refused().verification());
    assertEquals("requirements/requirements[0].parts[0].tiers[1]", s.refused().parameter());
    assertTrue(a.findings().stream().anyMatch(f -> f.code().equals(Staffings.SKIPPED)));
    Staffings allowed = Staffings.in(RuleContext.standard(StaffingFixtures.GUANGDONG, StaffingFixtures.DATE)
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
    assertEquals(2, gbt(allowed, 100));
    assertEquals(2, gbt(allowed, 999));
  }

  private static StaffingCase primary(int pupils) {
    return inSession(school(StaffingFixtures.GUANGDONG, SchoolType.PRIMARY, 0, 10, gates(1, 0),
        new StageEnrolment(SchoolStage.PRIMARY, pupils, Math.max(1, pupils / 45))), 0);
  }

  @Test
  void pupilsJustBelowAtAndAboveTheHealthStaffRatio() {
    // 学校卫生工作条例 art. 20: 600 pupils : 1, a started 600 counting
    Staffings s = staffings(StaffingFixtures.GUANGDONG);
    assertEquals(0, required(s.assess(primary(599), EMPTY), StaffingTopic.HEALTH_STAFF, "health-staff"));
    assertEquals(1, required(s.assess(primary(600), EMPTY), StaffingTopic.HEALTH_STAFF, "health-staff"));
    assertEquals(2, required(s.assess(primary(601), EMPTY), StaffingTopic.HEALTH_STAFF, "health-staff"));
    // the sample school: 1,080 pupils, ⌈1080/600⌉ = ⌈1.8⌉ = 2 required, 1 on the roster: 1 short
    StaffingAssessment a = s.assess(primary(1080), roster(TimeSlot.STANDING, Post.HEALTH_STAFF, 1));
    StaffingLine health = a.line(StaffingTopic.HEALTH_STAFF, "health-staff").orElseThrow();
    assertEquals(2, health.required());
    assertEquals(1, health.shortfall());
    Finding f = a.findings().stream().filter(x -> x.code().equals(Staffings.SHORTFALL)
        && x.message().en().contains("school health staff")).findFirst().orElseThrow();
    assertTrue(f.message().zh().contains("应配 2 人，实配 1 人，缺 1 人"), f.message().zh());
    assertTrue(f.message().en().contains("required 2, on the roster 1: 1 short"), f.message().en());
    assertEquals(StaffingTopic.HEALTH_STAFF, a.shortfalls().stream()
        .filter(l -> l.post() == Post.HEALTH_STAFF).findFirst().orElseThrow().topic());
  }

  @Test
  void aKindergartensHealthStaffAndStaffRatios() {
    // 令第76号 art. 12: 1 per 150 children; under 150, one full- or part-time
    Staffings s = staffings(StaffingFixtures.GUANGDONG);
    StaffingCase k90 = kindergarten(90, 3);
    StaffingCase k150 = kindergarten(150, 5);
    StaffingCase k180 = kindergarten(180, 6);
    assertEquals(1, required(s.assess(k90, EMPTY), StaffingTopic.KINDERGARTEN_HEALTH_STAFF, "health-staff"));
    assertEquals(1, required(s.assess(k150, EMPTY), StaffingTopic.KINDERGARTEN_HEALTH_STAFF, "health-staff"));
    StaffingAssessment a = s.assess(k180, EMPTY);
    // ⌈180/150⌉ = 2
    assertEquals(2, required(a, StaffingTopic.KINDERGARTEN_HEALTH_STAFF, "health-staff"));
    // 教师〔2013〕1号: staff ⌈180/7⌉ = ⌈25.7⌉ = 26; teaching and care ⌈180/9⌉ = 20; 6 classes × 2 = 12 teachers, × 1 = 6 caregivers
    assertEquals(26, required(a, StaffingTopic.KINDERGARTEN_STAFF, "staff"));
    assertEquals(20, required(a, StaffingTopic.KINDERGARTEN_STAFF, "teaching-and-care"));
    assertEquals(12, required(a, StaffingTopic.KINDERGARTEN_STAFF, "class-teachers"));
    assertEquals(6, required(a, StaffingTopic.KINDERGARTEN_STAFF, "class-caregivers"));
    // the school rule (art. 20) and the establishment do not apply to a kindergarten
    assertTrue(a.line(StaffingTopic.HEALTH_STAFF, "health-staff").isEmpty());
    assertTrue(a.line(StaffingTopic.STAFF_ESTABLISHMENT, "staff").isEmpty());
  }

  private static StaffingCase kindergarten(int children, int classes) {
    return inSession(school(StaffingFixtures.GUANGDONG, SchoolType.KINDERGARTEN, 0, 10, gates(1, 0),
        new StageEnrolment(SchoolStage.KINDERGARTEN, children, classes)), 0);
  }

  /** A nine-year school of 1,200 pupils, 100 staff and 300 boarders in 60 rooms, placed in {@code where}. */
  private static StaffingCase nineYear(org.anxiao.core.jurisdiction.JurisdictionCode where) {
    return inSession(school(where, SchoolType.NINE_YEAR, 300, 100, gates(2, 1),
        new StageEnrolment(SchoolStage.PRIMARY, 700, 16), new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 500, 10)),
        60);
  }

  @Test
  void theSameSchoolUnderBeijingsAndHubeisPacks() {
    // Beijing: staff + pupils 1,300: 3 + ⌈(1300 − 1000)/500⌉ = 3 + 1 = 4; boarders +1 = 5;
    // +⌊300/300⌋ = 1 → 6 by day; ≥1 on night duty in a boarding school
    StaffingAssessment bj = staffings(StaffingFixtures.BEIJING).assess(nineYear(StaffingFixtures.BEIJING), EMPTY);
    assertEquals(6, required(bj, StaffingTopic.SECURITY_GUARDS, "day"));
    assertEquals(1, required(bj, StaffingTopic.SECURITY_GUARDS, "night"));
    // Hubei art. 7: pupils 1,200: 2 + ⌈200/500⌉ = 3; boarders ⌈300/200⌉ = 2 → 5
    StaffingAssessment hb = staffings(StaffingFixtures.HUBEI).assess(nineYear(StaffingFixtures.HUBEI), EMPTY);
    assertEquals(5, required(hb, StaffingTopic.SECURITY_GUARDS, "day"));
    assertTrue(hb.line(StaffingTopic.SECURITY_GUARDS, "night").isEmpty());
    assertEquals("bj.safe-campus-2018.security-guards@1.0.0",
        bj.line(StaffingTopic.SECURITY_GUARDS, "day").orElseThrow().rules().get(0).pack().toString());
    assertEquals("hb.safety-prevention.security-guards@1.0.0",
        hb.line(StaffingTopic.SECURITY_GUARDS, "day").orElseThrow().rules().get(0).pack().toString());
    // the national ratios hold in both: health ⌈1200/600⌉ = 2; establishment ⌈700/19⌉ + ⌈500/13.5⌉ = 37 + 38 = 75
    assertEquals(2, required(bj, StaffingTopic.HEALTH_STAFF, "health-staff"));
    assertEquals(75, required(hb, StaffingTopic.STAFF_ESTABLISHMENT, "staff"));
    assertEquals(1, required(hb, StaffingTopic.MENTAL_HEALTH_TEACHERS, "school"));
  }

  @Test
  void qingdaoChongqingAndShandongShipAsPacksWithoutCode() {
    // Shandong 三(四)3 in Qingdao: 10 junior classes + 60 dorm rooms = 70 officers
    StaffingAssessment qd = staffings(StaffingFixtures.QINGDAO).assess(nineYear(StaffingFixtures.QINGDAO), EMPTY);
    assertEquals(70, required(qd, StaffingTopic.STUDENT_SAFETY_OFFICERS, "officers"));
    // Qingdao: 1,300 people ≥ 1,000: 3 + ⌈300/500⌉ = 4
    assertEquals(4, required(qd, StaffingTopic.SECURITY_GUARDS, "day"));
    // Chongqing: staff + pupils ≥ 100 → 4
    StaffingAssessment cq = staffings(StaffingFixtures.CHONGQING).assess(nineYear(StaffingFixtures.CHONGQING),
        EMPTY);
    assertEquals(4, required(cq, StaffingTopic.SECURITY_GUARDS, "day"));
    assertTrue(cq.line(StaffingTopic.STUDENT_SAFETY_OFFICERS, "officers").isEmpty());
    // Minhang's safety-education teacher: 1 per school
    StaffingAssessment mh = staffings(StaffingFixtures.MINHANG_CODE).assess(minhangBoardingPrimary(), EMPTY);
    assertEquals(1, required(mh, StaffingTopic.SAFETY_EDUCATION_TEACHERS, "school"));
  }

  @Test
  void theAssessmentCarriesItsCitationsAndPacks() {
    StaffingAssessment a = staffings(StaffingFixtures.MINHANG_CODE).assess(minhangBoardingPrimary(), EMPTY);
    assertTrue(a.packs().stream().anyMatch(p -> p.toString().equals("sh.minhang-2022.security-guards@1.0.0")));
    assertTrue(a.rulesApplied().stream().allMatch(r -> a.packs().contains(r.pack())));
    var assessment = a.toAssessment(Instant.parse("2026-03-01T00:00:00Z"));
    assertEquals("anxiao.safety.staffing", assessment.calculator());
    assertEquals(a.findings().size(), assessment.findings().size());
    assertEquals(Set.copyOf(StaffingTopic.kinds()), Set.copyOf(staffings(StaffingFixtures.MINHANG_CODE).requirements()));
  }

  @Test
  void anAdequateRosterGetsOneFinding() {
    StaffingCase c = kindergarten(90, 3);
    Staffings s = Staffings.in(RuleContext.standard(StaffingFixtures.GUANGDONG, StaffingFixtures.DATE),
        Set.of(StaffingTopic.KINDERGARTEN_HEALTH_STAFF));
    StaffingAssessment a = s.assess(c, roster(TimeSlot.STANDING, Post.HEALTH_STAFF, 1));
    assertEquals(List.of(Staffings.ADEQUATE), a.findings().stream().map(Finding::code).toList());
    assertTrue(a.findings().get(0).message().en().contains("all 1 requirements"));
  }

  @Test
  void classSizesAsTheFewestClassesReadTheSchoolNotTheRoster() {
    Staffings s = staffings(StaffingFixtures.GUANGDONG);
    // kindergarten: ⌈180/35⌉ = 6; 5 classes → 1 short, 6 → none
    assertEquals(1, s.assess(kindergarten(180, 5), EMPTY).line(StaffingTopic.KINDERGARTEN_CLASS_SIZE, "classes")
        .orElseThrow().shortfall());
    StaffingLine six = s.assess(kindergarten(180, 6), roster(TimeSlot.STANDING, Post.CLASS, 0))
        .line(StaffingTopic.KINDERGARTEN_CLASS_SIZE, "classes").orElseThrow();
    assertEquals(6, six.required());
    assertEquals(6, six.actual());
    // primary: 880 in 16 classes, ⌈880/55⌉ = 16 (average exactly 55); 881 → 17, 1 short
    StaffingCase p880 = inSession(school(StaffingFixtures.GUANGDONG, SchoolType.PRIMARY, 0, 10, gates(1, 0),
        new StageEnrolment(SchoolStage.PRIMARY, 880, 16)), 0);
    StaffingCase p881 = inSession(school(StaffingFixtures.GUANGDONG, SchoolType.PRIMARY, 0, 10, gates(1, 0),
        new StageEnrolment(SchoolStage.PRIMARY, 881, 16)), 0);
    assertEquals(0, s.assess(p880, EMPTY).line(StaffingTopic.OVERSIZED_CLASSES, "primary-large").orElseThrow()
        .shortfall());
    assertEquals(1, s.assess(p881, EMPTY).line(StaffingTopic.OVERSIZED_CLASSES, "primary-large").orElseThrow()
        .shortfall());
    // ⌈881/65⌉ = 14 ≤ 16; the junior and senior checks do not apply to a primary school
    StaffingAssessment a = s.assess(p881, EMPTY);
    assertEquals(14, required(a, StaffingTopic.OVERSIZED_CLASSES, "primary-very-large"));
    assertTrue(a.line(StaffingTopic.OVERSIZED_CLASSES, "junior-large").isEmpty());
  }

  @Test
  void aTopicAskedForWithoutAPackIsRefused() {
    RulePackException e = assertThrows(RulePackException.class, () -> Staffings.in(
        RuleContext.standard(StaffingFixtures.GUANGDONG, StaffingFixtures.DATE),
        Set.of(StaffingTopic.STUDENT_SAFETY_OFFICERS)));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
  }

  @Test
  void topicsToStringAndTheRulesAppliedAreReported() {
    Staffings minhang = staffings(StaffingFixtures.MINHANG_CODE);
    assertTrue(minhang.topics().contains(StaffingTopic.SECURITY_GUARDS), minhang.topics().toString());
    assertTrue(minhang.toString().startsWith("anxiao.safety.staffing "), minhang.toString());
    assertTrue(minhang.toString().contains("SECURITY_GUARDS"), minhang.toString());
    StaffingAssessment a = minhang.assess(minhangBoardingPrimary(),
        roster(TimeSlot.DAY, Post.SECURITY_GUARD, 8, TimeSlot.PEAK, Post.SECURITY_GUARD, 12,
            TimeSlot.NIGHT, Post.SECURITY_GUARD, 1));
    // every rule a line cites is among the rules applied, and there is at least the Minhang guard rule
    AppliedRule guard = a.line(StaffingTopic.SECURITY_GUARDS, "peak").orElseThrow().rules().get(0);
    assertTrue(a.rulesApplied().contains(guard), a.rulesApplied().toString());
  }

  @Test
  void noTopicsIsRefused() {
    RuleContext context = RuleContext.standard(StaffingFixtures.MINHANG_CODE, StaffingFixtures.DATE);
    assertThrows(org.anxiao.core.error.InvalidValueException.class, () -> Staffings.in(context, Set.of()));
  }
}

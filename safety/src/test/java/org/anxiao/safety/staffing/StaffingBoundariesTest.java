package org.anxiao.safety.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.campus.Gate;
import org.anxiao.core.campus.GateKind;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.school.SchoolStage;
import org.anxiao.core.school.SchoolType;
import org.anxiao.core.school.StageEnrolment;
import org.junit.jupiter.api.Test;

/** Every comparison at, below and above its boundary; every refusal names its field. */
class StaffingBoundariesTest {

  private static Increment inc(long above, String per, int add, Rounding r) {
    return new Increment(above, new BigDecimal(per), add, r);
  }

  private static Tier tier(long from, Long to, int minimum, Increment increment) {
    return new Tier(from, Optional.ofNullable(to), minimum, Optional.ofNullable(increment), Optional.empty(),
        Optional.empty());
  }

  @Test
  void anIncrementCountsOnlyAboveItsBaseAndRoundsAsStated() {
    Increment up = inc(1000, "500", 1, Rounding.UP);
    Increment down = inc(1000, "500", 1, Rounding.DOWN);
    assertEquals(0, up.extra(999));
    assertEquals(0, up.extra(1000));
    assertEquals(1, up.extra(1001));
    assertEquals(0, down.extra(1001));
    assertEquals(1, up.extra(1500));
    assertEquals(1, down.extra(1500));
    assertEquals(2, up.extra(1501));
    assertEquals(1, down.extra(1501));
    // add 2 per step: 3 gates → 6
    assertEquals(6, inc(0, "1", 2, Rounding.UP).extra(3));
    // fractional step: 500 / 13.5 = 37.04 → 38 up, 37 down
    assertEquals(38, inc(0, "13.5", 1, Rounding.UP).extra(500));
    assertEquals(37, inc(0, "13.5", 1, Rounding.DOWN).extra(500));
    assertEquals(0, up.extra(0));
  }

  @Test
  void anIncrementRefusesItsBadValues() {
    assertField("above", () -> inc(-1, "500", 1, Rounding.UP));
    assertField("per", () -> inc(0, "0", 1, Rounding.UP));
    assertField("per", () -> inc(0, "-1", 1, Rounding.UP));
    assertField("add", () -> inc(0, "1", 0, Rounding.UP));
    assertField("rounding", () -> new Increment(0, BigDecimal.ONE, 1, null));
    assertField("basis", () -> inc(0, "1", 1, Rounding.UP).extra(-1));
    assertEquals(1, inc(0, "1", 1, Rounding.UP).add());
  }

  @Test
  void aTierCoversItsEndsInclusive() {
    Tier t = tier(100, 999L, 2, null);
    assertFalse(t.covers(99));
    assertTrue(t.covers(100));
    assertTrue(t.covers(999));
    assertFalse(t.covers(1000));
    Tier open = tier(1000, null, 3, inc(1000, "500", 1, Rounding.UP));
    assertTrue(open.covers(10_000_000));
    assertField("basis", () -> open.covers(10_000_001));
    assertEquals(3, open.required(1000));
    assertEquals(4, open.required(1001));
    assertEquals(2, t.required(500));
    assertTrue(tier(5, 5L, 0, null).covers(5));
    assertField("to", () -> tier(5, 4L, 0, null));
    assertField("from", () -> tier(-1, null, 0, null));
    assertField("minimum", () -> tier(0, null, -1, null));
    assertField("basis", () -> t.covers(-1));
    assertField("clause", () -> new Tier(0, Optional.empty(), 0, Optional.empty(), Optional.of(" "),
        Optional.empty()));
  }

  @Test
  void partsRefuseOverlappingOrUnorderedTiers() {
    Tier low = tier(0, 99L, 1, null);
    Tier mid = tier(100, 999L, 2, null);
    RequirementPart ok = new RequirementPart(Basis.PUPILS, BoardingCondition.ALWAYS, Set.of(), List.of(low, mid));
    assertEquals(Optional.of(0), ok.tierFor(99));
    assertEquals(Optional.of(1), ok.tierFor(100));
    assertEquals(Optional.empty(), ok.tierFor(1000));
    assertField("tiers[1].from", () -> new RequirementPart(Basis.PUPILS, BoardingCondition.ALWAYS, Set.of(),
        List.of(low, tier(99, null, 2, null))));
    assertField("tiers[1].from", () -> new RequirementPart(Basis.PUPILS, BoardingCondition.ALWAYS, Set.of(),
        List.of(tier(0, null, 1, null), mid)));
    assertField("tiers", () -> new RequirementPart(Basis.PUPILS, BoardingCondition.ALWAYS, Set.of(), List.of()));
    assertField("when", () -> new RequirementPart(Basis.PUPILS, null, Set.of(), List.of(low)));
    // adjacent ends (99 then 100) are fine
    assertEquals(2, new RequirementPart(Basis.PUPILS, BoardingCondition.ALWAYS, Set.of(SchoolStage.PRIMARY),
        List.of(low, mid)).tiers().size());
  }

  @Test
  void boardingConditionsHold() {
    assertTrue(BoardingCondition.ALWAYS.holds(true));
    assertTrue(BoardingCondition.ALWAYS.holds(false));
    assertTrue(BoardingCondition.BOARDING.holds(true));
    assertFalse(BoardingCondition.BOARDING.holds(false));
    assertFalse(BoardingCondition.NON_BOARDING.holds(true));
    assertTrue(BoardingCondition.NON_BOARDING.holds(false));
    assertTrue(TimeSlot.DAY.whilePupilsOnCampus());
    assertTrue(TimeSlot.PEAK.whilePupilsOnCampus());
    assertFalse(TimeSlot.NIGHT.whilePupilsOnCampus());
    assertFalse(TimeSlot.STANDING.whilePupilsOnCampus());
  }

  private static RequirementPart one() {
    return new RequirementPart(Basis.SCHOOL, BoardingCondition.ALWAYS, Set.of(), List.of(tier(0, null, 1, null)));
  }

  @Test
  void requirementsRefuseTheirBadValues() {
    Requirement r = new Requirement("night", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()), 0, 0,
        Optional.empty(), Optional.empty());
    assertEquals(1, r.boardingMultiplier());
    assertTrue(r.appliesTo(Set.of()));
    Requirement primary = new Requirement("peak", Post.SECURITY_GUARD, TimeSlot.PEAK, Set.of(SchoolStage.PRIMARY),
        List.of(one()), 1, 0, Optional.empty(), Optional.empty());
    assertTrue(primary.appliesTo(Set.of(SchoolStage.PRIMARY, SchoolStage.JUNIOR_SECONDARY)));
    assertFalse(primary.appliesTo(Set.of(SchoolStage.JUNIOR_SECONDARY)));
    assertField("boardingMultiplier", () -> new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(),
        List.of(one()), 101, 0, Optional.empty(), Optional.empty()));
    assertField("boardingMultiplier", () -> new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(),
        List.of(one()), -1, 0, Optional.empty(), Optional.empty()));
    assertEquals(100, new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()), 100, 0,
        Optional.empty(), Optional.empty()).boardingMultiplier());
    assertField("atLeast", () -> new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(),
        List.of(one()), 1, -1, Optional.empty(), Optional.empty()));
    assertField("parts", () -> new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(), 1, 0,
        Optional.empty(), Optional.empty()));
    assertField("id", () -> new Requirement(" ", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()), 1, 0,
        Optional.empty(), Optional.empty()));
    assertField("requirements[1].id", () -> new StaffingRules(List.of(r, r)));
    assertField("requirements", () -> new StaffingRules(List.of()));
  }

  @Test
  void negativePupilsAreRefusedNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new StageEnrolment(SchoolStage.PRIMARY, -1, 1));
    assertEquals(Optional.of("pupils"), e.field());
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void aSchoolInSessionWithoutGatePostsIsRefused() {
    var noGates = StaffingFixtures.school(StaffingFixtures.GUANGDONG, SchoolType.PRIMARY, 0, 10, List.of(),
        new StageEnrolment(SchoolStage.PRIMARY, 300, 8));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new StaffingCase(noGates, true, 0));
    assertEquals(Optional.of("school.campuses.gates"), e.field());
    // an emergency gate is no post
    var emergencyOnly = StaffingFixtures.school(StaffingFixtures.GUANGDONG, SchoolType.PRIMARY, 0, 10,
        List.of(new Gate("e", "应急通道", GateKind.EMERGENCY, false, false)),
        new StageEnrolment(SchoolStage.PRIMARY, 300, 8));
    assertField("school.campuses.gates", () -> new StaffingCase(emergencyOnly, true, 0));
    // out of session a school without gates can still be assessed
    assertEquals(0, new StaffingCase(noGates, false, 0).basis(Basis.GATES, Set.of()));
    assertField("dormRooms", () -> new StaffingCase(noGates, false, -1));
  }

  @Test
  void aBoardingSchoolWithoutDormRoomsIsRefused() {
    var boarding = StaffingFixtures.school(StaffingFixtures.GUANGDONG, SchoolType.PRIMARY, 10, 10,
        StaffingFixtures.gates(1, 0), new StageEnrolment(SchoolStage.PRIMARY, 300, 8));
    assertField("dormRooms", () -> new StaffingCase(boarding, true, 0));
    assertEquals(1, new StaffingCase(boarding, true, 1).basis(Basis.DORM_ROOMS, Set.of()));
  }

  @Test
  void everyBasisReadsTheSchool() {
    var s = StaffingFixtures.school(StaffingFixtures.GUANGDONG, SchoolType.NINE_YEAR, 100, 40,
        StaffingFixtures.gates(2, 1), new StageEnrolment(SchoolStage.PRIMARY, 600, 14),
        new StageEnrolment(SchoolStage.JUNIOR_SECONDARY, 400, 9));
    StaffingCase c = new StaffingCase(s, true, 12);
    assertEquals(3, c.basis(Basis.GATES, Set.of()));
    assertEquals(2, c.basis(Basis.GATES_AT_PEAK, Set.of()));
    assertEquals(1, c.basis(Basis.GATES_AT_NIGHT, Set.of()));
    assertEquals(1000, c.basis(Basis.PUPILS, Set.of()));
    assertEquals(400, c.basis(Basis.PUPILS, Set.of(SchoolStage.JUNIOR_SECONDARY)));
    assertEquals(900, c.basis(Basis.NON_BOARDING_PUPILS, Set.of()));
    assertEquals(100, c.basis(Basis.BOARDERS, Set.of()));
    assertEquals(23, c.basis(Basis.CLASSES, Set.of()));
    assertEquals(14, c.basis(Basis.CLASSES, Set.of(SchoolStage.PRIMARY)));
    assertEquals(12, c.basis(Basis.DORM_ROOMS, Set.of()));
    assertEquals(1, c.basis(Basis.SCHOOL, Set.of()));
    assertEquals(1040, c.basis(Basis.STAFF_AND_PUPILS, Set.of()));
    assertTrue(c.boarding());
  }

  @Test
  void rostersAndLinesRefuseTheirBadValues() {
    RosterEntry e = new RosterEntry(TimeSlot.DAY, Post.SECURITY_GUARD, 2);
    assertField("entries[1].post", () -> new Roster(List.of(e, e)));
    assertField("count", () -> new RosterEntry(TimeSlot.DAY, Post.SECURITY_GUARD, -1));
    Roster r = new Roster(List.of(e, new RosterEntry(TimeSlot.NIGHT, Post.SECURITY_GUARD, 1)));
    assertEquals(2, r.count(TimeSlot.DAY, Post.SECURITY_GUARD));
    assertEquals(1, r.count(TimeSlot.NIGHT, Post.SECURITY_GUARD));
    assertEquals(0, r.count(TimeSlot.PEAK, Post.SECURITY_GUARD));
    assertEquals(0, r.count(TimeSlot.DAY, Post.HEALTH_STAFF));
    assertField("shortfall", () -> new StaffingLine(StaffingTopic.HEALTH_STAFF, "x", TimeSlot.STANDING,
        Post.HEALTH_STAFF, 2, 1, 0, List.of()));
    StaffingLine met = new StaffingLine(StaffingTopic.HEALTH_STAFF, "x", TimeSlot.STANDING, Post.HEALTH_STAFF, 2, 2, 0,
        List.of());
    assertFalse(met.isShort());
    StaffingLine over = new StaffingLine(StaffingTopic.HEALTH_STAFF, "x", TimeSlot.STANDING, Post.HEALTH_STAFF, 2, 3,
        0, List.of());
    assertFalse(over.isShort());
    assertTrue(new StaffingLine(StaffingTopic.HEALTH_STAFF, "x", TimeSlot.STANDING, Post.HEALTH_STAFF, 2, 1, 1,
        List.of()).isShort());
  }

  @Test
  void labelsAreBilingual() {
    for (Post p : Post.values()) {
      assertFalse(p.label().zh().isBlank() || p.label().en().isBlank(), p.toString());
    }
    for (TimeSlot s : TimeSlot.values()) {
      assertFalse(s.label().zh().isBlank() || s.label().en().isBlank(), s.toString());
    }
    for (StaffingTopic t : StaffingTopic.values()) {
      assertTrue(t.kind().id().startsWith("anxiao.safety.staffing."), t.toString());
      assertFalse(t.label().zh().isBlank(), t.toString());
    }
  }

  private static void assertField(String field, org.junit.jupiter.api.function.Executable action) {
    AnxiaoException e = assertThrows(AnxiaoException.class, action);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
  }

  @Test
  void countsAreAcceptedExactlyAtTheirBounds() {
    int max = org.anxiao.core.internal.Bounds.MAX_COUNT; // 10 000 000
    // a tier may end where it starts, or at the maximum; its minimum may be 0 or the maximum
    assertEquals(Optional.of(5L), tier(5, 5L, 1, null).to());
    assertEquals(Optional.of((long) max), tier(5, (long) max, 1, null).to());
    assertField("to", () -> tier(5, 4L, 1, null));
    assertField("to", () -> tier(5, max + 1L, 1, null));
    assertEquals(0, tier(0, null, 0, null).minimum());
    assertEquals(max, tier(0, null, max, null).minimum());
    assertField("minimum", () -> tier(0, null, -1, null));
    assertField("minimum", () -> tier(0, null, max + 1, null));
    // an increment adds 1 to the maximum per step
    assertEquals(1, inc(0, "1", 1, Rounding.UP).add());
    assertEquals(max, inc(0, "1", max, Rounding.UP).add());
    assertField("add", () -> inc(0, "1", max + 1, Rounding.UP));
    // a requirement's floor may be 0 or the maximum
    assertEquals(0, new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()), 1, 0,
        Optional.empty(), Optional.empty()).atLeast());
    assertEquals(max, new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()), 1, max,
        Optional.empty(), Optional.empty()).atLeast());
    assertField("atLeast", () -> new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()),
        1, -1, Optional.empty(), Optional.empty()));
    assertField("atLeast", () -> new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()),
        1, max + 1, Optional.empty(), Optional.empty()));
  }

  @Test
  void aRequirementRefusesABlankClause() {
    assertField("clause", () -> new Requirement("x", Post.SECURITY_GUARD, TimeSlot.NIGHT, Set.of(), List.of(one()),
        1, 0, Optional.of(" "), Optional.empty()));
  }

  @Test
  void overlappingTiersNameTheTierBefore() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new RequirementPart(Basis.PUPILS,
        BoardingCondition.ALWAYS, Set.of(), List.of(tier(0, 100L, 1, null), tier(100, null, 2, null))));
    assertTrue(e.getMessage().contains("above the end of tiers[0]"), e.getMessage());
  }

  @Test
  void aStaffingLinesShortfallIsRequiredLessActual() {
    // 5 required, 3 on the roster: short by 5 − 3 = 2
    StaffingLine line = new StaffingLine(StaffingTopic.SECURITY_GUARDS, "day", TimeSlot.DAY, Post.SECURITY_GUARD,
        5, 3, 2, List.of());
    assertEquals(2, line.shortfall());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new StaffingLine(
        StaffingTopic.SECURITY_GUARDS, "day", TimeSlot.DAY, Post.SECURITY_GUARD, 5, 3, 8, List.of()));
    assertTrue(e.getMessage().contains("= 2"), e.getMessage());
  }
}

package org.anxiao.safety.hazard;

import static org.anxiao.safety.hazard.HazardFixtures.FOUND;
import static org.anxiao.safety.hazard.HazardFixtures.MINHANG;
import static org.anxiao.safety.hazard.HazardFixtures.inArea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each invariant of the hazard records at, just below and just above its boundary, and each error path. */
class HazardRecordsBoundariesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

  private static AreaTask task(String code) {
    return new AreaTask(code, "任务", List.of("各学校"), List.of(), List.of());
  }

  @Test
  void anAreasTaskCodesBelongToIt() {
    assertFalse(new HazardArea("7", "方面", List.of(task("7"))).hasSubTasks());
    assertTrue(new HazardArea("2", "方面", List.of(task("2.1"))).hasSubTasks(), "one numbered task is a sub-task");
    assertTrue(new HazardArea("2", "方面", List.of(task("2.1"), task("2.2"))).hasSubTasks());
    assertEquals(Optional.of("tasks[1].code"), assertThrows(InvalidValueException.class,
        () -> new HazardArea("2", "方面", List.of(task("2.1"), task("2")))).field(), "the area's own code beside others");
    assertEquals(Optional.of("tasks[0].code"), assertThrows(InvalidValueException.class,
        () -> new HazardArea("2", "方面", List.of(task("2"), task("2.1")))).field());
    assertEquals(Optional.of("tasks[0].code"), assertThrows(InvalidValueException.class,
        () -> new HazardArea("2", "方面", List.of(task("3.1")))).field());
    assertEquals(Optional.of("tasks[0].code"), assertThrows(InvalidValueException.class,
        () -> new HazardArea("2", "方面", List.of(task("21")))).field(), "21 does not start with 2.");
    assertEquals(Optional.of("tasks[1].code"), assertThrows(InvalidValueException.class,
        () -> new HazardArea("2", "方面", List.of(task("2.1"), task("2.1")))).field());
    assertEquals(Optional.of("tasks"), assertThrows(InvalidValueException.class,
        () -> new HazardArea("2", "方面", List.of())).field());
  }

  @Test
  void aTaskNamesAtLeastOneResponsibleSubjectAndOneLinePerParty() {
    assertEquals(Optional.of("responsibleSubjects"), assertThrows(InvalidValueException.class,
        () -> new AreaTask("1", "任务", List.of(), List.of(), List.of())).field());
    assertEquals(Optional.of("cooperating[1]"), assertThrows(InvalidValueException.class,
        () -> new AreaTask("1", "任务", List.of("各学校"), List.of(), List.of("法制科", "a\nb"))).field());
    assertEquals(Optional.of("responsibleDepartments[0]"), assertThrows(InvalidValueException.class,
        () -> new AreaTask("1", "任务", List.of("各学校"), List.of(" "), List.of())).field());
    assertEquals(List.of("法制科"), new AreaTask("1", "任务", List.of("各学校"), List.of("法制科"), List.of()).responsibleDepartments());
  }

  @Test
  void taxonomiesAndListsHoldUniqueCodes() {
    HazardArea a1 = new HazardArea("1", "一", List.of(task("1")));
    HazardArea a2 = new HazardArea("2", "二", List.of(task("2.1"), task("2.2")));
    AreaTaxonomy t = new AreaTaxonomy(List.of(a1, a2));
    assertEquals(Optional.of(a2), t.area("2"));
    assertEquals(Optional.empty(), t.area("3"));
    assertEquals("2.2", t.task("2.2").orElseThrow().code());
    assertEquals("1", t.task("1").orElseThrow().code());
    assertEquals(Optional.empty(), t.task("2.3"));
    assertEquals(Optional.of("areas[1].code"), assertThrows(InvalidValueException.class,
        () -> new AreaTaxonomy(List.of(a1, a1))).field());
    assertEquals(Optional.of("areas"), assertThrows(InvalidValueException.class, () -> new AreaTaxonomy(List.of())).field());
    AccidentTypeList l = new AccidentTypeList("GB 6441-1986", List.of(new AccidentType("01", "物体打击"),
        new AccidentType("02", "车辆伤害")));
    assertEquals("车辆伤害", l.find("02").orElseThrow().name());
    assertEquals(Optional.empty(), l.find("03"));
    assertEquals(Optional.of("types[1].code"), assertThrows(InvalidValueException.class, () -> new AccidentTypeList("X",
        List.of(new AccidentType("01", "a"), new AccidentType("01", "b")))).field());
    assertEquals(Optional.of("types"), assertThrows(InvalidValueException.class,
        () -> new AccidentTypeList("X", List.of())).field());
  }

  @Test
  void aPlanKeepsOneLineOfTextPerElement() {
    RectificationPlan empty = new RectificationPlan(Map.of());
    assertEquals(Set.of(), empty.covered());
    assertEquals(EnumSet.allOf(PlanElement.class), empty.missing(EnumSet.allOf(PlanElement.class)));
    RectificationPlan two = new RectificationPlan(Map.of(PlanElement.FUNDS, "经费5万元", PlanElement.DEADLINE, "4月30日前"));
    assertEquals(EnumSet.of(PlanElement.FUNDS, PlanElement.DEADLINE), two.covered());
    assertEquals(EnumSet.of(PlanElement.RESPONSIBILITY), two.missing(EnumSet.of(PlanElement.RESPONSIBILITY, PlanElement.FUNDS)));
    assertEquals(Set.of(), two.missing(Set.of()));
    Map<PlanElement, String> nullKey = new HashMap<>();
    nullKey.put(null, "x");
    assertThrows(AnxiaoException.class, () -> new RectificationPlan(nullKey));
    assertEquals(Optional.of("elements.FUNDS"), assertThrows(InvalidValueException.class,
        () -> new RectificationPlan(Map.of(PlanElement.FUNDS, " "))).field());
    Set<PlanElement> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThrows(AnxiaoException.class, () -> two.missing(withNull));
  }

  @Test
  void aStatusIsConsistentWithItsState() {
    Optional<RectificationPlan> none = Optional.empty();
    new HazardStatus(DAY, HazardState.REPORTED, Optional.empty(), DAY, Optional.empty(), Optional.empty(), false, none);
    assertEquals(Optional.of("foundDate"), assertThrows(InvalidValueException.class, () -> new HazardStatus(DAY,
        HazardState.REPORTED, Optional.empty(), DAY.plusDays(1), Optional.empty(), Optional.empty(), false, none)).field());
    assertEquals(Optional.of("closedDate"), assertThrows(InvalidValueException.class, () -> new HazardStatus(DAY,
        HazardState.CLOSED, Optional.empty(), DAY, Optional.empty(), Optional.empty(), false, none)).field());
    assertEquals(Optional.of("closedDate"), assertThrows(InvalidValueException.class, () -> new HazardStatus(DAY,
        HazardState.RECTIFYING, Optional.empty(), DAY, Optional.empty(), Optional.of(DAY), false, none)).field());
    assertEquals(Optional.of("hardToResolve"), assertThrows(InvalidValueException.class, () -> new HazardStatus(DAY,
        HazardState.CLOSED, Optional.empty(), DAY, Optional.empty(), Optional.of(DAY), true, none)).field());
    HazardStatus hard = new HazardStatus(DAY, HazardState.AWAITING_ACCEPTANCE, Optional.empty(), DAY, Optional.empty(),
        Optional.empty(), true, none);
    assertEquals(Optional.of(MinhangOutcome.HARD_TO_RESOLVE), hard.outcome(), "hard to resolve even without a deadline");
    assertTrue(hard.open());
  }

  @Test
  void overdueAndOutcomeAtTheirBoundaries() {
    LocalDate deadline = DAY;
    assertFalse(status(HazardState.RECTIFYING, deadline.minusDays(1), deadline).overdue());
    assertFalse(status(HazardState.RECTIFYING, deadline, deadline).overdue());
    assertTrue(status(HazardState.RECTIFYING, deadline.plusDays(1), deadline).overdue());
    assertTrue(status(HazardState.AWAITING_ACCEPTANCE, deadline.plusDays(1), deadline).overdue());
    HazardStatus closed = new HazardStatus(deadline.plusDays(1), HazardState.CLOSED, Optional.empty(), FOUND,
        Optional.of(deadline), Optional.of(deadline.plusDays(1)), false, Optional.empty());
    assertFalse(closed.overdue());
    assertFalse(closed.open());
    assertEquals(Optional.of(MinhangOutcome.RESOLVED), closed.outcome());
    HazardStatus graded = new HazardStatus(DAY, HazardState.GRADED, Optional.of(HazardGrade.MAJOR), FOUND,
        Optional.empty(), Optional.empty(), false, Optional.empty());
    assertFalse(graded.overdue());
    assertEquals(Optional.empty(), graded.outcome());
  }

  @Test
  void planCompletenessByGrade() {
    Set<PlanElement> all = EnumSet.allOf(PlanElement.class);
    Optional<RectificationPlan> full = Optional.of(HazardFixtures.plan(all));
    Optional<RectificationPlan> part = Optional.of(HazardFixtures.plan(EnumSet.of(PlanElement.FUNDS)));
    assertTrue(graded(Optional.empty(), Optional.empty()).planComplete(all), "ungraded");
    assertFalse(graded(Optional.empty(), Optional.empty()).major());
    assertTrue(graded(Optional.of(HazardGrade.GENERAL), Optional.empty()).planComplete(all), "general");
    assertFalse(graded(Optional.of(HazardGrade.GENERAL), Optional.empty()).major());
    assertTrue(graded(Optional.of(HazardGrade.MAJOR), Optional.empty()).major());
    assertFalse(graded(Optional.of(HazardGrade.MAJOR), Optional.empty()).planComplete(all), "major, no plan");
    assertFalse(graded(Optional.of(HazardGrade.MAJOR), part).planComplete(all), "major, part of a plan");
    assertTrue(graded(Optional.of(HazardGrade.MAJOR), part).planComplete(EnumSet.of(PlanElement.FUNDS)));
    assertTrue(graded(Optional.of(HazardGrade.MAJOR), full).planComplete(all));
  }

  @Test
  void aCheckListsMissingElementsOnlyWhenAPlanIsRequired() {
    HazardStatus s = status(HazardState.RECTIFYING, DAY, DAY);
    assertEquals(Optional.of("missing"), assertThrows(InvalidValueException.class,
        () -> new HazardCheck("H", s, false, EnumSet.of(PlanElement.FUNDS))).field());
    assertTrue(new HazardCheck("H", s, false, Set.of()).planComplete());
    assertTrue(new HazardCheck("H", s, true, Set.of()).planComplete());
    assertFalse(new HazardCheck("H", s, true, EnumSet.of(PlanElement.FUNDS)).planComplete());
    assertEquals(Optional.of(MinhangOutcome.RESOLVING_WITH_DEADLINE), new HazardCheck("H", s, false, Set.of()).outcome());
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "08", "20", "99", "WSA10001", "WSA19999", "WSA10099"})
  void accidentTypeShapesAccepted(String code) {
    assertEquals(Optional.of(code), inArea("H", "8", Optional.empty(), Optional.of(code), FOUND, List.of()).accidentType());
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "008", "A8", "0A", "WSA20009", "WSA1000A", "WSA100090", "WSA1009", "wsa10009", "XSA10009",
      "WSB10009", "WTA10009", "WSA1A009"})
  void accidentTypeShapesRefusedNamingTheField(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> inArea("H", "8", Optional.empty(), Optional.of(code), FOUND, List.of()));
    assertEquals(Optional.of("accidentType"), e.field());
  }

  @Test
  void aSubTaskStartsWithItsAreaAndADot() {
    assertEquals(Optional.of("2.4"), inArea("H", "2", Optional.of("2.4"), Optional.empty(), FOUND, List.of()).subTask());
    for (String bad : List.of("22.1", "3.1", "2", "21")) {
      assertEquals(Optional.of("subTask"), assertThrows(InvalidValueException.class,
          () -> inArea("H", "2", Optional.of(bad), Optional.empty(), FOUND, List.of())).field(), bad);
    }
  }

  @Test
  void namesAreOneLineAndRedacted() {
    assertEquals(Optional.of("name"), assertThrows(InvalidValueException.class,
        () -> new Assignee("总务处", Optional.of("张\n三"))).field());
    Assignee named = new Assignee("总务处", Optional.of("张三"));
    assertEquals("总务处 (name redacted)", named.toString());
    assertEquals(Assignee.of("总务处"), named.withoutName());
    assertEquals(Optional.empty(), new Assignee("总务处", null).name());
  }

  @Test
  void aRegisterWithoutNamesIsTheSameRegisterWhenItHoldsNone() {
    Hazard h = inArea("H", "8", Optional.empty(), Optional.empty(), FOUND, List.of());
    HazardRegister r = HazardRegister.of("S-1", MINHANG, List.of(h));
    assertEquals("1.0", r.schemaVersion());
    assertEquals(r, r.withoutNames());
    assertEquals(r.toJson(), r.toJsonWithNames());
    assertEquals(Optional.of("schemaVersion"), assertThrows(InvalidValueException.class,
        () -> new HazardRegister("2.0", "S-1", MINHANG, List.of())).field());
    assertEquals(JurisdictionCode.of("310112"), r.jurisdiction());
  }

  @Test
  void theEnumsCarryTheirLabels() {
    assertEquals("资金落实", PlanElement.FUNDS.label().zh());
    assertEquals("emergency plan", PlanElement.EMERGENCY_PLAN.label().en());
    assertEquals(FactorCategory.ENVIRONMENT, FactorCategory.values()[2]);
    assertEquals("环境因素", FactorCategory.ENVIRONMENT.label().zh());
  }

  private static HazardStatus status(HazardState state, LocalDate asOf, LocalDate deadline) {
    return new HazardStatus(asOf, state, Optional.of(HazardGrade.GENERAL), FOUND, Optional.of(deadline), Optional.empty(),
        false, Optional.empty());
  }

  private static HazardStatus graded(Optional<HazardGrade> grade, Optional<RectificationPlan> plan) {
    return new HazardStatus(DAY, HazardState.RECTIFYING, grade, FOUND, Optional.of(DAY), Optional.empty(), false, plan);
  }

  @Test
  void aStatusChecksTheDatesItIsGiven() {
    Optional<RectificationPlan> none = Optional.empty();
    LocalDate beyond = LocalDate.of(2201, 1, 2);
    LocalDate last = LocalDate.of(2201, 1, 1);
    assertEquals(Optional.of(last), new HazardStatus(DAY, HazardState.RECTIFYING, Optional.empty(), DAY, Optional.of(last),
        Optional.empty(), false, none).deadline());
    assertEquals(Optional.of("deadline"), assertThrows(InvalidValueException.class, () -> new HazardStatus(DAY,
        HazardState.RECTIFYING, Optional.empty(), DAY, Optional.of(beyond), Optional.empty(), false, none)).field());
    assertEquals(Optional.of(last), new HazardStatus(DAY, HazardState.CLOSED, Optional.empty(), DAY, Optional.empty(),
        Optional.of(last), false, none).closedDate());
    assertEquals(Optional.of("closedDate"), assertThrows(InvalidValueException.class, () -> new HazardStatus(DAY,
        HazardState.CLOSED, Optional.empty(), DAY, Optional.empty(), Optional.of(beyond), false, none)).field());
  }

  @Test
  void aNullPlanElementIsNamedByItsIndex() {
    RectificationPlan empty = new RectificationPlan(Map.of());
    Set<PlanElement> nullSecond = new java.util.LinkedHashSet<>();
    nullSecond.add(PlanElement.FUNDS);
    nullSecond.add(null);
    assertEquals(Optional.of("required[1]"), assertThrows(AnxiaoException.class, () -> empty.missing(nullSecond)).field());
    Set<PlanElement> nullThird = new java.util.LinkedHashSet<>();
    nullThird.add(PlanElement.FUNDS);
    nullThird.add(PlanElement.RESPONSIBILITY);
    nullThird.add(null);
    assertEquals(Optional.of("required[2]"), assertThrows(AnxiaoException.class, () -> empty.missing(nullThird)).field());
  }
}

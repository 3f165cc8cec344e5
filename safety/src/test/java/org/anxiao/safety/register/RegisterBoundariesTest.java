package org.anxiao.safety.register;

import static org.anxiao.safety.register.RegisterFixtures.MARCH;
import static org.anxiao.safety.register.RegisterFixtures.MINHANG;
import static org.anxiao.safety.register.RegisterFixtures.SAFE;
import static org.anxiao.safety.register.RegisterFixtures.SCHOOL;
import static org.anxiao.safety.register.RegisterFixtures.d;
import static org.anxiao.safety.register.RegisterFixtures.entry;
import static org.anxiao.safety.register.RegisterFixtures.general;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.DateRange;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.hazard.MinhangOutcome;
import org.junit.jupiter.api.Test;

/** Each comparison of the KPIs at, just before and just after its boundary; each invariant's error path. */
class RegisterBoundariesTest {
  private static Kpis one(RegisterEntry e) {
    return RegisterFixtures.standard().calculate(SCHOOL, MARCH, List.of(e)).figures().overall();
  }

  private static RegisterFigures figures(RegisterEntry... e) {
    return RegisterFixtures.standard().calculate(SCHOOL, MARCH, List.of(e)).figures();
  }

  @Test
  void closedTheDayBeforeOnAndAfterTheDeadline() {
    assertEquals(1, one(general("A", "03-01", "03-10", "03-09")).onTime().numerator());
    assertEquals(1, one(general("A", "03-01", "03-10", "03-10")).onTime().numerator());
    assertEquals(0, one(general("A", "03-01", "03-10", "03-11")).onTime().numerator());
    assertEquals(1, one(general("A", "03-01", "03-10", "03-11")).onTime().denominator());
  }

  @Test
  void openTheDayBeforeOnAndAfterItsDeadline() {
    // as-of 03-31: deadline 04-01 (day before), 03-31 (on), 03-30 (after).
    assertEquals(List.of(), one(general("A", "03-01", "04-01", null)).overdue());
    assertEquals(List.of(), one(general("A", "03-01", "03-31", null)).overdue());
    assertEquals(List.of("A"), one(general("A", "03-01", "03-30", null)).overdue());
    assertEquals(List.of(), one(general("A", "03-01", null, null)).overdue());
    // Closed hazards are never overdue, even closed late.
    assertEquals(List.of(), one(general("A", "03-01", "03-02", "03-20")).overdue());
  }

  @Test
  void closedOnTheAsOfDayAndTheDayAfter() {
    Kpis on = one(general("A", "03-01", null, "03-31"));
    assertEquals(1, on.closed());
    assertEquals(0, on.open());
    assertEquals(1, on.rectification().numerator());
    Kpis after = one(general("A", "03-01", null, "04-01"));
    assertEquals(0, after.closed());
    assertEquals(1, after.open());
    assertEquals(0, after.rectification().numerator());
  }

  @Test
  void foundOnTheFirstAndLastDayAndJustOutside() {
    assertEquals(1, one(general("A", "03-01", null, null)).found());
    assertEquals(1, one(general("A", "03-31", null, null)).found());
    Kpis before = one(general("A", "02-28", null, null));
    assertEquals(0, before.found());
    assertEquals(1, before.open());
    RegisterFigures after = figures(general("A", "04-01", null, null));
    assertEquals(0, after.overall().found());
    assertEquals(0, after.overall().open());
    assertEquals(Map.of(), after.byDepartment());
    assertEquals(new OutcomeCounts(0, 0, 0, 0), after.outcomes());
  }

  @Test
  void closedBeforeThePeriodCountsOnlyAsResolved() {
    RegisterFigures f = figures(general("A", "02-01", null, "02-28"));
    assertEquals(0, f.overall().closed());
    assertEquals(0, f.overall().open());
    assertEquals(new OutcomeCounts(1, 0, 0, 0), f.outcomes());
  }

  @Test
  void closedOnTheFirstDayOfThePeriod() {
    Kpis k = one(general("A", "02-27", null, "03-01"));
    assertEquals(1, k.closed());
    assertEquals(new DaysToClose(1, 2, Optional.of(new BigDecimal("2.00")), Optional.of(new BigDecimal("2.0"))),
        k.daysToClose());
  }

  @Test
  void zeroingForEachMajorCase() {
    HazardGrade m = HazardGrade.MAJOR;
    assertTrue(figures(entry("A", "1", SAFE, m, "03-01", "03-31", null, false, true)).dynamicZeroing());
    assertFalse(figures(entry("A", "1", SAFE, m, "03-01", "03-30", null, false, true)).dynamicZeroing());
    assertFalse(figures(entry("A", "1", SAFE, m, "03-01", "03-31", null, false, false)).dynamicZeroing());
    assertFalse(figures(entry("A", "1", SAFE, m, "03-01", null, null, false, false)).dynamicZeroing());
    assertTrue(figures(entry("A", "1", SAFE, m, "03-01", null, null, false, true)).dynamicZeroing());
    assertTrue(figures(entry("A", "1", SAFE, m, "03-01", "03-02", "03-31", false, false)).dynamicZeroing());
    assertTrue(figures(entry("A", "1", SAFE, HazardGrade.GENERAL, "03-01", "03-02", null, false, false)).dynamicZeroing());
    // Found after the as-of day: not in the register yet.
    assertTrue(figures(entry("A", "1", SAFE, m, "04-01", "04-02", null, false, false)).dynamicZeroing());
  }

  @Test
  void outcomesInTheirOrder() {
    RegisterEntry closedHard = entry("A", "1", SAFE, HazardGrade.GENERAL, "03-01", "03-05", "03-10", true, false);
    assertEquals(Optional.of(MinhangOutcome.RESOLVED), closedHard.outcome(d("03-10")));
    assertEquals(Optional.of(MinhangOutcome.HARD_TO_RESOLVE), closedHard.outcome(d("03-09")));
    assertEquals(Optional.empty(), closedHard.outcome(d("02-28")));
    assertEquals(Optional.of(MinhangOutcome.HARD_TO_RESOLVE), closedHard.outcome(d("03-01")));
    RegisterEntry withDeadline = general("B", "03-01", "03-05", null);
    assertEquals(Optional.of(MinhangOutcome.RESOLVING_WITH_DEADLINE), withDeadline.outcome(d("03-31")));
    assertEquals(Optional.empty(), general("C", "03-01", null, null).outcome(d("03-31")));
    assertTrue(general("C", "03-01", null, "03-02").closedBy(d("03-02")));
    assertFalse(general("C", "03-01", null, "03-02").closedBy(d("03-01")));
    assertFalse(general("C", "03-01", null, null).closedBy(d("03-01")));
  }

  @Test
  void anEntryRefusesDatesBeforeItsFoundDate() {
    InvalidValueException closed = assertThrows(InvalidValueException.class, () -> general("A", "03-10", null, "03-09"));
    assertEquals(Optional.of("closed"), closed.field());
    InvalidValueException deadline = assertThrows(InvalidValueException.class, () -> general("A", "03-10", "03-09", null));
    assertEquals(Optional.of("deadline"), deadline.field());
    // The found day itself is allowed for both.
    assertEquals(d("03-10"), general("A", "03-10", "03-10", "03-10").closed().orElseThrow());
  }

  @Test
  void anEntryRefusesBadFields() {
    assertThrows(InvalidValueException.class, () -> new RegisterEntry("A", "S1", JurisdictionCode.CN, "1", SAFE,
        HazardGrade.GENERAL, d("03-01"), Optional.empty(), Optional.empty(), false, false));
    assertThrows(InvalidValueException.class, () -> new RegisterEntry(" ", "S1", MINHANG, "1", SAFE,
        HazardGrade.GENERAL, d("03-01"), Optional.empty(), Optional.empty(), false, false));
    assertThrows(MissingValueException.class, () -> new RegisterEntry("A", "S1", MINHANG, "1", SAFE,
        null, d("03-01"), Optional.empty(), Optional.empty(), false, false));
    assertThrows(InvalidValueException.class, () -> new RegisterEntry("A", "S1", MINHANG, "1", SAFE,
        HazardGrade.GENERAL, d("03-01"), Optional.of(java.time.LocalDate.of(2300, 1, 1)), Optional.empty(), false, false));
    // A province or city code is accepted (a 市直学校).
    assertEquals("331100", new RegisterEntry("A", "S1", JurisdictionCode.of("331100"), "1", SAFE, HazardGrade.GENERAL,
        d("03-01"), Optional.empty(), Optional.empty(), false, false).jurisdiction().value());
  }

  @Test
  void aRegisterRefusesARepeatedId() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RegisterFixtures.standard()
        .calculate(SCHOOL, MARCH, List.of(general("A", "03-01", null, null), general("A", "03-02", null, null))));
    assertEquals(Optional.of("entry.id"), e.field());
  }

  @Test
  void ratesAndDaysAndKpisHoldTheirInvariants() {
    assertEquals(new Rate(1, 3, Optional.of(new BigDecimal("0.3333"))), Rate.of(1, 3, 4));
    assertEquals(new Rate(0, 0, Optional.empty()), Rate.of(0, 0, 4));
    assertEquals(Optional.of(new BigDecimal("0.12")), Rate.of(1, 8, 2).value()); // 0.125 → 0.12, half to even
    assertThrows(InvalidValueException.class, () -> Rate.of(1, 3, 11));
    assertThrows(InvalidValueException.class, () -> Rate.of(1, 3, -1));
    assertThrows(InvalidValueException.class, () -> new Rate(2, 1, Optional.of(BigDecimal.ONE)));
    assertThrows(InvalidValueException.class, () -> new Rate(0, 0, Optional.of(BigDecimal.ZERO)));
    assertThrows(InvalidValueException.class, () -> new Rate(1, 1, Optional.empty()));
    assertThrows(InvalidValueException.class, () -> new Rate(1, 1, Optional.of(new BigDecimal("1.0001"))));
    assertThrows(InvalidValueException.class, () -> new Rate(1, 1, Optional.of(new BigDecimal("-0.0001"))));
    assertEquals(BigDecimal.ONE, new Rate(1, 1, Optional.of(BigDecimal.ONE)).value().orElseThrow());
    assertEquals(BigDecimal.ZERO, new Rate(0, 1, Optional.of(BigDecimal.ZERO)).value().orElseThrow());
    assertThrows(InvalidValueException.class, () -> new DaysToClose(1, -1, Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE)));
    assertThrows(InvalidValueException.class, () -> new DaysToClose(1, DaysToClose.MAX_DAYS + 1, Optional.of(BigDecimal.ONE),
        Optional.of(BigDecimal.ONE)));
    assertEquals(DaysToClose.MAX_DAYS, new DaysToClose(1, DaysToClose.MAX_DAYS, Optional.of(BigDecimal.ONE),
        Optional.of(BigDecimal.ONE)).total());
    assertThrows(InvalidValueException.class, () -> new DaysToClose(0, 0, Optional.of(BigDecimal.ONE), Optional.empty()));
    assertThrows(InvalidValueException.class, () -> new DaysToClose(0, 0, Optional.empty(), Optional.of(BigDecimal.ONE)));
    assertThrows(InvalidValueException.class, () -> new DaysToClose(1, 1, Optional.of(new BigDecimal("-1")),
        Optional.of(BigDecimal.ONE)));
    assertThrows(InvalidValueException.class, () -> new DaysToClose(1, 1, Optional.of(BigDecimal.ONE),
        Optional.of(BigDecimal.valueOf(DaysToClose.MAX_DAYS + 1))));
    Rate none = Rate.of(0, 0, 4);
    DaysToClose noDays = new DaysToClose(0, 0, Optional.empty(), Optional.empty());
    assertThrows(InvalidValueException.class, () -> new Kpis(1, 0, 0, none, none, List.of(), noDays));
    assertThrows(InvalidValueException.class, () -> new Kpis(0, 1, 0, none, none, List.of(), noDays));
    assertThrows(InvalidValueException.class, () -> new Kpis(0, 0, 1, none, none, List.of("B", "A"), noDays));
    assertThrows(InvalidValueException.class, () -> new Kpis(0, 0, 2, none, none, List.of("A", "A"), noDays));
    assertThrows(InvalidValueException.class, () -> new Kpis(0, 0, 0, none, none, List.of("A"), noDays));
    assertEquals(List.of("A", "B"), new Kpis(0, 0, 2, none, none, List.of("A", "B"), noDays).overdue());
    Rate one = Rate.of(1, 1, 4);
    assertThrows(InvalidValueException.class, () -> new Kpis(0, 1, 0, none, one, List.of(), noDays));
    assertEquals(4, new OutcomeCounts(1, 1, 1, 1).total());
  }

  @Test
  void figuresHoldTheirInvariants() {
    Rate none = Rate.of(0, 0, 4);
    DaysToClose noDays = new DaysToClose(0, 0, Optional.empty(), Optional.empty());
    Kpis k = new Kpis(0, 0, 0, none, none, List.of(), noDays);
    Map<HazardGrade, Kpis> grades = Map.of(HazardGrade.GENERAL, k, HazardGrade.MAJOR, k);
    OutcomeCounts zero = new OutcomeCounts(0, 0, 0, 0);
    assertThrows(InvalidValueException.class, () -> new RegisterFigures(k, Map.of(HazardGrade.GENERAL, k), new TreeMap<>(),
        new TreeMap<>(), true, List.of(), new TreeMap<>(), zero));
    assertThrows(InvalidValueException.class, () -> new RegisterFigures(k, grades, new TreeMap<>(), new TreeMap<>(),
        true, List.of("A"), new TreeMap<>(), zero));
    assertThrows(InvalidValueException.class, () -> new RegisterFigures(k, grades, new TreeMap<>(), new TreeMap<>(),
        false, List.of(), new TreeMap<>(), zero));
    assertThrows(InvalidValueException.class, () -> new RegisterFigures(k, grades, new TreeMap<>(), new TreeMap<>(),
        false, List.of("B", "A"), new TreeMap<>(), zero));
    assertFalse(new RegisterFigures(k, grades, new TreeMap<>(), new TreeMap<>(), false, List.of("A", "B"), new TreeMap<>(),
        zero).dynamicZeroing());
  }

  @Test
  void rollUpLevelsFindTheDivision() {
    JurisdictionCode liandu = JurisdictionCode.of("331102");
    assertEquals("331102", RollUpLevel.DISTRICT.division(liandu).value());
    assertEquals("331100", RollUpLevel.CITY.division(liandu).value());
    assertEquals("330000", RollUpLevel.PROVINCE.division(liandu).value());
    // Municipalities: a district sits directly under the municipality.
    for (String m : List.of("110105", "120101", "310112", "500101")) {
      assertEquals(m.substring(0, 2) + "0000", RollUpLevel.CITY.division(JurisdictionCode.of(m)).value(), m);
    }
    // Wider codes stand for themselves.
    assertEquals("331100", RollUpLevel.DISTRICT.division(JurisdictionCode.of("331100")).value());
    assertEquals("330000", RollUpLevel.CITY.division(JurisdictionCode.of("330000")).value());
    assertEquals("370100", RollUpLevel.CITY.division(JurisdictionCode.of("370100")).value());
    assertThrows(InvalidValueException.class, () -> RollUpLevel.SCHOOL.division(liandu));
    assertThrows(InvalidValueException.class, () -> RollUpLevel.CITY.division(JurisdictionCode.CN));
  }

  @Test
  void columnsBuildAndRefuseARepeat() {
    RegisterColumns c = RegisterColumns.builder().add(general("A", "03-01", null, null)).add(general("B", "03-01", null, null))
        .build();
    assertEquals(2, c.size());
    assertTrue(c.toString().contains("2 rows"));
    assertThrows(InvalidValueException.class, () -> RegisterColumns.builder().add(general("A", "03-01", null, null))
        .add(general("A", "03-02", null, null)));
    // Growing past the initial capacity keeps every row.
    RegisterColumns.Builder b = RegisterColumns.builder();
    for (int i = 0; i < 100; i++) {
      b.add(general("H" + i, "03-01", null, null));
    }
    RegisterBatchResult r = RegisterFixtures.standard().rollUp(MARCH, b.build(), RollUpLevel.DISTRICT);
    assertEquals(100, r.groups().get("310112").overall().found());
  }

  @Test
  void aGroupWithoutAHazardFoundByTheAsOfDayIsLeftOut() {
    RegisterBatchResult r = RegisterFixtures.standard().rollUp(new DateRange(d("03-01"), d("03-02")),
        RegisterColumns.of(List.of(general("A", "03-01", null, null), RegisterFixtures.at(general("B", "03-02", null, null), "S2",
            MINHANG))), RollUpLevel.SCHOOL);
    assertEquals(List.of("S1"), List.copyOf(r.groups().keySet()));
  }

  /** A hazard closed on 03-31 after {@code days} days, in {@code department}. */
  private static RegisterEntry closedAfter(String id, String department, int days) {
    LocalDate closed = d("03-31");
    return new RegisterEntry(id, "S1", MINHANG, "1", department, HazardGrade.GENERAL, closed.minusDays(days),
        Optional.empty(), Optional.of(closed), false, false);
  }

  @Test
  void theDaysHistogramGrowsAtExactlyItsCapacityAndPastTwiceIt() {
    // The first closing (10 days) sizes the histogram at 64; 64 days is the first value that no longer fits; 200
    // days opens the 法制科 histogram beyond its default 64.
    RegisterFigures f = figures(closedAfter("A1", SAFE, 10), closedAfter("A2", SAFE, 64),
        closedAfter("A3", RegisterFixtures.LEGAL, 200));
    DaysToClose all = f.overall().daysToClose();
    assertEquals(3, all.count());
    assertEquals(274, all.total());
    assertEquals(Optional.of(new BigDecimal("64.0")), all.median(), "the middle of 10, 64 and 200");
    assertEquals(Optional.of(new BigDecimal("37.0")), f.byDepartment().get(SAFE).daysToClose().median());
    assertEquals(Optional.of(new BigDecimal("200.0")), f.byDepartment().get(RegisterFixtures.LEGAL).daysToClose().median());
  }

  @Test
  void theMedianIsTheValueOfTheMiddleRank() {
    assertEquals(Optional.of(new BigDecimal("4.0")), figures(closedAfter("A1", SAFE, 2), closedAfter("A2", SAFE, 4),
        closedAfter("A3", SAFE, 9)).overall().daysToClose().median());
    assertEquals(Optional.of(new BigDecimal("3.0")), figures(closedAfter("A1", SAFE, 2), closedAfter("A2", SAFE, 4))
        .overall().daysToClose().median());
    assertEquals(Optional.of(new BigDecimal("1.0")), figures(closedAfter("A1", SAFE, 1)).overall().daysToClose().median());
  }

  private static KpiWindow march() {
    return RegisterFixtures.standard().window(MARCH, RuleTrace.under(VerificationPolicy.DEFAULT));
  }

  @Test
  void talliesMergeOnlyOverTheSameDictionaries() {
    assertEquals(Optional.of("other"), assertThrows(InvalidValueException.class,
        () -> new KpiAccumulator(1, 1).merge(new KpiAccumulator(2, 1))).field(), "one more area");
    assertEquals(Optional.of("other"), assertThrows(InvalidValueException.class,
        () -> new KpiAccumulator(2, 1).merge(new KpiAccumulator(2, 0))).field(), "one department fewer");
    // Same number of slices, split differently between areas and departments.
    assertEquals(Optional.of("other"), assertThrows(InvalidValueException.class,
        () -> new KpiAccumulator(1, 2).merge(new KpiAccumulator(2, 1))).field(), "the same total split otherwise");
    KpiAccumulator same = new KpiAccumulator(2, 1);
    same.merge(new KpiAccumulator(2, 1));
  }

  @Test
  void mergingKeepsTheLongerHistogramAndGrowsTheIdListsPastTwiceTheirCapacity() {
    // Part 0: one hazard closed after 100 days (a histogram of 101 days). Part 1: one closed after 10 days (64 days)
    // and 17 major hazards open and overdue — 17 overdue and 17 breaking ids, more than twice the lists' 8.
    List<RegisterEntry> entries = new ArrayList<>();
    entries.add(closedAfter("C100", SAFE, 100));
    entries.add(closedAfter("C10", SAFE, 10));
    for (int i = 1; i <= 17; i++) {
      entries.add(entry(String.format("O%02d", i), "1", SAFE, HazardGrade.MAJOR, "03-01", "03-10", null, false, true));
    }
    RegisterColumns c = RegisterColumns.of(entries);
    int[] part = new int[c.size];
    for (int i = 0; i < c.size; i++) {
      part[i] = c.ids[i].equals("C100") ? 0 : 1;
    }
    KpiWindow w = march();
    KpiAccumulator a = new KpiAccumulator(c.areas.size(), c.departments.size());
    KpiAccumulator b = new KpiAccumulator(c.areas.size(), c.departments.size());
    KpiKernel.run(c, w, part, new int[] {0, -1}, new KpiAccumulator[] {a}, 0, c.size);
    KpiKernel.run(c, w, part, new int[] {-1, 0}, new KpiAccumulator[] {b}, 0, c.size);
    a.merge(b);
    RegisterFigures merged = a.finish(c, w);
    KpiAccumulator union = new KpiAccumulator(c.areas.size(), c.departments.size());
    KpiKernel.run(c, w, part, new int[] {0, 0}, new KpiAccumulator[] {union}, 0, c.size);
    assertEquals(union.finish(c, w), merged);
    assertEquals(Optional.of(new BigDecimal("55.0")), merged.overall().daysToClose().median(), "the middle of 10 and 100");
    assertEquals(17, merged.overall().overdue().size());
    assertEquals(17, merged.zeroingBreaches().size());
    assertEquals("O17", merged.zeroingBreaches().get(16));
  }

  @Test
  void aRatesValueIsPresentExactlyWhenItsDenominatorIsAboveZero() {
    InvalidValueException missing = assertThrows(InvalidValueException.class, () -> new Rate(1, 2, Optional.empty()));
    assertEquals(Optional.of("value"), missing.field());
    assertEquals("is required when the denominator is above 0", missing.rule());
    InvalidValueException extra = assertThrows(InvalidValueException.class,
        () -> new Rate(0, 0, Optional.of(BigDecimal.ZERO)));
    assertEquals(Optional.of("value"), extra.field());
    assertEquals("must be empty when the denominator is 0", extra.rule());
  }

  @Test
  void aRatesPlacesRunFromZeroToTen() {
    assertEquals(Optional.of(new BigDecimal("1")), Rate.of(2, 3, 0).value());
    assertEquals(Optional.of(new BigDecimal("0.6666666667")), Rate.of(2, 3, 10).value());
    assertEquals(Optional.of("places"), assertThrows(InvalidValueException.class, () -> Rate.of(2, 3, -1)).field());
    assertEquals(Optional.of("places"), assertThrows(InvalidValueException.class, () -> Rate.of(2, 3, 11)).field());
  }

  @Test
  void theOnTimeRateIsTakenOfTheHazardsClosed() {
    Rate none = Rate.of(0, 0, 2);
    Rate ofOne = Rate.of(1, 1, 2);
    DaysToClose noDays = new DaysToClose(0, 0, Optional.empty(), Optional.empty());
    assertEquals(0, new Kpis(0, 0, 0, none, none, List.of(), noDays).onTime().denominator());
    assertEquals(Optional.of("onTime.denominator"), assertThrows(InvalidValueException.class,
        () -> new Kpis(0, 0, 0, none, ofOne, List.of(), noDays)).field());
  }

  @Test
  void zeroingBreachesDoNotRepeat() {
    RegisterFigures f = figures(general("A", "03-01", null, null));
    assertEquals(List.of("A", "B"), new RegisterFigures(f.overall(), f.byGrade(), f.byArea(), f.byDepartment(), false,
        List.of("A", "B"), f.outcomesByDepartment(), f.outcomes()).zeroingBreaches());
    assertEquals(Optional.of("zeroingBreaches[1]"), assertThrows(InvalidValueException.class,
        () -> new RegisterFigures(f.overall(), f.byGrade(), f.byArea(), f.byDepartment(), false, List.of("A", "A"),
            f.outcomesByDepartment(), f.outcomes())).field());
  }

  @Test
  void theMeanAndMedianLieInZeroToMaxDays() {
    BigDecimal max = BigDecimal.valueOf(DaysToClose.MAX_DAYS);
    BigDecimal above = max.add(BigDecimal.ONE);
    assertEquals(Optional.of(max), new DaysToClose(1, DaysToClose.MAX_DAYS, Optional.of(max), Optional.of(max)).median());
    assertEquals(Optional.of(BigDecimal.ZERO),
        new DaysToClose(1, 0, Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ZERO)).mean());
    assertEquals(Optional.of("mean"), assertThrows(InvalidValueException.class,
        () -> new DaysToClose(2, DaysToClose.MAX_DAYS, Optional.of(above), Optional.of(max))).field());
    assertEquals(Optional.of("median"), assertThrows(InvalidValueException.class,
        () -> new DaysToClose(2, DaysToClose.MAX_DAYS, Optional.of(max), Optional.of(above))).field());
    assertEquals(Optional.of("median"), assertThrows(InvalidValueException.class,
        () -> new DaysToClose(1, 0, Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("-0.5")))).field());
  }

  @Test
  void aSampleNamesEachBadIdByIndex() {
    assertEquals(List.of(), new DepartmentSample(0, List.of()).sampled());
    assertEquals(List.of("A"), new DepartmentSample(1, List.of("A")).sampled());
    assertEquals(Optional.of("sampled[0]"), assertThrows(InvalidValueException.class,
        () -> new DepartmentSample(2, List.of("a\nb"))).field());
    assertEquals(Optional.of("sampled[1]"), assertThrows(InvalidValueException.class,
        () -> new DepartmentSample(2, List.of("A", " "))).field());
  }
}

package org.anxiao.energy.meter;

import static org.anxiao.energy.meter.MeterFixtures.METERS_2024;
import static org.anxiao.energy.meter.MeterFixtures.SCHOOL;
import static org.anxiao.energy.meter.MeterFixtures.amount;
import static org.anxiao.energy.meter.MeterFixtures.assertAmount;
import static org.anxiao.energy.meter.MeterFixtures.at;
import static org.anxiao.energy.meter.MeterFixtures.dec;
import static org.anxiao.energy.meter.MeterFixtures.in;
import static org.anxiao.energy.meter.MeterFixtures.monthValue;
import static org.anxiao.energy.meter.MeterFixtures.read;
import static org.anxiao.energy.meter.MeterFixtures.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.EndUse;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, by hand. The sufficiency values are those of the bundled pack
 * {@code caltrack.data-sufficiency@1.0.0}: monthsRequired = 12, maxMissingMonths = 1.
 */
class MeterDataExamplesTest {
  private static final PackRef CALTRACK = PackRef.of("caltrack.data-sufficiency", "1.0.0");

  /** A water meter billed monthly through 2024, with the months in {@code skip} missing. */
  private static MeterDataInput waterYear(int... skip) {
    String[] amounts = {"300", "290", "310", "300", "310", "330", "372", "341", "330", "310", "300", "310"};
    List<IntervalReading> readings = new ArrayList<>();
    month:
    for (int m = 1; m <= 12; m++) {
      for (int s : skip) {
        if (s == m) {
          continue month;
        }
      }
      readings.add(monthValue("W1", 2024, m, amounts[m - 1], "m3"));
    }
    return MeterDataInput.ofIntervals(List.of(Meter.interval("W1", Carrier.WATER, "m3")), readings);
  }

  @Test
  void aRegisterThatRollsOverIsReadAcrossTheWrapTimesItsMultiplier() {
    // A five-digit register with one decimal (shows at most 99999.9, wraps at 100000), CT ratio 40.
    Meter e1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh").withRollover(dec("100000")).withMultiplier(dec("40"))
        .in("B1", EndUse.LIGHTING_SOCKETS);
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(e1), List.of(
        read("E1", at(2024, 1, 1), "99800.0", "kWh"),
        read("E1", at(2024, 2, 1), "300.0", "kWh"),
        read("E1", at(2024, 3, 1), "1100.0", "kWh")), List.of());
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)), data,
        GapHandling.reject());
    // January: 300 < 99800, a wrap: 100000 − 99800 + 300 = 500 (< 50000, half the span: plausible); × 40 = 20000 kWh.
    assertAmount("20000", amount(r, "E1", 2024, 1));
    // February: 1100 − 300 = 800; × 40 = 32000 kWh.
    assertAmount("32000", amount(r, "E1", 2024, 2));
    Consumption jan = in(r, "E1", 2024, 1);
    assertEquals(Optional.of("E1"), jan.meterId());
    assertEquals(Optional.of("B1"), jan.buildingId());
    assertEquals(EndUse.LIGHTING_SOCKETS, jan.endUse());
    assertEquals(Carrier.ELECTRICITY, jan.carrier());
    assertEquals("kWh", jan.amount().unit());
    assertFalse(jan.estimated());
    assertTrue(r.gaps().isEmpty());
    assertTrue(r.estimates().isEmpty());
    // Two months of data in a two-month period: nothing missing, but fewer than the 12 an annual figure needs.
    MeterCoverage c = r.coverageOf("E1").orElseThrow();
    assertEquals(new MeterCoverage("E1", 2, 2, 0, 60, 60.0, false), c);
    assertFalse(r.sufficient());
  }

  @Test
  void aWrapInsideAReadingIntervalIsApportionedByTime() {
    Meter e1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh").withRollover(dec("100000"));
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(e1), List.of(
        read("E1", at(2024, 1, 16), "99900", "kWh"),
        read("E1", at(2024, 2, 16), "520", "kWh")), List.of());
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)), data,
        GapHandling.linear());
    // 100000 − 99900 + 520 = 620 kWh over 31 days (16 Jan – 16 Feb) = 20 kWh/day.
    // Measured: January 16 days (16–31 Jan) = 320; February 15 days (1–15 Feb) = 300.
    // Gaps, LINEAR from the month itself (partly covered): January 15 days × 20 = 300 → 620;
    // February 14 days (16–29 Feb 2024) × 20 = 280 → 580.
    assertAmount("620", amount(r, "E1", 2024, 1));
    assertAmount("580", amount(r, "E1", 2024, 2));
    assertEquals(List.of(new MeterGap("E1", new Month(2024, 1), 15.0, false), new MeterGap("E1", new Month(2024, 2), 14.0, false)),
        r.gaps());
    assertEquals(new EstimatedMonth("E1", new Month(2024, 1), EstimationMethod.LINEAR, Measure.of("300", "kWh"), 15.0,
        List.of(new Month(2024, 1))), r.estimates().get(0));
    assertEquals(new MeterCoverage("E1", 2, 2, 0, 60, 31.0, false), r.coverage().get(0));
  }

  @Test
  void aReplacementMidMonthSplitsTheDifferenceAtTheSwap() {
    Meter g1 = Meter.cumulative("G1", Carrier.NATURAL_GAS, "m3");
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(g1), List.of(
        read("G1", at(2024, 3, 1), "5000", "m3"),
        read("G1", at(2024, 4, 16), "630", "m3"),
        read("G1", at(2024, 5, 1), "930", "m3")),
        List.of(new MeterReplacement("G1", at(2024, 3, 16), Measure.of("5450", "m3"), Measure.of("10", "m3"))));
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1)), data,
        GapHandling.reject());
    // Old register 1–16 March: 5450 − 5000 = 450 m³, all in March.
    // New register 16 March – 16 April: 630 − 10 = 620 m³ over 31 days = 20 m³/day: 16 days in March = 320, 15 in April = 300.
    // 16 April – 1 May: 930 − 630 = 300 m³, all in April.
    // March = 450 + 320 = 770; April = 300 + 300 = 600; total 1370 = (5450 − 5000) + (930 − 10).
    assertAmount("770", amount(r, "G1", 2024, 3));
    assertAmount("600", amount(r, "G1", 2024, 4));
    assertAmount("1370", total(r.consumptions()));
    assertTrue(r.consumptions().stream().noneMatch(Consumption::estimated));
  }

  @Test
  void aYearWithOneGapIsEstimatedLinearlyAndStillSufficient() {
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), waterYear(6), GapHandling.linear());
    // May 310 m³ / 31 days = 10 m³/day; July 372 / 31 = 12 m³/day.
    // June lies one month after May and one before July: 10 + (12 − 10) × 1/2 = 11 m³/day × 30 days = 330 m³.
    assertAmount("330", amount(r, "W1", 2024, 6));
    assertTrue(in(r, "W1", 2024, 6).estimated());
    assertEquals(List.of(new EstimatedMonth("W1", new Month(2024, 6), EstimationMethod.LINEAR, Measure.of("330", "m3"), 30.0,
        List.of(new Month(2024, 5), new Month(2024, 7)))), r.estimates());
    assertEquals(List.of(new MeterGap("W1", new Month(2024, 6), 30.0, true)), r.gaps());
    // Year: 300+290+310+300+310+330+372+341+330+310+300+310 = 3803 m³.
    assertAmount("3803", total(r.consumptions()));
    assertEquals(12, r.consumptions().size());
    assertEquals(11, r.consumptions().stream().filter(c -> !c.estimated()).count());
    // 11 of 12 months have data, one missing ≤ maxMissingMonths 1; 366 − 30 = 336 days covered.
    assertEquals(new MeterCoverage("W1", 12, 11, 1, 366, 336.0, true), r.coverage().get(0));
    assertTrue(r.sufficient());
    assertEquals(List.of(CALTRACK + "/monthsRequired=12", CALTRACK + "/maxMissingMonths=1"),
        r.rulesApplied().stream().map(a -> a.pack() + "/" + a.parameter() + "=" + a.value()).toList());
    assertEquals(List.of(CALTRACK), r.packs());
  }

  @Test
  void twoMissingMonthsAreEstimatedButTheYearIsNotSufficient() {
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), waterYear(6, 8), GapHandling.linear());
    // June as before, 330. August: July 12 m³/day, September 330/30 = 11 m³/day → 12 + (11 − 12) × 1/2 = 11.5 × 31 = 356.5.
    assertAmount("330", amount(r, "W1", 2024, 6));
    assertAmount("356.5", amount(r, "W1", 2024, 8));
    // Two missing > maxMissingMonths 1.
    assertEquals(new MeterCoverage("W1", 12, 10, 2, 366, 305.0, false), r.coverage().get(0));
    assertFalse(r.sufficient());
  }

  @Test
  void twoConsecutiveMissingMonthsInterpolateByMonthIndex() {
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), waterYear(6, 7), GapHandling.linear());
    // May 10 m³/day (index 4), August 341/31 = 11 m³/day (index 7).
    // June (5): 10 + 1 × 1/3 = 10.333… × 30 = 310 (309.999… at 34 digits, rounded to 9 places: 310.000000000).
    // July (6): 10 + 1 × 2/3 = 10.666… × 31 = 330.666… → 330.666666667.
    assertAmount("310", amount(r, "W1", 2024, 6));
    assertAmount("330.666666667", amount(r, "W1", 2024, 7));
    assertEquals(List.of(new Month(2024, 5), new Month(2024, 8)), r.estimates().get(1).references());
  }

  @Test
  void aProfileIsScaledToTheNeighbouringMonths() {
    // Relative monthly amounts: every month its days (a flat daily rate), but June twice that.
    MonthlyProfile profile = MonthlyProfile.of("31", "29", "31", "30", "31", "60", "31", "31", "30", "31", "30", "31");
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), waterYear(6), GapHandling.profile(profile));
    // Daily weights: May 31/31 = 1, July 31/31 = 1, June 60/30 = 2.
    // Scale = (310 + 372) / (1 × 31 + 1 × 31) = 682 / 62 = 11 m³ per unit of daily weight.
    // June = 11 × 2 × 30 days = 660 m³.
    assertAmount("660", amount(r, "W1", 2024, 6));
    assertEquals(EstimationMethod.PROFILE, r.estimates().get(0).method());
    assertEquals(GapHandling.profile(profile), r.gapHandling());
  }

  @Test
  void aPartlyCoveredLastMonthIsCompletedFromItsOwnRate() {
    Meter e2 = Meter.cumulative("E2", Carrier.ELECTRICITY, "kWh");
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(e2), List.of(
        read("E2", at(2024, 1, 1), "0", "kWh"), read("E2", at(2024, 12, 16), "3500", "kWh")), List.of());
    MeterDataResult r = METERS_2024.monthly(Subject.of(SubjectKind.of("METER"), "E2"), new CalendarYear(2024), data,
        GapHandling.linear());
    // 1 Jan – 16 Dec 2024 is 350 days: 3500 / 350 = 10 kWh/day.
    // January 31 days = 310; February (2024, leap) 29 days = 290; December measured 15 days = 150.
    // December's 16 uncovered days at its own rate: 16 × 10 = 160 → 310, estimated.
    assertAmount("310", amount(r, "E2", 2024, 1));
    assertAmount("290", amount(r, "E2", 2024, 2));
    assertAmount("310", amount(r, "E2", 2024, 12));
    assertTrue(in(r, "E2", 2024, 12).estimated());
    assertFalse(in(r, "E2", 2024, 11).estimated());
    assertEquals(List.of(new MeterGap("E2", new Month(2024, 12), 16.0, false)), r.gaps());
    // 366 × 10 = 3660 over the year; every month has data, so nothing is missing.
    assertAmount("3660", total(r.consumptions()));
    assertEquals(new MeterCoverage("E2", 12, 12, 0, 366, 350.0, true), r.coverage().get(0));

    DataGapException gap = assertThrows(DataGapException.class,
        () -> METERS_2024.monthly(SCHOOL, new CalendarYear(2024), data, GapHandling.reject()));
    assertEquals("E2", gap.meterId());
    assertEquals(new Month(2024, 12), gap.month());
    assertEquals(16.0, gap.missingDays());
    assertEquals(Optional.of("meters[E2].months[2024-12]"), gap.field());
    assertEquals("MISSING_VALUE", gap.errorCode());
  }

  @Test
  void intervalValuesAreSummedPerMonthAndSplitAtMonthEnds() {
    Meter h1 = Meter.interval("H1", Carrier.HEAT, "GJ");
    List<IntervalReading> readings = new ArrayList<>();
    // Daily values of 2 GJ for every day of February 2024 (29 days = 58 GJ) …
    for (LocalDate d = LocalDate.of(2024, 2, 1); d.isBefore(LocalDate.of(2024, 3, 1)); d = d.plusDays(1)) {
      readings.add(IntervalReading.of("H1", new DateRange(d, d.plusDays(1)), Measure.of("2", "GJ")));
    }
    // … and one 24-hour value of 24 GJ from 31 Mar 12:00 to 1 Apr 12:00: 12 GJ in each month.
    readings.add(new IntervalReading("H1", LocalDateTime.of(2024, 3, 31, 12, 0), LocalDateTime.of(2024, 4, 1, 12, 0),
        Measure.of("24", "GJ")));
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 1)),
        MeterDataInput.ofIntervals(List.of(h1), readings), GapHandling.linear());
    assertAmount("58", amount(r, "H1", 2024, 2));
    // March: 12 GJ measured over 12 h (24 GJ/day); 30.5 days uncovered, from the month's own rate → 12 + 30.5 × 24 = 744.
    assertAmount("744", amount(r, "H1", 2024, 3));
    // April: 12 GJ over 12 h, 29.5 days estimated at 24 GJ/day → 12 + 708 = 720.
    assertAmount("720", amount(r, "H1", 2024, 4));
    assertEquals(3, r.coverage().get(0).monthsWithData());
  }

  @Test
  void severalMetersComeOutInInputOrderEachWithItsOwnCoverage() {
    Meter e1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "MWh");
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    MeterDataInput data = new MeterDataInput(List.of(e1, w1),
        List.of(read("E1", at(2024, 1, 1), "10", "MWh"), read("E1", at(2025, 1, 1), "376.0", "MWh")),
        waterYear().intervalReadings(), List.of());
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), data, GapHandling.reject());
    assertEquals(24, r.consumptions().size());
    assertEquals(List.of("E1", "W1"), r.coverage().stream().map(MeterCoverage::meterId).toList());
    // 366 MWh over 366 days: 1 MWh/day, so January = 31 MWh.
    assertAmount("31", amount(r, "E1", 2024, 1));
    assertEquals("MWh", in(r, "E1", 2024, 1).amount().unit());
    assertAmount("366", total(r.consumptionsOf("E1")));
    assertTrue(r.sufficient());
    List<AppliedRule> rules = r.rulesApplied();
    assertEquals(2, rules.size());
  }

  @Test
  void aYearOfQuarterHourValuesAddsUpByMonth() {
    // 366 days × 96 quarter-hours of 0.25 kWh each: 24 kWh/day; January 31 × 24 = 744, February 29 × 24 = 696.
    Meter e3 = Meter.interval("E3", Carrier.ELECTRICITY, "kWh");
    List<IntervalReading> readings = new ArrayList<>();
    LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0);
    Measure quarter = Measure.of("0.25", "kWh");
    while (t.getYear() == 2024) {
      readings.add(new IntervalReading("E3", t, t.plusMinutes(15), quarter));
      t = t.plusMinutes(15);
    }
    assertEquals(366 * 96, readings.size());
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new CalendarYear(2024), MeterDataInput.ofIntervals(List.of(e3), readings),
        GapHandling.reject());
    assertAmount("744", amount(r, "E3", 2024, 1));
    assertAmount("696", amount(r, "E3", 2024, 2));
    assertAmount("8784", total(r.consumptions()));
  }
}

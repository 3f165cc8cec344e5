package org.anxiao.energy.meter;

import static org.anxiao.energy.meter.MeterFixtures.METERS_2024;
import static org.anxiao.energy.meter.MeterFixtures.SCHOOL;
import static org.anxiao.energy.meter.MeterFixtures.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.testkit.MeterReadingGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of monthly conversion. The decimal path is exact: apportioned shares add up to their
 * amount exactly, so totals are compared exactly, not within a tolerance.
 */
class MeterDataProperties {
  private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);
  /** Minutes and hours of 2024 (a leap year). */
  private static final int MINUTES = 366 * 1440;
  private static final int HOURS = 366 * 24;
  private static final CalendarYear YEAR = new CalendarYear(2024);
  private static final List<BigDecimal> MULTIPLIERS =
      List.of(BigDecimal.ONE, new BigDecimal("40"), new BigDecimal("0.5"), new BigDecimal("1.25"));

  private static Gen<List<Integer>> times(int max, int count) {
    return lists().of(integers().between(1, max - 1)).ofSizeBetween(0, count);
  }

  /** Register readings of E1 at {@code 0 < times < end} (minutes or hours from START), first at START, last at end. */
  private static List<RegisterReading> register(TreeSet<Integer> times, List<BigDecimal> values, boolean hours) {
    List<RegisterReading> out = new ArrayList<>();
    int i = 0;
    for (int t : times) {
      LocalDateTime at = hours ? START.plusHours(t) : START.plusMinutes(t);
      out.add(new RegisterReading("E1", at, new Measure(values.get(i++), "kWh")));
    }
    return out;
  }

  @Test
  void aMonotoneRegisterYieldsMonthsThatAddUpToLastMinusFirst() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 5_000_000)).ofSizeBetween(1, 20),
        times(MINUTES, 19), integers().between(0, 3), integers().between(0, 9_999_999)).checkAssert(
        (increments, inner, m, first) -> {
          TreeSet<Integer> t = new TreeSet<>(inner);
          t.add(0);
          t.add(MINUTES);
          List<BigDecimal> values = new ArrayList<>();
          BigDecimal v = BigDecimal.valueOf(first, 1);
          for (int k = 0; k < t.size(); k++) {
            values.add(v);
            v = v.add(BigDecimal.valueOf(increments.get(k % increments.size()), 3));
          }
          BigDecimal multiplier = MULTIPLIERS.get(m);
          Meter e1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh").withMultiplier(multiplier);
          MeterDataResult r = METERS_2024.monthly(SCHOOL, YEAR,
              MeterDataInput.ofRegisters(List.of(e1), register(t, values, false), List.of()), GapHandling.reject());
          BigDecimal expected = values.get(values.size() - 1).subtract(values.get(0)).multiply(multiplier);
          assertEquals(0, expected.compareTo(total(r.consumptions())), expected + " vs " + total(r.consumptions()));
          assertTrue(r.consumptions().stream().noneMatch(Consumption::estimated));
          assertTrue(r.consumptions().stream().allMatch(c -> c.amount().value().signum() >= 0));
          assertEquals(new MeterCoverage("E1", 12, 12, 0, 366, 366.0, true), r.coverage().get(0));
        });
  }

  @Test
  void splittingAReadingIntervalLeavesTheMonthsUnchanged() {
    // Whole hours and an integer rate per hour between readings, so the reading at a split point is exact.
    qt().withExamples(200).forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 12), times(HOURS, 11),
        integers().between(1, HOURS - 1), integers().between(0, 1)).checkAssert((rates, inner, split, kind) -> {
          TreeSet<Integer> t = new TreeSet<>(inner);
          t.add(0);
          t.add(HOURS);
          List<Integer> hours = new ArrayList<>(t);
          List<BigDecimal> values = new ArrayList<>();
          BigDecimal v = BigDecimal.ZERO;
          for (int k = 0; k < hours.size(); k++) {
            values.add(v);
            if (k + 1 < hours.size()) {
              v = v.add(BigDecimal.valueOf((long) rates.get(k % rates.size()) * (hours.get(k + 1) - hours.get(k))));
            }
          }
          // The value at the split hour, on the line between its neighbours.
          int k = 0;
          while (hours.get(k + 1) <= split) {
            k++;
          }
          BigDecimal atSplit = values.get(k).add(BigDecimal.valueOf((long) rates.get(k % rates.size()) * (split - hours.get(k))));
          TreeSet<Integer> withSplit = new TreeSet<>(t);
          withSplit.add(split);
          List<BigDecimal> splitValues = new ArrayList<>(values);
          if (!t.contains(split)) {
            splitValues.add(k + 1, atSplit);
          }
          MeterDataInput whole;
          MeterDataInput parts;
          if (kind == 0) {
            Meter e1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh");
            whole = MeterDataInput.ofRegisters(List.of(e1), register(t, values, true), List.of());
            parts = MeterDataInput.ofRegisters(List.of(e1), register(withSplit, splitValues, true), List.of());
          } else {
            Meter e1 = Meter.interval("E1", Carrier.ELECTRICITY, "kWh");
            whole = MeterDataInput.ofIntervals(List.of(e1), intervals(new ArrayList<>(t), values));
            parts = MeterDataInput.ofIntervals(List.of(e1), intervals(new ArrayList<>(withSplit), splitValues));
          }
          assertEquals(METERS_2024.monthly(SCHOOL, YEAR, whole, GapHandling.reject()).consumptions(),
              METERS_2024.monthly(SCHOOL, YEAR, parts, GapHandling.reject()).consumptions());
        });
  }

  /** Interval values between consecutive hours, each the difference of consecutive register values. */
  private static List<IntervalReading> intervals(List<Integer> hours, List<BigDecimal> values) {
    List<IntervalReading> out = new ArrayList<>();
    for (int k = 0; k + 1 < hours.size(); k++) {
      out.add(new IntervalReading("E1", START.plusHours(hours.get(k)), START.plusHours(hours.get(k + 1)),
          new Measure(values.get(k + 1).subtract(values.get(k)), "kWh")));
    }
    return out;
  }

  @Test
  void aWrappedRegisterReadsLikeTheUnwrappedOne() {
    BigDecimal span = new BigDecimal("100000");
    // Increments below half the span, so every wrap is plausible.
    qt().withExamples(200).forAll(lists().of(integers().between(0, 499_999)).ofSizeBetween(1, 12), times(MINUTES, 11),
        integers().between(0, 999_999)).checkAssert((increments, inner, first) -> {
          TreeSet<Integer> t = new TreeSet<>(inner);
          t.add(0);
          t.add(MINUTES);
          List<BigDecimal> unwrapped = new ArrayList<>();
          List<BigDecimal> shown = new ArrayList<>();
          BigDecimal v = BigDecimal.valueOf(first, 1);
          for (int k = 0; k < t.size(); k++) {
            unwrapped.add(v);
            shown.add(v.remainder(span));
            v = v.add(BigDecimal.valueOf(increments.get(k % increments.size()), 1));
          }
          Meter plain = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh");
          Meter wrapping = plain.withRollover(span);
          assertEquals(
              METERS_2024.monthly(SCHOOL, YEAR, MeterDataInput.ofRegisters(List.of(plain), register(t, unwrapped, false),
                  List.of()), GapHandling.reject()).consumptions(),
              METERS_2024.monthly(SCHOOL, YEAR, MeterDataInput.ofRegisters(List.of(wrapping), register(t, shown, false),
                  List.of()), GapHandling.reject()).consumptions());
        });
  }

  @Test
  void exactlyTheEstimatedMonthsAreFlaggedAndListed() {
    Gen<MonthlyProfile> profiles = MeterReadingGenerators.profiles();
    qt().withExamples(200).forAll(integers().between(1, 4095), lists().of(integers().between(0, 100_000)).ofSize(12),
        Generate.booleans(), profiles).checkAssert((present, amounts, linear, profile) -> {
          List<IntervalReading> readings = new ArrayList<>();
          Set<Month> missing = new TreeSet<>(java.util.Comparator.comparing(Month::code));
          for (int m = 1; m <= 12; m++) {
            if ((present >> (m - 1) & 1) == 1) {
              readings.add(MeterFixtures.monthValue("W1", 2024, m, amounts.get(m - 1).toString(), "m3"));
            } else {
              missing.add(new Month(2024, m));
            }
          }
          MeterDataResult r = METERS_2024.monthly(SCHOOL, YEAR,
              MeterDataInput.ofIntervals(List.of(Meter.interval("W1", Carrier.WATER, "m3")), readings),
              linear ? GapHandling.linear() : GapHandling.profile(profile));
          Set<String> flagged = r.consumptions().stream().filter(Consumption::estimated).map(c -> c.period().code())
              .collect(Collectors.toCollection(TreeSet::new));
          Set<String> listed = r.estimates().stream().map(e -> e.month().code()).collect(Collectors.toCollection(TreeSet::new));
          Set<String> gaps = r.gaps().stream().map(g -> g.month().code()).collect(Collectors.toCollection(TreeSet::new));
          Set<String> expected = missing.stream().map(Month::code).collect(Collectors.toCollection(TreeSet::new));
          assertEquals(expected, flagged);
          assertEquals(expected, listed);
          assertEquals(expected, gaps);
          assertTrue(r.gaps().stream().allMatch(MeterGap::wholeMonth));
          for (Consumption c : r.consumptions()) {
            if (!c.estimated()) {
              Month m = (Month) c.period();
              assertEquals(0, BigDecimal.valueOf(amounts.get(m.month() - 1)).compareTo(c.amount().value()));
            }
          }
          assertEquals(missing.size(), r.coverage().get(0).missingMonths());
          assertEquals(missing.size() <= 1, r.sufficient());
        });
  }
}

package org.anxiao.energy.dualcontrol;

import static org.anxiao.energy.dualcontrol.DualControlFixtures.SCHOOL;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.areaBaseline;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.denominators;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.months;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.national;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.intensity.PopulationBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The component bounds of the dual-control records, each at its limit and one past it. */
class DualControlRecordsBoundariesTest {

  private static void refused(String field, Executable call) {
    assertEquals(Optional.of(field), assertThrows(InvalidValueException.class, call).field());
  }

  // ---- MetricProgress ----

  /** A valid progress: 20 kgce/m², −5 %, target 19.2 × 10 000 m² = 192 000, half the year used. */
  private static final double[] PROGRESS = {20, 19.2, 10_000, 192_000, 96_000, 0.5, 96_000, 192_000, 19.2, 0};
  private static final String[] PROGRESS_FIELDS = {"baselineIntensity", "targetIntensity", "averageDenominator",
      "budget", "actualToDate", "profileShare", "expectedToDate", "forecast", "forecastIntensity", "headroom"};

  private static MetricProgress progress(int index, double value) {
    double[] v = PROGRESS.clone();
    if (index >= 0) {
      v[index] = value;
    }
    return new MetricProgress(IntensityMetric.ENERGY_PER_AREA, v[0], new BigDecimal("5"), v[1], v[2], v[3], v[4], v[5],
        v[6], v[7], v[8], v[9], DualControlStatus.ON_TRACK);
  }

  @Test
  void metricProgressRefusesEachNegativeFigureButZero() {
    for (int i = 0; i < PROGRESS.length; i++) {
      int index = i;
      if (PROGRESS_FIELDS[i].equals("headroom")) {
        // The one figure that may be negative: an overrun forecast.
        assertEquals(-1, progress(index, -1).headroom(), 0);
        continue;
      }
      refused(PROGRESS_FIELDS[i], () -> progress(index, -1));
      if (!PROGRESS_FIELDS[i].equals("profileShare")) {
        assertEquals(0, progressValue(progress(index, 0), index), 0, PROGRESS_FIELDS[i]);
      }
    }
  }

  private static double progressValue(MetricProgress p, int index) {
    return switch (index) {
      case 0 -> p.baselineIntensity();
      case 1 -> p.targetIntensity();
      case 2 -> p.averageDenominator();
      case 3 -> p.budget();
      case 4 -> p.actualToDate();
      case 6 -> p.expectedToDate();
      case 7 -> p.forecast();
      case 8 -> p.forecastIntensity();
      default -> throw new IllegalArgumentException("index " + index);
    };
  }

  @Test
  void profileShareIsAboveZeroAndAtMostOnePlusTheTolerance() {
    refused("profileShare", () -> progress(5, 0));
    refused("profileShare", () -> progress(5, 1.1));
    assertEquals(1 + SeasonalProfile.SUM_TOLERANCE, progress(5, 1 + SeasonalProfile.SUM_TOLERANCE).profileShare(), 0);
    assertEquals(Double.MIN_VALUE, progress(5, Double.MIN_VALUE).profileShare(), 0);
    refused("reductionPercent", () -> new MetricProgress(IntensityMetric.ENERGY_PER_AREA, 20, new BigDecimal("-1"), 19.2,
        10_000, 192_000, 96_000, 0.5, 96_000, 192_000, 19.2, 0, DualControlStatus.ON_TRACK));
  }

  // ---- MonthlyActual ----

  @Test
  void monthlyActualRefusesNegativesAndARenewablePartAboveTheTotal() {
    Month jan = new Month(2024, 1);
    refused("renewableKgce", () -> new MonthlyActual(jan, ElectricityBasis.CALORIFIC, 10, -1, 0, 0));
    refused("waterM3", () -> new MonthlyActual(jan, ElectricityBasis.CALORIFIC, 10, 0, -1, 0));
    refused("carbonKgCO2e", () -> new MonthlyActual(jan, ElectricityBasis.CALORIFIC, 10, 0, 0, -1));
    refused("renewableKgce", () -> new MonthlyActual(jan, ElectricityBasis.CALORIFIC, 10, 10.5, 0, 0));
    // All of it renewable: renewable = energy is allowed.
    assertEquals(10, new MonthlyActual(jan, ElectricityBasis.CALORIFIC, 10, 10, 0, 0).renewableKgce(), 0);
    assertEquals(0, new MonthlyActual(jan, ElectricityBasis.CALORIFIC, 0, 0, 0, 0).energyKgce(), 0);
  }

  // ---- QuotaAssessment, RenewablesTreatment ----

  private static QuotaAssessment quota(double energyPerArea) {
    return new QuotaAssessment(SCHOOL, new CalendarYear(2024), "UNDERGRADUATE", ElectricityBasis.PRIMARY, energyPerArea,
        new BigDecimal("36.3"), new BigDecimal("25.9"), new BigDecimal("19.3"), QuotaTier.WITHIN_GUIDE, List.of(),
        List.of(), List.of());
  }

  @Test
  void quotaAssessmentAndRenewablesRefuseNegativesButNotZero() {
    assertEquals(0, quota(0).energyPerArea(), 0);
    refused("energyPerArea", () -> quota(-0.01));
    assertEquals(Optional.of(new CalendarYear(2024)), quota(12).period());
    refused("renewableKgce", () -> new RenewablesTreatment(false, false, -1));
    assertEquals(0, new RenewablesTreatment(false, false, 0).renewableKgce(), 0);
  }

  // ---- DualControlProgress ----

  /** National pack, 2024 January–June at 17 000 kgce a month: AT_RISK (DualControlTest works the figures). */
  private static DualControlProgress sample() {
    return national().progress(areaBaseline(2020, "20.00"), new Actuals(SCHOOL, months(2024, 6, 17_000),
        denominators("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF), Optional.empty());
  }

  private static DualControlProgress copy(DualControlProgress p, int year, double energyTotalKgce,
      DualControlStatus status) {
    return new DualControlProgress(p.subject(), year, p.reportingPeriod(), p.baselineYear(), p.targetYear(),
        p.glidePath(), p.profile(), p.renewables(), energyTotalKgce, p.metrics(), status, p.findings(), p.rules(),
        p.packs(), p.baseline(), p.actuals());
  }

  @Test
  void dualControlProgressChecksYearTotalAndStatus() {
    DualControlProgress p = sample();
    assertEquals(DualControlStatus.AT_RISK, p.status());
    assertEquals(Optional.of(p.reportingPeriod()), p.period());
    assertFalse(p.rulesApplied().isEmpty());
    assertEquals(p.rules(), p.rulesApplied());
    assertEquals(0, copy(p, 2024, 0, DualControlStatus.AT_RISK).energyTotalKgce(), 0);
    refused("energyTotalKgce", () -> copy(p, 2024, -1, DualControlStatus.AT_RISK));
    refused("year", () -> copy(p, 2023, 102_000, DualControlStatus.AT_RISK));
    refused("status", () -> copy(p, 2024, 102_000, DualControlStatus.ON_TRACK));
    refused("status", () -> copy(p, 2024, 102_000, DualControlStatus.OVER));
  }

  // ---- Baseline ----

  @Test
  void baselineYearsAndAtLeastOneIntensity() {
    assertEquals(1900, areaBaseline(1900, "20").year());
    assertEquals(2200, areaBaseline(2200, "20").year());
    refused("year", () -> areaBaseline(1899, "20"));
    refused("year", () -> areaBaseline(2201, "20"));
    refused("intensities", () -> new Baseline(2020, ElectricityBasis.CALORIFIC, PopulationBasis.STUDENTS_AND_STAFF,
        Map.of()));
  }

  // ---- Actuals ----

  @Test
  void actualsOfOneYearOnly() {
    List<MonthlyActual> twoYears = List.of(new MonthlyActual(new Month(2024, 1), ElectricityBasis.CALORIFIC, 1, 0, 0, 0),
        new MonthlyActual(new Month(2025, 2), ElectricityBasis.CALORIFIC, 1, 0, 0, 0));
    refused("months[1].month", () -> new Actuals(SCHOOL, twoYears, denominators("1", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF));
  }

  @Test
  void aSumAddsEveryFigureOfEachMonth() {
    // A: January 100 kgce of which 10 renewable, 5 m³, 50 kgCO2e; B: 200 kgce, 30 renewable, 7 m³, 80 kgCO2e.
    // Sum: 300 kgce, 40 renewable, 12 m³, 130 kgCO2e.
    Actuals a = new Actuals(Subject.of(SubjectKind.SCHOOL, "A"), List.of(new MonthlyActual(new Month(2024, 1),
        ElectricityBasis.CALORIFIC, 100, 10, 5, 50)), denominators("1000", 90, 10), PopulationBasis.STUDENTS_AND_STAFF);
    Actuals b = new Actuals(Subject.of(SubjectKind.SCHOOL, "B"), List.of(new MonthlyActual(new Month(2024, 1),
        ElectricityBasis.CALORIFIC, 200, 30, 7, 80)), denominators("2000", 180, 20), PopulationBasis.STUDENTS_AND_STAFF);
    MonthlyActual jan = Actuals.sum(Subject.of(SubjectKind.JURISDICTION, "310112"), List.of(a, b)).months().get(0);
    assertEquals(300, jan.energyKgce(), 0);
    assertEquals(40, jan.renewableKgce(), 0);
    assertEquals(12, jan.waterM3(), 0);
    assertEquals(130, jan.carbonKgCO2e(), 0);
  }

  @Test
  void aSumRefusesATwiceCountedSchoolAnotherBasisOrOtherMonths() {
    Subject district = Subject.of(SubjectKind.JURISDICTION, "310112");
    Actuals a = new Actuals(SCHOOL, months(2024, 2, 1), denominators("1", 1, 1), PopulationBasis.STUDENTS_AND_STAFF);
    refused("parts[1].subject", () -> Actuals.sum(district, List.of(a, a)));
    Actuals energyUsing = new Actuals(Subject.of(SubjectKind.SCHOOL, "B"), months(2024, 2, 1), denominators("1", 1, 1),
        PopulationBasis.ENERGY_USING_POPULATION);
    refused("parts[1].populationBasis", () -> Actuals.sum(district, List.of(a, energyUsing)));
    Actuals shorter = new Actuals(Subject.of(SubjectKind.SCHOOL, "C"), months(2024, 1, 1), denominators("1", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF);
    refused("parts[1].months", () -> Actuals.sum(district, List.of(a, shorter)));
    Actuals longer = new Actuals(Subject.of(SubjectKind.SCHOOL, "D"), months(2024, 3, 1), denominators("1", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF);
    refused("parts[1].months", () -> Actuals.sum(district, List.of(a, longer)));
  }

  // ---- SeasonalProfile ----

  @Test
  void aProfileHoldsTwelveShares() {
    List<BigDecimal> thirteen = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE.divide(new BigDecimal("12"),
        java.math.MathContext.DECIMAL64)));
    thirteen.add(BigDecimal.ZERO);
    refused("shares", () -> SeasonalProfile.of(thirteen));
    refused("shares", () -> SeasonalProfile.of(thirteen.subList(1, 13)));
    // Month 0 and month 13 do not exist: 1..12.
    SeasonalProfile days = SeasonalProfile.byDays(2024);
    refused("month", () -> days.shareThrough(0));
    refused("month", () -> days.shareThrough(13));
    assertEquals(1, days.shareThrough(12), 1e-12);
    // January of a leap year: 31 / 366.
    assertEquals(31.0 / 366, days.shareThrough(1), 1e-15);
  }

  private static List<MonthlyActual> baselineMonths(double kgce) {
    return months(2020, 12, kgce);
  }

  @Test
  void aBaselineProfileNeedsTwelveMonthsInOrderAndSomeEnergy() {
    refused("baselineYear", () -> SeasonalProfile.fromBaselineMonths(months(2020, 11, 100)));
    List<MonthlyActual> thirteen = new ArrayList<>(baselineMonths(100));
    thirteen.add(new MonthlyActual(new Month(2021, 1), ElectricityBasis.CALORIFIC, 100, 0, 0, 0));
    refused("baselineYear", () -> SeasonalProfile.fromBaselineMonths(thirteen));
    // February and January swapped: the second entry is January, not month 2.
    List<MonthlyActual> swapped = new ArrayList<>(baselineMonths(100));
    Collections.swap(swapped, 0, 1);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SeasonalProfile.fromBaselineMonths(swapped));
    assertEquals(Optional.of("baselineYear[0].month"), e.field());
    assertEquals("must be month 1 of 2020, in order", e.rule());
    List<MonthlyActual> gap = new ArrayList<>(baselineMonths(100));
    gap.set(1, new MonthlyActual(new Month(2020, 3), ElectricityBasis.CALORIFIC, 100, 0, 0, 0));
    InvalidValueException second = assertThrows(InvalidValueException.class,
        () -> SeasonalProfile.fromBaselineMonths(gap));
    assertEquals(Optional.of("baselineYear[1].month"), second.field());
    assertEquals("must be month 2 of 2020, in order", second.rule());
    // No energy over the year: no shares can be taken.
    refused("baselineYear", () -> SeasonalProfile.fromBaselineMonths(baselineMonths(0)));
    // The smallest positive year total still gives shares: all of it in December.
    List<MonthlyActual> december = new ArrayList<>(baselineMonths(0));
    december.set(11, new MonthlyActual(new Month(2020, 12), ElectricityBasis.CALORIFIC, Double.MIN_VALUE, 0, 0, 0));
    assertEquals(0, SeasonalProfile.fromBaselineMonths(december).shareThrough(11), 0);
  }

  // ---- IntensityMetric ----

  @Test
  void eachMetricStatesItsUnit() {
    assertEquals("kgce/m2", IntensityMetric.ENERGY_PER_AREA.unit());
    assertEquals("kgce/person", IntensityMetric.ENERGY_PER_PERSON.unit());
    assertEquals("m3/person", IntensityMetric.WATER_PER_PERSON.unit());
    assertEquals("kgCO2/m2", IntensityMetric.CARBON_PER_AREA.unit());
    assertTrue(IntensityMetric.CARBON_PER_AREA.kind().perArea());
  }
}

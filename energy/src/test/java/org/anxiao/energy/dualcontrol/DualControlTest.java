package org.anxiao.energy.dualcontrol;

import static org.anxiao.energy.dualcontrol.DualControlFixtures.SCHOOL;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.areaBaseline;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.callerPack;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.denominators;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.minhang;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.months;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.national;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Comparison;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.intensity.PopulationBasis;
import org.junit.jupiter.api.Test;

/** Worked examples and bad input of {@link DualControl} and {@link EnergyQuotas}, from the bundled and caller packs. */
class DualControlTest {

  @Test
  void nationalGlidePathInAnIntermediateYear() {
    // National pack: base 2020, −5 % energy per m² by 2025, LINEAR.
    // 2023: 20.00 × (1 − 0.05 × (2023 − 2020) / (2025 − 2020)) = 20 × (1 − 0.03) = 19.40 kgce/m².
    GlideTarget t = national().target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20.00", "kgce/m2"), 2023);
    assertEquals(19.40, t.value(), 1e-12);
    assertEquals(Measure.of("19.4", "kgce/m2"), new Measure(new BigDecimal(t.value()).setScale(10,
        java.math.RoundingMode.HALF_EVEN), "kgce/m2"));
    assertEquals(new BigDecimal("5"), t.reductionPercent());
    assertEquals(GlidePath.LINEAR, t.glidePath());
    assertEquals(List.of("baselineYear", "targetYear", "reductions[ENERGY_PER_AREA]", "glidePath"),
        t.rules().stream().map(r -> r.parameter()).toList());
    // The baseline year gives the baseline, the target year baseline × (1 − cut): 20 × 0.95 = 19.00.
    assertEquals(20.0, national().target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2020).value(), 0);
    assertEquals(19.0, national().target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2025).value(), 1e-12);
    // Water per person −6 %: 2024: 30 × (1 − 0.06 × 4/5) = 30 × 0.952 = 28.56 m³/person.
    assertEquals(28.56, national().target(IntensityMetric.WATER_PER_PERSON, Measure.of("30", "m3/person"), 2024).value(),
        1e-12);
  }

  @Test
  void shanghaiGlidePath() {
    // Shanghai pack: base 2020, −3 % per m² by 2023. 2022: 20 × (1 − 0.03 × 2/3) = 20 × 0.98 = 19.60.
    DualControl sh = DualControl.in(RuleContext.standard(JurisdictionCode.of("310112"), LocalDate.of(2023, 6, 30)));
    assertEquals(19.6, sh.target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2022).value(), 1e-12);
    // Carbon per m² −4.2 %: 2023: 50 × (1 − 0.042) = 47.9 kgCO2e/m².
    assertEquals(47.9, sh.target(IntensityMetric.CARBON_PER_AREA, Measure.of("50", "kgCO2e/m2"), 2023).value(), 1e-12);
  }

  @Test
  void aCallerDefinedGeometricTarget() {
    // The caller's own pack for Minhang (310112) overrides the Shanghai pack: −10 % by 2025 from 2020, GEOMETRIC.
    // 2023: 20 × 0.9^(3/5) = 20 × 0.938740… = 18.774807867… kgce/m².
    DualControl dc = minhang(callerPack("1.0.0", 2020, 2025, "10", "GEOMETRIC", false, false));
    GlideTarget t = dc.target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2023);
    assertEquals(18.774807867191388, t.value(), 1e-9);
    assertEquals(GlidePath.GEOMETRIC, t.glidePath());
    assertEquals("test.minhang.dual-control", t.rules().get(0).pack().id());
    assertEquals(18.0, dc.target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2025).value(), 1e-12);
  }

  @Test
  void forecastFromTheDaysProfileIsAtRisk() {
    // National pack, 2024: target 20 × (1 − 0.05 × 4/5) = 19.2 kgce/m²; area 10 000 m² → budget 192 000 kgce.
    // January–June at 17 000 kgce a month = 102 000 kgce. No profile: shares of days, 182 of 366 days.
    // Forecast 102 000 × 366 / 182 = 205 120.879… kgce > 192 000 → AT_RISK; headroom 192 000 − 205 120.879 = −13 120.879.
    // Expected to date 192 000 × 182 / 366 = 95 475.41 kgce.
    Actuals actuals = new Actuals(SCHOOL, months(2024, 6, 17_000), denominators("10000", 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF);
    DualControlProgress p = national().progress(areaBaseline(2020, "20.00"), actuals, Optional.empty());
    MetricProgress m = p.metric(IntensityMetric.ENERGY_PER_AREA).orElseThrow();
    assertEquals(19.2, m.targetIntensity(), 1e-12);
    assertEquals(192_000, m.budget(), 1e-6);
    assertEquals(102_000, m.actualToDate(), 0);
    assertEquals(182.0 / 366, m.profileShare(), 1e-12);
    assertEquals(95_475.40983606558, m.expectedToDate(), 1e-6);
    assertEquals(205_120.8791208791, m.forecast(), 1e-6);
    assertEquals(-13_120.879120879108, m.headroom(), 1e-6);
    assertEquals(205_120.8791208791 / 10_000, m.forecastIntensity(), 1e-9);
    assertEquals(DualControlStatus.AT_RISK, m.status());
    assertEquals(DualControlStatus.AT_RISK, p.status());
    assertEquals(ProfileSource.DAYS, p.profile().source());
    assertEquals(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1)), p.reportingPeriod());
    assertEquals(1, p.findings().size());
    Finding f = p.findings().get(0);
    assertEquals("ENERGY.DUAL_CONTROL.AT_RISK", f.code().value());
    assertEquals(Optional.of(Comparison.AT_MOST), f.comparison());
    assertEquals("kgce", f.required().orElseThrow().unit());
    assertTrue(f.message().zh().contains("单位建筑面积能耗"), f.message().zh());
    assertTrue(f.message().en().contains("192000.00"), f.message().en());
    // The bundled packs deduct no renewables, and say so.
    assertFalse(p.renewables().deductedFromIntensity());
    assertFalse(p.renewables().deductedFromTotal());
  }

  @Test
  void aCallerProfileAndTheOverStatus() {
    // Same school with the caller's profile: January–June 0.55 of the year (0.1 + 0.1 + 0.1 + 0.08 + 0.08 + 0.09),
    // July–December 0.45. Forecast 102 000 / 0.55 = 185 454.545… ≤ 192 000 → ON_TRACK, headroom 6 545.45.
    List<BigDecimal> shares = List.of(new BigDecimal("0.1"), new BigDecimal("0.1"), new BigDecimal("0.1"),
        new BigDecimal("0.08"), new BigDecimal("0.08"), new BigDecimal("0.09"), new BigDecimal("0.05"),
        new BigDecimal("0.05"), new BigDecimal("0.08"), new BigDecimal("0.08"), new BigDecimal("0.09"), new BigDecimal("0.1"));
    Actuals actuals = new Actuals(SCHOOL, months(2024, 6, 17_000), denominators("10000", 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF);
    DualControlProgress p = national().progress(areaBaseline(2020, "20.00"), actuals, Optional.of(SeasonalProfile.of(shares)));
    MetricProgress m = p.metric(IntensityMetric.ENERGY_PER_AREA).orElseThrow();
    assertEquals(185_454.54545454544, m.forecast(), 1e-6);
    assertEquals(6_545.454545454559, m.headroom(), 1e-6);
    assertEquals(DualControlStatus.ON_TRACK, p.status());
    assertTrue(p.findings().isEmpty());
    assertEquals(ProfileSource.CALLER, p.profile().source());
    // Through November at 17 500 a month: 11 × 17 500 = 192 500 > 192 000 → OVER already.
    DualControlProgress over = national().progress(areaBaseline(2020, "20.00"), new Actuals(SCHOOL, months(2024, 11, 17_500),
        denominators("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF), Optional.empty());
    assertEquals(DualControlStatus.OVER, over.status());
    assertEquals("ENERGY.DUAL_CONTROL.OVER", over.findings().get(0).code().value());
    // A complete year at 16 000 a month: 192 000 ≤ 192 000, forecast = actual → ON_TRACK with zero headroom.
    DualControlProgress year = national().progress(areaBaseline(2020, "20.00"), new Actuals(SCHOOL, months(2024, 12, 16_000),
        denominators("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF), Optional.empty());
    assertEquals(DualControlStatus.ON_TRACK, year.status());
    assertEquals(0, year.metrics().get(0).headroom(), 1e-6);
  }

  @Test
  void aProfileDerivedFromTheBaselineYear() {
    // Baseline-year months: 20 000 kgce in each of Jan, Feb, Jul, Aug, Dec and 10 000 in the other seven:
    // total 5 × 20 000 + 7 × 10 000 = 170 000; January–March share (20 000 + 20 000 + 10 000) / 170 000 = 5/17.
    List<MonthlyActual> base = new ArrayList<>();
    for (int mo = 1; mo <= 12; mo++) {
      double kgce = List.of(1, 2, 7, 8, 12).contains(mo) ? 20_000 : 10_000;
      base.add(new MonthlyActual(new Month(2020, mo), ElectricityBasis.CALORIFIC, kgce, 0, 0, 0));
    }
    SeasonalProfile profile = SeasonalProfile.fromBaselineMonths(base);
    assertEquals(ProfileSource.BASELINE_ACTUALS, profile.source());
    assertEquals(5.0 / 17, profile.shareThrough(3), 1e-12);
    // 2024 Jan–Mar at 16 000 = 48 000 kgce: forecast 48 000 × 17 / 5 = 163 200 ≤ budget 192 000 → ON_TRACK.
    DualControlProgress p = national().progress(areaBaseline(2020, "20"), new Actuals(SCHOOL, months(2024, 3, 16_000),
        denominators("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF), Optional.of(profile));
    assertEquals(163_200, p.metrics().get(0).forecast(), 1e-6);
    assertEquals(DualControlStatus.ON_TRACK, p.status());
  }

  @Test
  void everyIndicatorTheBaselineGivesIsTracked() {
    // Baseline 2020: 20 kgce/m², 300 kgce/person, 25 m³/person, 40 kgCO2e/m²; 2024 (4/5 of the way):
    // per m² 20 × 0.96 = 19.2; per person 300 × (1 − 0.06 × 0.8) = 285.6; water 25 × 0.952 = 23.8;
    // carbon 40 × (1 − 0.07 × 0.8) = 37.76. Area 10 000 m², 1 800 + 200 persons:
    // budgets 192 000 kgce, 571 200 kgce, 47 600 m³, 377 600 kgCO2e.
    Baseline baseline = Baseline.of(2020, ElectricityBasis.CALORIFIC, PopulationBasis.STUDENTS_AND_STAFF, Map.of(
        IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), IntensityMetric.ENERGY_PER_PERSON,
        Measure.of("300", "kgce/person"), IntensityMetric.WATER_PER_PERSON, Measure.of("25", "m3/person"),
        IntensityMetric.CARBON_PER_AREA, Measure.of("40", "kgCO2e/m2")));
    List<MonthlyActual> months = new ArrayList<>();
    for (int mo = 1; mo <= 6; mo++) {
      months.add(MonthlyActual.of(new Month(2024, mo), ElectricityBasis.CALORIFIC,
          AnxiaoUnits.of("15", AnxiaoUnits.TONNE_COAL_EQUIVALENT), AnxiaoUnits.of("0", AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT),
          AnxiaoUnits.of("4000", AnxiaoUnits.CUBIC_METER), AnxiaoUnits.of("30", AnxiaoUnits.TONNE_CO2E)));
    }
    DualControlProgress p = national().progress(baseline, new Actuals(SCHOOL, months, denominators("10000", 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF), Optional.empty());
    assertEquals(4, p.metrics().size());
    assertEquals(192_000, p.metric(IntensityMetric.ENERGY_PER_AREA).orElseThrow().budget(), 1e-6);
    assertEquals(571_200, p.metric(IntensityMetric.ENERGY_PER_PERSON).orElseThrow().budget(), 1e-6);
    assertEquals(47_600, p.metric(IntensityMetric.WATER_PER_PERSON).orElseThrow().budget(), 1e-6);
    assertEquals(377_600, p.metric(IntensityMetric.CARBON_PER_AREA).orElseThrow().budget(), 1e-6);
    // Water: 24 000 m³ so far → forecast 24 000 × 366 / 182 = 48 263.7… > 47 600 → AT_RISK; the others are on track
    // (energy 90 000 → 180 989 ≤ 192 000; carbon 180 000 → 361 978 ≤ 377 600).
    assertEquals(DualControlStatus.AT_RISK, p.metric(IntensityMetric.WATER_PER_PERSON).orElseThrow().status());
    assertEquals(DualControlStatus.ON_TRACK, p.metric(IntensityMetric.ENERGY_PER_AREA).orElseThrow().status());
    assertEquals(DualControlStatus.AT_RISK, p.status());
    assertEquals("m3", p.findings().get(0).measured().orElseThrow().unit());
  }

  @Test
  void renewablesAreDeductedOnlyWhereTheSwitchesSay() {
    // Caller pack: −5 % by 2025 from 2020, LINEAR, deduct new renewables from the intensity numerator (not the total).
    // 2024 target 19.2 → budget 192 000. Jan–Jun 17 000 kgce a month of which 2 000 self-consumed PV:
    // numerator 6 × 15 000 = 90 000; forecast 90 000 × 366 / 182 = 180 989.01 → ON_TRACK (without the switch: AT_RISK).
    DualControl dc = minhang(callerPack("1.0.0", 2020, 2025, "5", "LINEAR", false, true));
    List<MonthlyActual> months = new ArrayList<>();
    for (int mo = 1; mo <= 6; mo++) {
      months.add(new MonthlyActual(new Month(2024, mo), ElectricityBasis.CALORIFIC, 17_000, 2_000, 0, 0));
    }
    Actuals actuals = new Actuals(SCHOOL, months, denominators("10000", 1800, 200), PopulationBasis.STUDENTS_AND_STAFF);
    DualControlProgress p = dc.progress(areaBaseline(2020, "20"), actuals, Optional.empty());
    assertTrue(p.renewables().deductedFromIntensity());
    assertFalse(p.renewables().deductedFromTotal());
    assertEquals(12_000, p.renewables().renewableKgce(), 0);
    assertEquals(90_000, p.metrics().get(0).actualToDate(), 0);
    assertEquals(102_000, p.energyTotalKgce(), 0);
    assertEquals(DualControlStatus.ON_TRACK, p.status());
    // The national pack deducts nothing: 102 000 → AT_RISK.
    assertEquals(DualControlStatus.AT_RISK, national().progress(areaBaseline(2020, "20"), actuals, Optional.empty()).status());
    // Deducting from the total only: the reported total is 90 000, the intensity numerator stays 102 000.
    DualControlProgress total = minhang(callerPack("1.0.0", 2020, 2025, "5", "LINEAR", true, false))
        .progress(areaBaseline(2020, "20"), actuals, Optional.empty());
    assertEquals(90_000, total.energyTotalKgce(), 0);
    assertEquals(102_000, total.metrics().get(0).actualToDate(), 0);
  }

  @Test
  void aDistrictIsJudgedOnItsSumsNotOnTheMeanOfItsSchools() {
    // School A: 5 000 m², 10 000 kgce a month; school B: 20 000 m², 25 000 kgce a month; Jan–Jun 2024.
    // District: 25 000 m², 210 000 kgce; baseline 16 kgce/m² → 2024 target 16 × 0.96 = 15.36 → budget 384 000.
    // Forecast 210 000 × 366 / 182 = 422 307.69 → forecast intensity 422 307.69 / 25 000 = 16.8923 kgce/m².
    // The mean of the schools' forecast intensities, (24.1319 + 15.0824) / 2 = 19.6071, is not the district's.
    Subject a = Subject.of(SubjectKind.SCHOOL, "A");
    Subject b = Subject.of(SubjectKind.SCHOOL, "B");
    Actuals sa = new Actuals(a, months(2024, 6, 10_000), denominators("5000", 900, 100), PopulationBasis.STUDENTS_AND_STAFF);
    Actuals sb = new Actuals(b, months(2024, 6, 25_000), denominators("20000", 2700, 300), PopulationBasis.STUDENTS_AND_STAFF);
    Actuals district = Actuals.sum(Subject.of(SubjectKind.JURISDICTION, "310112"), List.of(sa, sb));
    MetricProgress d = national().progress(areaBaseline(2020, "16"), district, Optional.empty()).metrics().get(0);
    assertEquals(384_000, d.budget(), 1e-6);
    assertEquals(210_000, d.actualToDate(), 0);
    assertEquals(210_000.0 * 366 / 182 / 25_000, d.forecastIntensity(), 1e-9);
    double mean = (national().progress(areaBaseline(2020, "16"), sa, Optional.empty()).metrics().get(0).forecastIntensity()
        + national().progress(areaBaseline(2020, "16"), sb, Optional.empty()).metrics().get(0).forecastIntensity()) / 2;
    assertEquals(19.6071, mean, 1e-4);
    assertNotEquals(mean, d.forecastIntensity(), 1);
  }

  @Test
  void resultsDoNotChangeWhenANewerPackIsRegistered() {
    // Pinned to 1.0.0, the −10 % pack gives 18.77…; version 1.1.0 (−20 %) is picked only when not pinned.
    var v1 = callerPack("1.0.0", 2020, 2025, "10", "GEOMETRIC", false, false);
    var v2 = callerPack("1.1.0", 2020, 2025, "20", "GEOMETRIC", false, false);
    GlideTarget before = minhang(v1).target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2023);
    RuleContext both = RuleContext.of(DualControlFixtures.registry(v1, v2), JurisdictionCode.of("310112"),
        LocalDate.of(2024, 6, 30));
    GlideTarget pinned = DualControl.in(both.pin(PackRef.of("test.minhang.dual-control", "1.0.0")))
        .target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2023);
    assertEquals(before, pinned);
    GlideTarget newer = DualControl.in(both).target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2023);
    assertEquals(20 * Math.pow(0.8, 0.6), newer.value(), 1e-9);
  }

  @Test
  void becomesAnAssessmentWithItsFindings() {
    Actuals actuals = new Actuals(SCHOOL, months(2024, 6, 17_000), denominators("10000", 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF);
    DualControlProgress p = national().progress(areaBaseline(2020, "20"), actuals, Optional.empty());
    Assessment a = p.toAssessment(Instant.parse("2024-07-10T00:00:00Z"));
    assertEquals("anxiao.energy.dual-control", a.calculator());
    assertEquals(p.findings(), a.findings());
    assertTrue(a.packs().contains(PackRef.of("cn.public-institutions.dual-control-14th-fyp", "1.0.0")));
  }

  @Test
  void energyQuotasAreUnverifiedAndOnThePrimaryBasis() {
    // sh.db31-783.university-quotas: UNVERIFIED, 等价值; undergraduate 36.3 / 25.9 / 19.3 kgce/m².
    RuleContext shanghai = RuleContext.standard(JurisdictionCode.of("310104"), LocalDate.of(2024, 12, 31));
    Subject u = Subject.of(SubjectKind.SCHOOL, "U1");
    CalendarYear y = new CalendarYear(2024);
    RulePackException refused = assertThrows(RulePackException.class, () -> EnergyQuotas.in(shanghai)
        .assess(u, y, Measure.of("30", "kgce/m2"), ElectricityBasis.PRIMARY, "UNDERGRADUATE"));
    assertEquals(RulePackException.UNVERIFIED, refused.errorCode());
    EnergyQuotas quotas = EnergyQuotas.in(shanghai.withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
    // 30 > 25.9 (benchmark), ≤ 36.3 (ceiling) → WITHIN_CEILING, one LOW finding against the benchmark.
    QuotaAssessment q = quotas.assess(u, y, Measure.of("30", "kgce/m2"), ElectricityBasis.PRIMARY, "UNDERGRADUATE");
    assertEquals(QuotaTier.WITHIN_CEILING, q.tier());
    assertEquals(new BigDecimal("25.9"), q.benchmark());
    assertEquals("ENERGY.QUOTA.OVER_BENCHMARK", q.findings().get(0).code().value());
    assertEquals(Measure.of("25.9", "kgce/m2"), q.findings().get(0).required().orElseThrow());
    // Vocational 24.6 / 18.2 / 15.9: 15.9 is at the guide → WITHIN_GUIDE; 24.61 → OVER_CEILING (HIGH).
    assertEquals(QuotaTier.WITHIN_GUIDE, quotas.assess(u, y, Measure.of("15.9", "kgce/m2"), ElectricityBasis.PRIMARY,
        "VOCATIONAL").tier());
    QuotaAssessment over = quotas.assess(u, y, Measure.of("24.61", "kgce/m2"), ElectricityBasis.PRIMARY, "VOCATIONAL");
    assertEquals(QuotaTier.OVER_CEILING, over.tier());
    assertEquals("ENERGY.QUOTA.OVER_CEILING", over.findings().get(0).code().value());
    assertEquals("anxiao.energy.energy-quota", over.toAssessment(Instant.parse("2025-01-01T00:00:00Z")).calculator());
    // A 当量值 figure against 等价值 quotas: refused, never converted.
    assertField(UnitMismatchException.class, "basis", () -> quotas.assess(u, y, Measure.of("12", "kgce/m2"),
        ElectricityBasis.CALORIFIC, "UNDERGRADUATE"));
    assertField(UnknownCodeException.class, null, () -> quotas.assess(u, y, Measure.of("12", "kgce/m2"),
        ElectricityBasis.PRIMARY, "K12"));
    assertField(UnitMismatchException.class, "energyPerArea", () -> quotas.assess(u, y, Measure.of("12", "kgce"),
        ElectricityBasis.PRIMARY, "UNDERGRADUATE"));
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    Actuals actuals = new Actuals(SCHOOL, months(2024, 3, 1_000), denominators("10000", 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF);
    // A target year not after the baseline year (a caller's pack; the rule record does not check it).
    assertField(InvalidValueException.class, "targetYear", () -> minhang(callerPack("1.0.0", 2022, 2022, "5", "LINEAR",
        false, false)).target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2022));
    assertField(InvalidValueException.class, "targetYear", () -> minhang(callerPack("1.0.0", 2023, 2021, "5", "LINEAR",
        false, false)).progress(areaBaseline(2023, "20"), actuals, Optional.empty()));
    // A baseline on the primary basis against calorific actuals.
    Baseline primary = new Baseline(2020, ElectricityBasis.PRIMARY, PopulationBasis.STUDENTS_AND_STAFF,
        Map.of(IntensityMetric.ENERGY_PER_AREA, BigDecimal.TEN));
    assertField(UnitMismatchException.class, "actuals.months[0].electricityBasis",
        () -> national().progress(primary, actuals, Optional.empty()));
    // Zero floor area.
    assertField(InvalidValueException.class, "actuals.denominators.floorArea", () -> national().progress(
        areaBaseline(2020, "20"), new Actuals(SCHOOL, months(2024, 3, 1_000), denominators("0", 1, 1),
            PopulationBasis.STUDENTS_AND_STAFF), Optional.empty()));
    // Negative values.
    assertField(InvalidValueException.class, "energyKgce",
        () -> new MonthlyActual(new Month(2024, 1), ElectricityBasis.CALORIFIC, -1, 0, 0, 0));
    assertField(InvalidValueException.class, "intensities[ENERGY_PER_AREA]", () -> areaBaseline(2020, "-20"));
    // A month reported twice; a gap.
    List<MonthlyActual> twice = new ArrayList<>(months(2024, 2, 1_000));
    twice.addAll(months(2024, 1, 500));
    assertField(PeriodOverlapException.class, "months", () -> new Actuals(SCHOOL, twice, denominators("1", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF));
    List<MonthlyActual> gap = new ArrayList<>(months(2024, 3, 1_000));
    gap.remove(1);
    assertField(MissingValueException.class, "months", () -> new Actuals(SCHOOL, gap, denominators("1", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF));
    // A year outside the path; a baseline of another year; a profile that does not sum to 1.
    assertField(InvalidValueException.class, "year", () -> national().target(IntensityMetric.ENERGY_PER_AREA,
        Measure.of("20", "kgce/m2"), 2026));
    assertField(InvalidValueException.class, "baseline.year", () -> national().progress(areaBaseline(2021, "20"), actuals,
        Optional.empty()));
    assertField(InvalidValueException.class, "shares", () -> SeasonalProfile.of(Collections.nCopies(12, new BigDecimal("0.08"))));
    // A baseline in the wrong unit; energy given in kWh (standard coal comes from a pack, not a unit conversion).
    assertField(UnitMismatchException.class, "baseline", () -> national().target(IntensityMetric.ENERGY_PER_AREA,
        Measure.of("20", "kgce/person"), 2023));
    assertField(UnitMismatchException.class, "energy", () -> MonthlyActual.of(new Month(2024, 1), ElectricityBasis.CALORIFIC,
        AnxiaoUnits.of("1000", AnxiaoUnits.KILOWATT_HOUR), AnxiaoUnits.of("0", AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT),
        AnxiaoUnits.of("0", AnxiaoUnits.CUBIC_METER), AnxiaoUnits.of("0", AnxiaoUnits.KILOGRAM_CO2E)));
    // A district of schools on different bases.
    Actuals other = new Actuals(Subject.of(SubjectKind.SCHOOL, "S2"), List.of(new MonthlyActual(new Month(2024, 1),
        ElectricityBasis.PRIMARY, 1, 0, 0, 0)), denominators("1", 1, 1), PopulationBasis.STUDENTS_AND_STAFF);
    Actuals one = new Actuals(SCHOOL, months(2024, 1, 1), denominators("1", 1, 1), PopulationBasis.STUDENTS_AND_STAFF);
    assertField(UnitMismatchException.class, "parts[1].months[0].electricityBasis",
        () -> Actuals.sum(Subject.of(SubjectKind.JURISDICTION, "310112"), List.of(one, other)));
  }

  static void assertField(Class<? extends AnxiaoException> type, String field, Runnable call) {
    AnxiaoException e = assertThrows(type, call::run);
    assertEquals(type, e.getClass(), e.getMessage());
    if (field != null) {
      assertEquals(Optional.of(field), e.field(), e.getMessage());
    }
  }
}

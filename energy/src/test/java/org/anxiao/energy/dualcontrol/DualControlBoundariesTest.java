package org.anxiao.energy.dualcontrol;

import static org.anxiao.energy.dualcontrol.DualControlFixtures.SCHOOL;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.areaBaseline;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.callerPack;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.denominators;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.minhang;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.months;
import static org.anxiao.energy.dualcontrol.DualControlFixtures.national;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackReader;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.anxiao.energy.intensity.Intensities;
import org.anxiao.energy.intensity.IntensityResult;
import org.anxiao.energy.intensity.PopulationBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The branches and boundaries of {@link DualControl}, {@link EnergyQuotas} and {@link Baseline#of(IntensityResult)}. */
class DualControlBoundariesTest {
  private static final CalendarYear Y2024 = new CalendarYear(2024);

  private static InvalidValueException refused(String field, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
    return e;
  }

  private static Actuals actuals(int months, double kgce) {
    return new Actuals(SCHOOL, months(2024, months, kgce), denominators("10000", 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF);
  }

  @Test
  void theCalculatorNamesItsRuleKindAndItsBinding() {
    DualControl dc = national();
    assertEquals(List.of(DualControlTargetRule.KIND), dc.requirements());
    assertTrue(dc.toString().startsWith("anxiao.energy.dual-control 110000 2024-06-30 "), dc.toString());
    assertTrue(dc.toString().contains("cn.public-institutions.dual-control-14th-fyp"), dc.toString());
  }

  @Test
  void anOverFindingMeasuresTheActualAndAnAtRiskOneTheForecast() {
    // Through November at 17 500 kgce a month: 11 × 17 500 = 192 500 > budget 192 000 (20 × 0.96 × 10 000) → OVER,
    // measured the actual 192 500 (the forecast, 192 500 × 366 / 335 = 210 313.4…, is not what is measured).
    Finding over = national().progress(areaBaseline(2020, "20"), actuals(11, 17_500), Optional.empty()).findings().get(0);
    assertEquals(Severity.HIGH, over.severity());
    assertEquals(192_500, over.measured().orElseThrow().value().doubleValue(), 1e-9);
    assertTrue(over.message().en().contains("192500.00 kgce used in 2024 to the end of 2024-11, already over"),
        over.message().en());
    // January–June at 17 000: 102 000 so far, forecast 102 000 × 366 / 182 = 205 120.879… > 192 000 → AT_RISK.
    Finding atRisk = national().progress(areaBaseline(2020, "20"), actuals(6, 17_000), Optional.empty()).findings().get(0);
    assertEquals(Severity.LOW, atRisk.severity());
    assertEquals(102_000.0 * 366 / 182, atRisk.measured().orElseThrow().value().doubleValue(), 1e-6);
    assertTrue(atRisk.message().en().contains("the year-end forecast for 2024 is 205120.88 kgce"), atRisk.message().en());
  }

  @Test
  void theBaselineIsCheckedBeforeTheYear() {
    // A zero or negative baseline is named even when the year (2026, after the national target year 2025) is wrong too.
    refused("baseline", () -> national().target(IntensityMetric.ENERGY_PER_AREA, Measure.of("0", "kgce/m2"), 2026));
    refused("baseline", () -> national().target(IntensityMetric.ENERGY_PER_AREA, Measure.of("-20", "kgce/m2"), 2026));
    InvalidValueException year = refused("year", () -> national().target(IntensityMetric.ENERGY_PER_AREA,
        Measure.of("20", "kgce/m2"), 2026));
    assertEquals("must be between the baseline year 2020 and the target year 2025", year.rule());
    refused("year", () -> national().target(IntensityMetric.ENERGY_PER_AREA, Measure.of("20", "kgce/m2"), 2019));
    // The caller's targets cut energy per area only: a year outside the path is refused before the metric is looked up.
    refused("year", () -> minhang(callerPack("1.0.0", 2020, 2025, "5", "LINEAR", false, false))
        .target(IntensityMetric.WATER_PER_PERSON, Measure.of("30", "m3/person"), 2026));
  }

  @Test
  void targetsWhoseYearsCoincideAreRefusedForProgressToo() {
    // Baseline year = target year = 2022: the targets are refused (targetYear) before the actuals' year is checked.
    refused("targetYear", () -> minhang(callerPack("1.0.0", 2022, 2022, "5", "LINEAR", false, false))
        .progress(areaBaseline(2022, "20"), actuals(3, 1_000), Optional.empty()));
  }

  @Test
  void progressRefusesAnotherPopulationBasisAndAProfileWithoutAShare() {
    Actuals energyUsing = new Actuals(SCHOOL, months(2024, 3, 1_000), denominators("10000", 1800, 200),
        PopulationBasis.ENERGY_USING_POPULATION);
    refused("actuals.populationBasis", () -> national().progress(areaBaseline(2020, "20"), energyUsing,
        Optional.empty()));
    // A profile giving January nothing (the other eleven months 1/11 each, a sum of 1 within 1e-9): with January
    // alone reported, no forecast can be made.
    List<BigDecimal> shares = new ArrayList<>(Collections.nCopies(11, BigDecimal.ONE.divide(new BigDecimal("11"),
        java.math.MathContext.DECIMAL64)));
    shares.add(0, BigDecimal.ZERO);
    refused("profile.shares", () -> national().progress(areaBaseline(2020, "20"), actuals(1, 1_000),
        Optional.of(SeasonalProfile.of(shares))));
  }

  // ---- Baseline.of(IntensityResult) ----

  private static CoalEquivalentResult coal(Period period, String kwh, ElectricityBasis basis) {
    return CoalEquivalents.in(RuleContext.standard(JurisdictionCode.of("110000"), LocalDate.of(2024, 12, 31)))
        .convert(SCHOOL, period, List.of(Consumption.of(Carrier.ELECTRICITY, period, kwh, "kWh")), basis);
  }

  private static IntensityResult intensities(Period period, String kwh, ElectricityBasis basis, String area) {
    return Intensities.create().calculate(SCHOOL, period, Optional.of(coal(period, kwh, basis)), List.of(),
        Optional.of(AnxiaoUnits.of("0", AnxiaoUnits.KILOGRAM_CO2E)), denominators(area, 1800, 200),
        PopulationBasis.STUDENTS_AND_STAFF);
  }

  @Test
  void aBaselineFromAYearsIntensitiesKeepsItsPositiveValues() {
    // 1 000 000 kWh × 0.1229 = 122 900 kgce (当量值) over 10 000 m² and 2 000 persons: 12.29 kgce/m², 61.45 kgce/person.
    // Carbon 0 kg gives 0 kgCO2e/m², which a baseline cannot hold: left out. No water: no water per person.
    Baseline b = Baseline.of(intensities(Y2024, "1000000", ElectricityBasis.CALORIFIC, "10000"));
    assertEquals(2024, b.year());
    assertEquals(ElectricityBasis.CALORIFIC, b.electricityBasis());
    assertEquals(PopulationBasis.STUDENTS_AND_STAFF, b.populationBasis());
    assertEquals(12.29, b.value(IntensityMetric.ENERGY_PER_AREA).orElseThrow().doubleValue(), 1e-12);
    assertEquals(61.45, b.value(IntensityMetric.ENERGY_PER_PERSON).orElseThrow().doubleValue(), 1e-12);
    assertEquals(Optional.empty(), b.value(IntensityMetric.CARBON_PER_AREA));
    assertEquals(Optional.empty(), b.value(IntensityMetric.WATER_PER_PERSON));
    refused("baselineYear.reportingPeriod", () -> Baseline.of(intensities(new Month(2024, 1), "1000",
        ElectricityBasis.CALORIFIC, "10000")));
  }

  // ---- EnergyQuotas ----

  private static final Subject U = Subject.of(SubjectKind.SCHOOL, "U1");

  private static EnergyQuotas shanghai() {
    return EnergyQuotas.in(RuleContext.standard(JurisdictionCode.of("310104"), LocalDate.of(2024, 12, 31))
        .withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
  }

  private static QuotaAssessment assess(EnergyQuotas quotas, String value, String category) {
    return quotas.assess(U, Y2024, Measure.of(value, "kgce/m2"), ElectricityBasis.PRIMARY, category);
  }

  @Test
  void quotasNameTheirRuleKindAndBinding() {
    EnergyQuotas quotas = shanghai();
    assertEquals(List.of(EnergyQuotaRule.KIND), quotas.requirements());
    assertTrue(quotas.toString().startsWith("anxiao.energy.energy-quota 310104 2024-12-31 "), quotas.toString());
    assertTrue(quotas.toString().contains("sh.db31-783.university-quotas"), quotas.toString());
    assertTrue(quotas.toString().endsWith(String.valueOf(VerificationPolicy.ALLOW_UNVERIFIED)), quotas.toString());
  }

  @Test
  void eachTierIncludesItsOwnLimit() {
    // Vocational 24.6 / 18.2 / 15.9 (ceiling / benchmark / guide).
    EnergyQuotas quotas = shanghai();
    assertEquals(QuotaTier.WITHIN_GUIDE, assess(quotas, "15.9", "VOCATIONAL").tier());
    assertEquals(QuotaTier.WITHIN_BENCHMARK, assess(quotas, "15.91", "VOCATIONAL").tier());
    assertEquals(QuotaTier.WITHIN_BENCHMARK, assess(quotas, "18.2", "VOCATIONAL").tier());
    assertTrue(assess(quotas, "18.2", "VOCATIONAL").findings().isEmpty());
    QuotaAssessment atCeiling = assess(quotas, "24.6", "VOCATIONAL");
    assertEquals(QuotaTier.WITHIN_CEILING, atCeiling.tier());
    assertEquals(QuotaTier.OVER_CEILING, assess(quotas, "24.61", "VOCATIONAL").tier());
    assertEquals(Optional.of(Y2024), atCeiling.period());
    assertEquals(atCeiling.rules(), atCeiling.rulesApplied());
    assertEquals(List.of("electricityBasis", "ceiling[VOCATIONAL]", "benchmark[VOCATIONAL]", "guide[VOCATIONAL]"),
        atCeiling.rulesApplied().stream().map(r -> r.parameter()).toList());
  }

  @Test
  void aFindingCitesTheLimitItBreaks() {
    EnergyQuotas quotas = shanghai();
    // 24.61 > ceiling 24.6: HIGH, against the ceiling row.
    Finding ceiling = assess(quotas, "24.61", "VOCATIONAL").findings().get(0);
    assertEquals(Severity.HIGH, ceiling.severity());
    assertEquals(List.of("ceiling[VOCATIONAL]"), ceiling.rules().stream().map(r -> r.parameter()).toList());
    assertEquals("Energy per floor area 24.61 kgce/m² in 2024 exceeds the ceiling (约束值) of 24.6 kgce/m² for category "
        + "VOCATIONAL.", ceiling.message().en());
    // 18.3 > benchmark 18.2, ≤ 24.6: LOW, against the benchmark row.
    Finding benchmark = assess(quotas, "18.3", "VOCATIONAL").findings().get(0);
    assertEquals(Severity.LOW, benchmark.severity());
    assertEquals(List.of("benchmark[VOCATIONAL]"), benchmark.rules().stream().map(r -> r.parameter()).toList());
    assertEquals(Measure.of("18.2", "kgce/m2"), benchmark.required().orElseThrow());
    assertTrue(benchmark.message().en().startsWith("Energy per floor area 18.30 kgce/m² in 2024 exceeds the benchmark "
        + "(基准值) of 18.2 kgce/m²"), benchmark.message().en());
  }

  @Test
  void anAnnualIntensityResultIsAssessedAndAMonthIsRefused() {
    // 100 000 kWh × 0.3055 (等价值) = 30 550 kgce over 1 000 m² = 30.55 kgce/m²: undergraduate 25.9 < 30.55 ≤ 36.3.
    QuotaAssessment q = shanghai().assess(intensities(Y2024, "100000", ElectricityBasis.PRIMARY, "1000"), "UNDERGRADUATE");
    assertEquals(QuotaTier.WITHIN_CEILING, q.tier());
    assertEquals(30.55, q.energyPerArea(), 1e-9);
    assertEquals(SCHOOL, q.subject());
    assertEquals(Y2024, q.year());
    refused("annual.reportingPeriod", () -> shanghai().assess(intensities(new Month(2024, 1), "1000",
        ElectricityBasis.PRIMARY, "1000"), "UNDERGRADUATE"));
    IntensityResult carbonOnly = Intensities.create().calculate(SCHOOL, Y2024, Optional.empty(), List.of(),
        Optional.of(AnxiaoUnits.of("10", AnxiaoUnits.KILOGRAM_CO2E)), denominators("1000", 1, 1),
        PopulationBasis.STUDENTS_AND_STAFF);
    assertEquals(Optional.of("annual.energyKgce"), assertThrows(MissingValueException.class,
        () -> shanghai().assess(carbonOnly, "UNDERGRADUATE")).field());
  }

  /** A caller's quotas for Minhang (310112) with the given ceiling, benchmark and guide of category K12. */
  private static EnergyQuotas callerQuotas(String ceiling, String benchmark, String guide) {
    String json = """
        {"schemaVersion": "1.0", "id": "test.minhang.quotas", "version": "1.0.0",
         "kind": "anxiao.energy.energy-quotas",
         "title": {"zh": "测试：区级能耗定额", "en": "Test: a district's energy quotas"},
         "jurisdiction": "310112", "validFrom": "2021-01-01",
         "source": {"issuer": "Test", "document": "A caller's own quotas, for tests", "year": 2024},
         "verification": "SECONDARY",
         "parameters": {
           "electricityBasis": {"type": "text", "value": "PRIMARY"},
           "ceiling": {"type": "decimal-table", "unit": "kgce/m2", "rows": {"K12": {"value": "%s"}}},
           "benchmark": {"type": "decimal-table", "unit": "kgce/m2", "rows": {"K12": {"value": "%s"}}},
           "guide": {"type": "decimal-table", "unit": "kgce/m2", "rows": {"K12": {"value": "%s"}}}}}
        """.formatted(ceiling, benchmark, guide);
    RulePack pack = RulePackReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "quotas.json");
    return EnergyQuotas.in(RuleContext.of(DualControlFixtures.registry(pack), JurisdictionCode.of("310112"),
        LocalDate.of(2024, 12, 31)));
  }

  @Test
  void tiersMayCoincideButNotBeOutOfOrder() {
    // Guide = benchmark = ceiling = 20: allowed; 20 is within the guide, 20.01 over the ceiling.
    EnergyQuotas flat = callerQuotas("20", "20", "20");
    assertEquals(QuotaTier.WITHIN_GUIDE, assess(flat, "20", "K12").tier());
    assertEquals(QuotaTier.OVER_CEILING, assess(flat, "20.01", "K12").tier());
    refused("category", () -> assess(callerQuotas("30", "20", "21"), "10", "K12"));
    refused("category", () -> assess(callerQuotas("19", "20", "10"), "10", "K12"));
  }
}

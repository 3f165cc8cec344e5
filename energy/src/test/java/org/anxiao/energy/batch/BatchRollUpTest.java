package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.Jurisdiction;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.jurisdiction.JurisdictionDirectory;
import org.anxiao.core.jurisdiction.JurisdictionLevel;
import org.anxiao.core.jurisdiction.JurisdictionTable;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.Citation;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.dualcontrol.DualControlStatus;
import org.anxiao.energy.dualcontrol.DualControlTargetRule;
import org.anxiao.energy.dualcontrol.IntensityMetric;
import org.anxiao.energy.dualcontrol.MetricProgress;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchRollUp} worked by hand: three Shanghai schools in Xuhui (310104) and Minhang (310112),
 * months 2020-01 to 2023-12, under the Shanghai public-institution targets in force on 2023-12-31
 * (base 2020, by 2023: energy per m² −3 %, per person −3.6 %, carbon per m² −4.2 %).
 *
 * <p>Weights chosen for easy arithmetic (and exact in binary): 0.125 kgce/kWh and 0.5 kgCO₂/kWh
 * (location), 0.75 kgCO₂/kWh (residual mix); gas 1.25 kgce/m³ and 2 kgCO₂/m³.
 * <ul>
 *   <li>SH001 (Xuhui, 1 000 m², 100 persons): 8 000 kWh a month in 2020 (1 000 kgce); 9 600 kWh a month
 *       in 2023 (1 200 kgce) and 80 m³ gas in January (100 kgce) — 14 500 kgce, over;</li>
 *   <li>SH002 (Xuhui, 3 000 m², 300 persons): 24 000 kWh a month in 2020 (3 000 kgce); 16 000 kWh a
 *       month in 2023 (2 000 kgce) but nothing in July and August — 20 000 kgce, on track, two gap months;</li>
 *   <li>SH003 (Minhang, 2 000 m², 200 persons): nothing in 2020; 4 000 kWh a month in 2023 (500 kgce) —
 *       6 000 kgce, no baseline, so its progress is refused.</li>
 * </ul>
 */
class BatchRollUpTest {
  static final RuleContext SHANGHAI = RuleContext.standard(JurisdictionCode.of("310000"), LocalDate.of(2023, 12, 31));
  static final YearMonth FIRST = YearMonth.of(2020, 1);
  static final int MONTHS = 48;
  static final JurisdictionCode XUHUI = JurisdictionCode.of("310104");
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final JurisdictionCode CITY = JurisdictionCode.of("310000");
  private static final int ELECTRICITY = Carrier.ELECTRICITY.ordinal();
  private static final int GAS = Carrier.NATURAL_GAS.ordinal();
  private static final double TOL = 1e-9;

  private static final List<RollUpSchool> SCHOOLS = List.of(
      new RollUpSchool("SH001", XUHUI, 1_000, 100),
      new RollUpSchool("SH002", XUHUI, 3_000, 300),
      new RollUpSchool("SH003", MINHANG, 2_000, 200));

  /** The simple weights, one school per area. */
  static BatchFactors factors(double... area) {
    Map<Carrier, Double> kgce = new EnumMap<>(Carrier.class);
    kgce.put(Carrier.ELECTRICITY, 0.125);
    kgce.put(Carrier.NATURAL_GAS, 1.25);
    Map<Carrier, Double> co2 = new EnumMap<>(Carrier.class);
    co2.put(Carrier.NATURAL_GAS, 2.0);
    double[] grid = new double[area.length];
    double[] residual = new double[area.length];
    Arrays.fill(grid, 0.5);
    Arrays.fill(residual, 0.75);
    return BatchFactors.of(ElectricityBasis.CALORIFIC, CarrierWeights.of("kgce", kgce, List.of()),
        CarrierWeights.of("kgCO2", co2, List.of()), grid, residual, new double[area.length], area, List.of());
  }

  /** Rows as parallel columns. */
  static final class Rows {
    final YearMonth first;
    final List<int[]> rows = new ArrayList<>();
    final List<Double> values = new ArrayList<>();

    /** Rows of a batch whose period 0 is {@link #FIRST}. */
    Rows() {
      this(FIRST);
    }

    /** Rows of a batch whose period 0 is {@code first}. */
    Rows(YearMonth first) {
      this.first = first;
    }

    Rows add(int school, int carrier, YearMonth month, double value) {
      rows.add(new int[] {school, carrier, (int) (month.getYear() * 12L + month.getMonthValue() - 1
          - (first.getYear() * 12L + first.getMonthValue() - 1))});
      values.add(value);
      return this;
    }

    BatchResult run(BatchFactors factors, int periods) {
      int n = rows.size();
      int[] school = new int[n];
      int[] carrier = new int[n];
      int[] period = new int[n];
      double[] value = new double[n];
      for (int i = 0; i < n; i++) {
        school[i] = rows.get(i)[0];
        carrier[i] = rows.get(i)[1];
        period[i] = rows.get(i)[2];
        value[i] = values.get(i);
      }
      return EnergyBatch.run(factors, periods, school, carrier, period, value);
    }
  }

  static BatchResult handWorked() {
    Rows rows = new Rows();
    for (int m = 1; m <= 12; m++) {
      rows.add(0, ELECTRICITY, YearMonth.of(2020, m), 8_000);
      rows.add(1, ELECTRICITY, YearMonth.of(2020, m), 24_000);
      rows.add(0, ELECTRICITY, YearMonth.of(2023, m), 9_600);
      if (m != 7 && m != 8) {
        rows.add(1, ELECTRICITY, YearMonth.of(2023, m), 16_000);
      }
      rows.add(2, ELECTRICITY, YearMonth.of(2023, m), 4_000);
    }
    rows.add(0, GAS, YearMonth.of(2023, 1), 80);
    // 2021 and 2022 are in the batch but neither the baseline nor the year rolled up.
    rows.add(2, ELECTRICITY, YearMonth.of(2021, 6), 1_000_000);
    return rows.run(factors(1_000, 3_000, 2_000), MONTHS);
  }

  private static MetricProgress energyPerArea(RollUpLine line) {
    return line.energyPerArea().orElseThrow(() -> new AssertionError(line.subject() + " was not assessed: "
        + line.refusal()));
  }

  @Test
  void theShanghaiTargetsAreWhatTheHandWorkingAssumes() {
    DualControlTargetRule rule = SHANGHAI.bind(DualControlTargetRule.KIND).value();
    RuleTrace trace = RuleTrace.under(SHANGHAI.policy());
    assertEquals(2020L, trace.use(rule.baselineYear()));
    assertEquals(2023L, trace.use(rule.targetYear()));
    assertEquals(0, new BigDecimal("3").compareTo(trace.row(rule.reductions(), IntensityMetric.ENERGY_PER_AREA)));
    assertEquals(0, new BigDecimal("3.6").compareTo(trace.row(rule.reductions(), IntensityMetric.ENERGY_PER_PERSON)));
    assertEquals(0, new BigDecimal("4.2").compareTo(trace.row(rule.reductions(), IntensityMetric.CARBON_PER_AREA)));
    assertEquals(2020, BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard()).baselineYear());
  }

  @Test
  void eachSchoolsYear() {
    RollUpReport report = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard())
        .run(handWorked(), FIRST, SCHOOLS, 2023);
    assertEquals(2023, report.year());
    assertEquals(2020, report.baselineYear());
    assertEquals(ElectricityBasis.CALORIFIC, report.basis());
    assertEquals(List.of("SH001", "SH002", "SH003"), report.schools().stream().map(l -> l.subject().id()).toList());
    for (RollUpLine line : report.schools()) {
      assertEquals(SubjectKind.SCHOOL, line.subject().kind());
      assertEquals(Optional.empty(), line.level());
      assertEquals(1, line.schools());
    }

    // SH001: 12 × 9 600 kWh × 0.125 = 14 400 kgce, + 80 m³ × 1.25 = 100 kgce: 14 500 kgce on 1 000 m².
    RollUpLine a = report.schools().get(0);
    assertEquals(14_500, a.kgce(), TOL);
    assertEquals(14.5, a.kgcePerSquareMetre(), TOL);
    assertEquals(145, a.kgcePerPerson(), TOL);
    assertEquals(0, a.gapMonths());
    // Location: 115 200 kWh × 0.5 = 57 600 kg, + Scope 1 80 m³ × 2 = 160 kg: 57.76 t. Market: × 0.75 = 86.4 t + 0.16 t.
    assertEquals(57.76, a.locationTonnes(), TOL);
    assertEquals(86.56, a.marketTonnes(), TOL);
    assertEquals(57.76, a.kgCO2PerSquareMetre(), TOL);
    // Baseline 2020: 12 × 1 000 kgce / 1 000 m² = 12 kgce/m²; 2023 target 12 × (1 − 3 % × 3/3) = 11.64;
    // budget 11.64 × 1 000 m² = 11 640 kgce; 14 500 > 11 640: over, by 2 860 kgce.
    MetricProgress pa = energyPerArea(a);
    assertEquals(12, pa.baselineIntensity(), TOL);
    assertEquals(11.64, pa.targetIntensity(), TOL);
    assertEquals(1_000, pa.averageDenominator(), TOL);
    assertEquals(11_640, pa.budget(), TOL);
    assertEquals(14_500, pa.actualToDate(), TOL);
    assertEquals(1, pa.profileShare(), TOL);
    assertEquals(-2_860, pa.headroom(), TOL);
    assertEquals(DualControlStatus.OVER, pa.status());
    assertEquals(Optional.of(DualControlStatus.OVER), a.status());
    assertEquals(-2_860 / 11_640.0, a.headroomShare().orElseThrow(), TOL);
    // Per person: 120 kgce × (1 − 3.6 %) = 115.68; × 100 = 11 568 kgce < 14 500.
    MetricProgress perPerson = a.dualControl().orElseThrow().metric(IntensityMetric.ENERGY_PER_PERSON).orElseThrow();
    assertEquals(115.68, perPerson.targetIntensity(), TOL);
    assertEquals(DualControlStatus.OVER, perPerson.status());
    assertEquals(Optional.empty(), a.refusal());

    // SH002: 10 × 16 000 kWh × 0.125 = 20 000 kgce; July and August have none: two gap months.
    RollUpLine b = report.schools().get(1);
    assertEquals(20_000, b.kgce(), TOL);
    assertEquals(2, b.gapMonths());
    assertEquals(20_000 / 3_000.0, b.kgcePerSquareMetre(), TOL);
    // Location 160 000 kWh × 0.5 = 80 t; market × 0.75 = 120 t.
    assertEquals(80, b.locationTonnes(), TOL);
    assertEquals(120, b.marketTonnes(), TOL);
    // Baseline 36 000 / 3 000 = 12; target 11.64; budget 34 920; headroom 34 920 − 20 000 = 14 920.
    MetricProgress pb = energyPerArea(b);
    assertEquals(12, pb.baselineIntensity(), TOL);
    assertEquals(11.64, pb.targetIntensity(), TOL);
    assertEquals(34_920, pb.budget(), TOL);
    assertEquals(14_920, pb.headroom(), TOL);
    assertEquals(Optional.of(DualControlStatus.ON_TRACK), b.status());
    assertEquals(14_920 / 34_920.0, b.headroomShare().orElseThrow(), TOL);
    // The gap months are counted as zero, not estimated: the year's energy is the ten months'.
    assertEquals(20_000, b.dualControl().orElseThrow().energyTotalKgce(), TOL);

    // SH003: 12 × 500 = 6 000 kgce in 2023 (the 2021 reading is in neither year), but no energy in 2020:
    // no baseline, so no progress — the reason is carried, never a guessed status.
    RollUpLine c = report.schools().get(2);
    assertEquals(6_000, c.kgce(), TOL);
    assertEquals(0, c.gapMonths());
    assertEquals(24, c.locationTonnes(), TOL);
    assertTrue(c.dualControl().isEmpty());
    assertEquals(Optional.empty(), c.status());
    assertEquals(Optional.empty(), c.energyPerArea());
    assertEquals(Optional.empty(), c.headroomShare());
    Failure refusal = c.refusal().orElseThrow();
    assertEquals(2, refusal.index());
    assertEquals(Optional.of("SH003"), refusal.key());
    assertEquals(InvalidValueException.CODE, refusal.errorCode());
  }

  @Test
  void districtsAndTheCityTotalOverTotal() {
    RollUpReport report = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard())
        .run(handWorked(), FIRST, SCHOOLS, 2023);
    // Shanghai is a municipality: its districts lie directly under 310000, which is the city and the province.
    assertEquals(List.of("310000", "310104", "310112"), report.jurisdictions().stream().map(l -> l.subject().id()).toList());
    assertEquals(List.of(JurisdictionLevel.PROVINCE, JurisdictionLevel.COUNTY, JurisdictionLevel.COUNTY),
        report.jurisdictions().stream().map(l -> l.level().orElseThrow()).toList());
    assertEquals(List.of(), report.level(JurisdictionLevel.PREFECTURE));
    assertEquals(2, report.level(JurisdictionLevel.COUNTY).size());
    for (RollUpLine line : report.jurisdictions()) {
      assertEquals(SubjectKind.JURISDICTION, line.subject().kind());
    }

    // Xuhui = SH001 + SH002: 34 500 kgce on 4 000 m² = 8.625 kgce/m² (not the schools' mean (14.5 + 6.67) / 2).
    RollUpLine xuhui = report.jurisdiction(XUHUI).orElseThrow();
    assertEquals(2, xuhui.schools());
    assertEquals(34_500, xuhui.kgce(), TOL);
    assertEquals(4_000, xuhui.area(), 0);
    assertEquals(400, xuhui.population());
    assertEquals(8.625, xuhui.kgcePerSquareMetre(), TOL);
    assertEquals(2, xuhui.gapMonths());
    assertEquals(57.76 + 80, xuhui.locationTonnes(), TOL);
    assertEquals(86.56 + 120, xuhui.marketTonnes(), TOL);
    // Its baseline is its own total over total: (12 000 + 36 000) / 4 000 = 12; budget 11.64 × 4 000 = 46 560.
    MetricProgress px = energyPerArea(xuhui);
    assertEquals(12, px.baselineIntensity(), TOL);
    assertEquals(11.64, px.targetIntensity(), TOL);
    assertEquals(46_560, px.budget(), TOL);
    assertEquals(46_560 - 34_500, px.headroom(), TOL);
    assertEquals(8.625, px.forecastIntensity(), TOL);
    // One school over does not make the district over: the district is judged on its totals.
    assertEquals(Optional.of(DualControlStatus.ON_TRACK), xuhui.status());

    // Minhang = SH003 alone: no energy in 2020, so no baseline: refused too.
    RollUpLine minhang = report.jurisdiction(MINHANG).orElseThrow();
    assertEquals(6_000, minhang.kgce(), TOL);
    assertEquals(3, minhang.kgcePerSquareMetre(), TOL);
    assertTrue(minhang.dualControl().isEmpty());
    assertEquals(Optional.of("310112"), minhang.refusal().orElseThrow().key());

    // The city (province level): 40 500 kgce on 6 000 m² = 6.75 kgce/m² — the mean of the schools'
    // intensities, (14.5 + 6.67 + 3) / 3 = 8.06, would be wrong.
    RollUpLine city = report.jurisdiction(CITY).orElseThrow();
    assertEquals(3, city.schools());
    double sumOfSchools = report.schools().stream().mapToDouble(RollUpLine::kgce).sum();
    assertEquals(sumOfSchools, city.kgce(), TOL);
    assertEquals(40_500, city.kgce(), TOL);
    assertEquals(6_000, city.area(), 0);
    assertEquals(600, city.population());
    assertEquals(6.75, city.kgcePerSquareMetre(), TOL);
    double meanOfIntensities = report.schools().stream().mapToDouble(RollUpLine::kgcePerSquareMetre).average()
        .orElseThrow();
    assertTrue(Math.abs(meanOfIntensities - city.kgcePerSquareMetre()) > 1, "the mean is not the city's intensity");
    assertEquals(67.5, city.kgcePerPerson(), TOL);
    assertEquals(57.76 + 80 + 24, city.locationTonnes(), TOL);
    assertEquals(86.56 + 120 + 36, city.marketTonnes(), TOL);
    assertEquals(2, city.gapMonths());
    // Baseline (12 000 + 36 000 + 0) / 6 000 m² = 8 — SH003's area counts, though it had no energy then;
    // target 8 × (1 − 3 % × 3/3) = 7.76; budget 7.76 × 6 000 = 46 560; headroom 46 560 − 40 500 = 6 060.
    MetricProgress pc = energyPerArea(city);
    assertEquals(8, pc.baselineIntensity(), TOL);
    assertEquals(7.76, pc.targetIntensity(), TOL);
    assertEquals(46_560, pc.budget(), TOL);
    assertEquals(6_060, pc.headroom(), TOL);
    assertEquals(6_060 / 46_560.0, city.headroomShare().orElseThrow(), TOL);
    // Carbon: baseline (48 000 + 144 000 kg) / 6 000 = 32 kg/m²; × (1 − 4.2 %) × 6 000 = 183 936 kg ≥ 161 760 kg.
    MetricProgress carbon = city.dualControl().orElseThrow().metric(IntensityMetric.CARBON_PER_AREA).orElseThrow();
    assertEquals(32, carbon.baselineIntensity(), TOL);
    assertEquals(183_936, carbon.budget(), 1e-6);
    assertEquals(161_760, carbon.actualToDate(), 1e-6);
    assertEquals(Optional.of(DualControlStatus.ON_TRACK), city.status());

    // Every rule value read is reported: the targets' baseline year among them.
    DualControlTargetRule rule = SHANGHAI.bind(DualControlTargetRule.KIND).value();
    assertTrue(report.rules().contains(rule.baselineYear().applied()), report.rules()::toString);
    assertTrue(report.rules().contains(rule.reductions().value().applied(IntensityMetric.ENERGY_PER_AREA)),
        report.rules()::toString);
  }

  @Test
  void aPrefectureLevelRollsUpBetweenDistrictAndProvinceWidestFirst() {
    // A directory that places both districts under a prefecture-level 310100 (市辖区, as older editions of the
    // code list do): the lines are then province, prefecture, counties — widest first, by code within a level.
    LocalizedText name = LocalizedText.of("测试", "test");
    List<Jurisdiction> entries = List.of(
        new Jurisdiction(JurisdictionCode.of("CN"), name, Optional.empty()),
        new Jurisdiction(CITY, name, Optional.of(JurisdictionCode.of("CN"))),
        new Jurisdiction(JurisdictionCode.of("310100"), name, Optional.of(CITY)),
        new Jurisdiction(MINHANG, name, Optional.of(JurisdictionCode.of("310100"))),
        new Jurisdiction(XUHUI, name, Optional.of(JurisdictionCode.of("310100"))));
    JurisdictionDirectory directory = JurisdictionDirectory.of(new JurisdictionTable("1.0", name,
        Citation.of("测试", "测试用行政区划表", 2024), Verification.SECONDARY, Optional.empty(), entries));
    RollUpReport report = BatchRollUp.in(SHANGHAI, directory).run(handWorked(), FIRST, SCHOOLS, 2023);
    assertEquals(List.of("310000", "310100", "310104", "310112"),
        report.jurisdictions().stream().map(l -> l.subject().id()).toList());
    assertEquals(List.of(JurisdictionLevel.PROVINCE, JurisdictionLevel.PREFECTURE, JurisdictionLevel.COUNTY,
        JurisdictionLevel.COUNTY), report.jurisdictions().stream().map(l -> l.level().orElseThrow()).toList());
    RollUpLine prefecture = report.level(JurisdictionLevel.PREFECTURE).get(0);
    RollUpLine province = report.level(JurisdictionLevel.PROVINCE).get(0);
    // The prefecture holds the same three schools as the province: the same figures.
    assertEquals(3, prefecture.schools());
    assertEquals(40_500, prefecture.kgce(), TOL);
    assertEquals(province.kgce(), prefecture.kgce(), 0);
    assertEquals(province.area(), prefecture.area(), 0);
    assertEquals(7.76, energyPerArea(prefecture).targetIntensity(), TOL);
    assertEquals(province.status(), prefecture.status());
    // The districts are as under the standard directory.
    assertEquals(34_500, report.jurisdiction(XUHUI).orElseThrow().kgce(), TOL);
    assertEquals(6_000, report.jurisdiction(MINHANG).orElseThrow().kgce(), TOL);
  }

  @Test
  void aRefusalsIndexIsItsLinesPositionInTheReport() {
    // Zhejiang under the national targets (base 2020, by 2025), with Hangzhou (330100) and its Xihu district
    // (330106) added to the directory: Xihu (330106) sorts before Lishui (331100) by code, but after it in the
    // report (a county after every prefecture). ZJ001 in Xihu has no 2020 energy: Xihu and Hangzhou are refused.
    LocalizedText name = LocalizedText.of("测试", "test");
    JurisdictionDirectory directory = JurisdictionDirectory.standard().withEntries(List.of(
        new Jurisdiction(JurisdictionCode.of("330100"), name, Optional.of(JurisdictionCode.of("330000"))),
        new Jurisdiction(JurisdictionCode.of("330106"), name, Optional.of(JurisdictionCode.of("330100")))));
    RuleContext zhejiang = RuleContext.standard(JurisdictionCode.of("330000"), LocalDate.of(2023, 12, 31));
    Rows rows = new Rows();
    for (int m = 1; m <= 12; m++) {
      rows.add(0, ELECTRICITY, YearMonth.of(2023, m), 8_000);
      rows.add(1, ELECTRICITY, YearMonth.of(2020, m), 8_000).add(1, ELECTRICITY, YearMonth.of(2023, m), 8_000);
    }
    RollUpReport report = BatchRollUp.in(zhejiang, directory).run(rows.run(factors(1_000, 1_000), MONTHS), FIRST,
        List.of(new RollUpSchool("ZJ001", JurisdictionCode.of("330106"), 1_000, 100),
            new RollUpSchool("ZJ002", JurisdictionCode.of("331102"), 1_000, 100)), 2023);
    assertEquals(List.of("330000", "330100", "331100", "330106", "331102"),
        report.jurisdictions().stream().map(l -> l.subject().id()).toList());
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < report.jurisdictions().size(); i++) {
      RollUpLine line = report.jurisdictions().get(i);
      if (line.refusal().isPresent()) {
        refused.add(line.subject().id());
        assertEquals(i, line.refusal().get().index(), line.subject()::toString);
        assertEquals(Optional.of(line.subject().id()), line.refusal().get().key());
      }
    }
    assertEquals(List.of("330100", "330106"), refused);
    assertEquals(0, report.schools().get(0).refusal().orElseThrow().index());
    // The province, with ZJ002's baseline, is assessed: 12 000 kgce / 2 000 m² = 6 kgce/m² in 2020.
    assertEquals(6, energyPerArea(report.jurisdiction(JurisdictionCode.of("330000")).orElseThrow())
        .baselineIntensity(), TOL);
  }

  @Test
  void aYearAfterTheTargetYearIsRefusedLineByLine() {
    // A batch over 2020..2024 rolled up for 2024, after the Shanghai targets' year 2023: every line carries
    // the reason, none a status.
    Rows rows = new Rows();
    for (int m = 1; m <= 12; m++) {
      rows.add(0, ELECTRICITY, YearMonth.of(2020, m), 8_000).add(0, ELECTRICITY, YearMonth.of(2024, m), 8_000);
    }
    RollUpReport report = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard())
        .run(rows.run(factors(1_000), 60), FIRST, List.of(SCHOOLS.get(0)), 2024);
    assertEquals(12_000, report.schools().get(0).kgce(), TOL);
    List<RollUpLine> all = new ArrayList<>(report.schools());
    all.addAll(report.jurisdictions());
    assertEquals(3, all.size());
    for (RollUpLine line : all) {
      assertTrue(line.dualControl().isEmpty(), line::toString);
      assertEquals(Optional.of("actuals.year"), line.refusal().orElseThrow().field());
    }
  }

  @Test
  void schoolsAndYearsThatDoNotFitTheBatchAreRefused() {
    BatchRollUp rollUp = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard());
    BatchResult result = handWorked();
    // The baseline year itself, or before it.
    assertEquals(Optional.of("year"), assertThrows(InvalidValueException.class,
        () -> rollUp.run(result, FIRST, SCHOOLS, 2020)).field());
    // A year not wholly in the batch's months.
    assertEquals(Optional.of("year"), assertThrows(InvalidValueException.class,
        () -> rollUp.run(result, FIRST, SCHOOLS, 2024)).field());
    // A baseline year not wholly in them: the batch starting a month later.
    assertEquals(Optional.of("baselineYear"), assertThrows(InvalidValueException.class,
        () -> rollUp.run(result, YearMonth.of(2020, 2), SCHOOLS, 2023)).field());
    // One school per school of the result.
    assertEquals(Optional.of("schools"), assertThrows(InvalidValueException.class,
        () -> rollUp.run(result, FIRST, SCHOOLS.subList(0, 2), 2023)).field());
    // A district the directory does not hold.
    List<RollUpSchool> unknown = List.of(SCHOOLS.get(0), SCHOOLS.get(1),
        new RollUpSchool("SH003", JurisdictionCode.of("310199"), 2_000, 200));
    assertThrows(UnknownCodeException.class, () -> rollUp.run(result, FIRST, unknown, 2023));
    // A school id given twice.
    List<RollUpSchool> twice = List.of(SCHOOLS.get(0), SCHOOLS.get(1), new RollUpSchool("SH001", MINHANG, 2_000, 200));
    assertEquals(Optional.of("schools[2].id"), assertThrows(InvalidValueException.class,
        () -> rollUp.run(result, FIRST, twice, 2023)).field());
    // The school records themselves.
    assertThrows(InvalidValueException.class, () -> new RollUpSchool("SH004", XUHUI, 0, 1));
    assertThrows(InvalidValueException.class, () -> new RollUpSchool("SH004", XUHUI, 1, 0));
    assertFalse(rollUp.toString().isEmpty());
  }

  @Test
  void aBaselineYearAfterTheBatchsFirstIsReadFromItsOwnMonths() {
    // The batch starts in 2019, a year before the baseline year 2020: 2019's (large) readings count in neither
    // the baseline nor the year, for every school.
    YearMonth first = YearMonth.of(2019, 1);
    Rows rows = new Rows(first);
    for (int m = 1; m <= 12; m++) {
      rows.add(0, ELECTRICITY, YearMonth.of(2019, m), 1_000_000).add(1, ELECTRICITY, YearMonth.of(2019, m), 1_000_000);
      rows.add(0, ELECTRICITY, YearMonth.of(2020, m), 8_000).add(1, ELECTRICITY, YearMonth.of(2020, m), 24_000);
      rows.add(0, ELECTRICITY, YearMonth.of(2023, m), 9_600).add(1, ELECTRICITY, YearMonth.of(2023, m), 16_000);
    }
    RollUpReport report = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard())
        .run(rows.run(factors(1_000, 3_000), 60), first, SCHOOLS.subList(0, 2), 2023);
    // SH001: baseline 12 × 1 000 kgce / 1 000 m² = 12; SH002: 36 000 / 3 000 = 12; Xuhui (48 000 / 4 000) too.
    RollUpLine a = report.schools().get(0);
    RollUpLine b = report.schools().get(1);
    assertEquals(14_400, a.kgce(), TOL);
    assertEquals(24_000, b.kgce(), TOL);
    assertEquals(12, energyPerArea(a).baselineIntensity(), TOL);
    assertEquals(12, energyPerArea(b).baselineIntensity(), TOL);
    assertEquals(12, energyPerArea(report.jurisdiction(XUHUI).orElseThrow()).baselineIntensity(), TOL);
    // Carbon: 8 000 kWh × 0.5 kg × 12 / 1 000 m² = 48 kg/m² in 2020.
    assertEquals(48, a.dualControl().orElseThrow().metric(IntensityMetric.CARBON_PER_AREA).orElseThrow()
        .baselineIntensity(), TOL);
  }

  @Test
  void aYearOutsideTheBatchNamesTheBatchsMonths() {
    BatchRollUp rollUp = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> rollUp.run(handWorked(), FIRST, SCHOOLS, 2024));
    assertEquals(Optional.of("year"), e.field());
    assertEquals(Optional.of("2024"), e.value());
    assertEquals("must lie wholly in the batch's months 2020-01 to 2023-12", e.rule());
  }

  @Test
  void theRuleValuesOfASchoolsProgressAreReportedWithNoJurisdictionLine() {
    // A school whose district is the nation itself: its chain holds only CN, which has no line.
    Rows rows = new Rows();
    for (int m = 1; m <= 12; m++) {
      rows.add(0, ELECTRICITY, YearMonth.of(2020, m), 8_000).add(0, ELECTRICITY, YearMonth.of(2023, m), 8_000);
    }
    RollUpReport report = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard()).run(
        rows.run(factors(1_000), MONTHS), FIRST, List.of(new RollUpSchool("CN001", JurisdictionCode.of("CN"), 1_000,
            100)), 2023);
    assertEquals(List.of(), report.jurisdictions());
    List<AppliedRule> used = report.schools().get(0).dualControl().orElseThrow().rules();
    assertTrue(report.rules().containsAll(used), report.rules()::toString);
    DualControlTargetRule rule = SHANGHAI.bind(DualControlTargetRule.KIND).value();
    assertTrue(used.contains(rule.reductions().value().applied(IntensityMetric.CARBON_PER_AREA)), used::toString);
  }

  @Test
  void theRuleValuesOfAJurisdictionsProgressAreReportedWhenNoSchoolIsAssessed() {
    // Heat counted at no kgce; SH001 on a zero grid factor. SH001 has energy but no CO₂ in 2020, SH002 CO₂ but no
    // energy: neither school has a whole baseline, but Xuhui, their total, has both.
    Map<Carrier, Double> kgce = new EnumMap<>(Carrier.class);
    kgce.put(Carrier.ELECTRICITY, 0.125);
    kgce.put(Carrier.HEAT, 0.0);
    BatchFactors factors = BatchFactors.of(ElectricityBasis.CALORIFIC, CarrierWeights.of("kgce", kgce, List.of()),
        CarrierWeights.of("kgCO2", Map.of(), List.of()), new double[] {0, 0.5}, new double[] {0.75, 0.75},
        new double[] {0, 0.125}, new double[] {1_000, 3_000}, List.of());
    Rows rows = new Rows();
    int heat = Carrier.HEAT.ordinal();
    for (int year : new int[] {2020, 2023}) {
      for (int m = 1; m <= 12; m++) {
        rows.add(0, ELECTRICITY, YearMonth.of(year, m), 8_000).add(1, heat, YearMonth.of(year, m), 8_000);
      }
    }
    RollUpReport report = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard())
        .run(rows.run(factors, MONTHS), FIRST, SCHOOLS.subList(0, 2), 2023);
    for (RollUpLine school : report.schools()) {
      assertTrue(school.dualControl().isEmpty(), school::toString);
    }
    RollUpLine xuhui = report.jurisdiction(XUHUI).orElseThrow();
    // 12 000 kgce and 12 000 kgCO₂ (8 000 MJ × 0.125 × 12) over 4 000 m²: 3 of each per m².
    assertEquals(3, energyPerArea(xuhui).baselineIntensity(), TOL);
    List<AppliedRule> used = xuhui.dualControl().orElseThrow().rules();
    assertTrue(report.rules().containsAll(used), report.rules()::toString);
    DualControlTargetRule rule = SHANGHAI.bind(DualControlTargetRule.KIND).value();
    assertTrue(used.contains(rule.reductions().value().applied(IntensityMetric.CARBON_PER_AREA)), used::toString);
  }

  @Test
  void aLineChecksItsCountsAndThatItIsAssessedOrRefusedNeverBoth() {
    Subject school = Subject.of(SubjectKind.SCHOOL, "SH001");
    Optional<Failure> refusal = Optional.of(Failure.of(0, "SH001", new InvalidValueException("baseline", 0,
        "no energy")));
    // The least a line may hold: one school, one person, no energy, no gap; refused.
    RollUpLine least = new RollUpLine(school, Optional.empty(), 1, 0, 0, 0, 1, 1, 0, Optional.empty(), refusal);
    assertEquals(1, least.schools());
    assertEquals(Optional.of("schools"), assertThrows(InvalidValueException.class, () -> new RollUpLine(school,
        Optional.empty(), 0, 0, 0, 0, 1, 1, 0, Optional.empty(), refusal)).field());
    assertEquals(Optional.of("population"), assertThrows(InvalidValueException.class, () -> new RollUpLine(school,
        Optional.empty(), 1, 0, 0, 0, 1, 0, 0, Optional.empty(), refusal)).field());
    assertEquals(Optional.of("gapMonths"), assertThrows(InvalidValueException.class, () -> new RollUpLine(school,
        Optional.empty(), 1, 0, 0, 0, 1, 1, -1, Optional.empty(), refusal)).field());
    // Neither progress nor refusal, or both.
    assertEquals(Optional.of("refusal"), assertThrows(InvalidValueException.class, () -> new RollUpLine(school,
        Optional.empty(), 1, 0, 0, 0, 1, 1, 0, Optional.empty(), Optional.empty())).field());
    RollUpLine assessed = BatchRollUp.in(SHANGHAI, JurisdictionDirectory.standard())
        .run(handWorked(), FIRST, SCHOOLS, 2023).schools().get(0);
    assertEquals(Optional.of("refusal"), assertThrows(InvalidValueException.class, () -> new RollUpLine(school,
        Optional.empty(), 1, 0, 0, 0, 1, 1, 0, assessed.dualControl(), refusal)).field());
  }

  @Test
  void aReportsBaselineYearIsBeforeItsYear() {
    RollUpLine line = new RollUpLine(Subject.of(SubjectKind.SCHOOL, "SH001"), Optional.empty(), 1, 0, 0, 0, 1, 1, 0,
        Optional.empty(), Optional.of(Failure.of(0, "SH001", new InvalidValueException("baseline", 0, "no energy"))));
    RollUpReport report = new RollUpReport(2023, 2022, ElectricityBasis.CALORIFIC, List.of(line), List.of(), List.of());
    assertEquals(2022, report.baselineYear());
    for (int baselineYear : new int[] {2023, 2024}) {
      assertEquals(Optional.of("baselineYear"), assertThrows(InvalidValueException.class,
          () -> new RollUpReport(2023, baselineYear, ElectricityBasis.CALORIFIC, List.of(line), List.of(), List.of()))
          .field());
    }
  }
}

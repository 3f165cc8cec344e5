package org.anxiao.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carbon.CarbonAccounting;
import org.anxiao.energy.carbon.CarbonInputs;
import org.anxiao.energy.carbon.CarbonResult;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GreenPowerPurchase;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.carrier.EndUse;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.anxiao.energy.dualcontrol.Actuals;
import org.anxiao.energy.dualcontrol.Baseline;
import org.anxiao.energy.dualcontrol.DualControl;
import org.anxiao.energy.dualcontrol.DualControlProgress;
import org.anxiao.energy.dualcontrol.IntensityMetric;
import org.anxiao.energy.dualcontrol.MonthlyActual;
import org.anxiao.energy.intensity.Denominators;
import org.anxiao.energy.intensity.Intensities;
import org.anxiao.energy.intensity.IntensityResult;
import org.anxiao.energy.intensity.PopulationBasis;
import org.anxiao.energy.intensity.StepSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P2 — typed one-school annual assessment (issue "energy"): 12 months × 8 meters of a Shanghai school
 * (310112) in 2023 → standard coal by carrier (当量值), Scope 1 and Scope 2 (MEE provincial and
 * Shanghai reporting factors, location-based, and market-based with settled green power), the
 * annual intensities, and dual-control progress from the twelve monthly figures split from the
 * annual results ({@code MonthlyActual.split}: the same coefficients, no second conversion). Targets: ≤ 50 µs
 * and ≤ 64 KB allocated per school ({@code -prof gc}, {@code gc.alloc.rate.norm}).
 *
 * <p>The calculators are resolved once (as documented: once per jurisdiction and date) and the
 * consumptions built once; the benchmark measures the assessment. Baseline in the same class: the
 * same kgce, kgCO₂ and intensity figures as a hand-written double loop with the factors inlined —
 * what the assessment adds over bare arithmetic (validation, rule records, typed results).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AnnualAssessmentBenchmark {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "310112-0001");
  private static final CalendarYear YEAR = new CalendarYear(2023);
  /** Eight meters: five electricity sub-meters, canteen gas, PV self-consumed, water. */
  private static final Carrier[] METERS = {Carrier.ELECTRICITY, Carrier.ELECTRICITY, Carrier.ELECTRICITY,
      Carrier.ELECTRICITY, Carrier.ELECTRICITY, Carrier.NATURAL_GAS, Carrier.PV_SELF_CONSUMED, Carrier.WATER};

  final CoalEquivalents coal;
  final CarbonAccounting carbon;
  final Intensities intensities = Intensities.create();
  final DualControl dualControl;
  final List<Consumption> year;
  /** The year's consumptions of energy and of water, as the platform holds them (inputs, built once). */
  final List<Consumption> energyOfYear;
  final List<Consumption> waterOfYear;
  final List<List<Consumption>> byMonth = new ArrayList<>();
  final Denominators denominators;
  final Baseline baseline;
  final List<FactorSet> sets = List.of(FactorSet.mee(GridRegion.provinceOf(JurisdictionCode.of("310112"))),
      FactorSet.shanghaiReporting());
  final List<GreenPowerPurchase> green = List.of(new GreenPowerPurchase(new Month(2023, 6),
      Measure.of("20000", "kWh"), true, false));
  /** For the baseline: amounts and weights as plain arrays. */
  final double[] amount = new double[96];
  final int[] carrierOf = new int[96];

  /** Builds the year of consumptions and resolves the calculators once. */
  public AnnualAssessmentBenchmark() {
    RuleContext context = RuleContext.standard(JurisdictionCode.of("310112"), LocalDate.of(2023, 12, 31));
    coal = CoalEquivalents.in(context);
    carbon = CarbonAccounting.in(context);
    dualControl = DualControl.in(context);
    int i = 0;
    List<Consumption> all = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      List<Consumption> month = new ArrayList<>();
      for (int k = 0; k < METERS.length; k++) {
        Carrier c = METERS[k];
        long base = c == Carrier.WATER ? 900 : c == Carrier.NATURAL_GAS ? 1800 : c == Carrier.PV_SELF_CONSUMED ? 4000 : 12000;
        String value = BigDecimal.valueOf(base + 37L * m + 11L * k).toPlainString();
        Consumption one = new Consumption(c, new Month(2023, m), Measure.of(value, c.unit()), Optional.of("M" + k),
            Optional.of("B" + (k % 3)), k < 5 ? EndUse.values()[k % EndUse.values().length] : EndUse.WHOLE, false,
            Optional.empty());
        month.add(one);
        all.add(one);
        amount[i] = one.value();
        carrierOf[i++] = c.ordinal();
      }
      byMonth.add(month);
    }
    year = List.copyOf(all);
    energyOfYear = List.copyOf(nonWater(year));
    waterOfYear = List.copyOf(water(year));
    LocalDate start = LocalDate.of(2023, 1, 1);
    denominators = Denominators.of(StepSeries.constant(start, BigDecimal.valueOf(22000)),
        StepSeries.constant(start, BigDecimal.valueOf(1080)), StepSeries.constant(start, BigDecimal.valueOf(96)));
    Map<IntensityMetric, BigDecimal> base = new EnumMap<>(IntensityMetric.class);
    base.put(IntensityMetric.ENERGY_PER_AREA, new BigDecimal("7.5"));
    base.put(IntensityMetric.ENERGY_PER_PERSON, new BigDecimal("140"));
    base.put(IntensityMetric.WATER_PER_PERSON, new BigDecimal("11"));
    base.put(IntensityMetric.CARBON_PER_AREA, new BigDecimal("35"));
    baseline = new Baseline(2020, ElectricityBasis.CALORIFIC, PopulationBasis.STUDENTS_AND_STAFF, base);
  }

  /** The assessment: what a platform runs for one school at year end. */
  @Benchmark
  public DualControlProgress assessment() {
    CoalEquivalentResult annual = coal.convert(SCHOOL, YEAR, year, ElectricityBasis.CALORIFIC);
    CarbonInputs inputs = CarbonInputs.of(energyOfYear).withFactorSets(sets).withMarketBased(green, List.of());
    CarbonResult co2 = carbon.account(SCHOOL, YEAR, inputs);
    IntensityResult intensity = intensities.calculate(SCHOOL, YEAR, Optional.of(annual), waterOfYear,
        Optional.of(co2.locationTotal(sets.get(0))), denominators, PopulationBasis.STUDENTS_AND_STAFF);
    List<MonthlyActual> months = MonthlyActual.split(annual, co2, sets.get(0), waterOfYear);
    DualControlProgress progress = dualControl.progress(baseline,
        new Actuals(SCHOOL, months, denominators, PopulationBasis.STUDENTS_AND_STAFF), Optional.empty());
    if (intensity.rulesApplied().isEmpty()) {
      throw new IllegalStateException("no rule applied");
    }
    return progress;
  }

  /**
   * Baseline: the same annual kgce, kgCO₂ (Scope 1 gas, Scope 2 at 0.5737) and intensities as plain
   * double arithmetic over the same amounts, factors inlined.
   */
  @Benchmark
  public double[] baselinePlainArithmetic() {
    double kgce = 0;
    double co2 = 0;
    double water = 0;
    for (int i = 0; i < amount.length; i++) {
      double v = amount[i];
      switch (METERS[i % METERS.length]) {
        case ELECTRICITY -> {
          kgce += v * 0.1229;
          co2 += v * 0.5737;
        }
        case PV_SELF_CONSUMED -> kgce += v * 0.1229;
        case NATURAL_GAS -> {
          kgce += v * 1.2143;
          co2 += v * 2.162;
        }
        default -> water += v;
      }
    }
    return new double[] {kgce, co2, kgce / 22000, kgce / 1176, water / 1176, co2 / 22000};
  }

  /**
   * {@return each step of {@link #assessment()} on its own, for profiling by hand}
   */
  public Map<String, java.util.function.Supplier<Object>> parts() {
    Map<String, java.util.function.Supplier<Object>> parts = new java.util.LinkedHashMap<>();
    CoalEquivalentResult annual = coal.convert(SCHOOL, YEAR, year, ElectricityBasis.CALORIFIC);
    List<Consumption> nonWater = nonWater(year);
    List<Consumption> monthNonWater = nonWater(byMonth.get(0));
    parts.put("coal annual (96)", () -> coal.convert(SCHOOL, YEAR, year, ElectricityBasis.CALORIFIC));
    parts.put("coal month (8)", () -> coal.convert(SCHOOL, new Month(2023, 1), byMonth.get(0), ElectricityBasis.CALORIFIC));
    parts.put("carbon annual (84, 2 sets, market)", () -> carbon.account(SCHOOL, YEAR,
        CarbonInputs.of(nonWater).withFactorSets(sets).withMarketBased(green, List.of())));
    parts.put("carbon month (7, 1 set)", () -> carbon.account(SCHOOL, new Month(2023, 1),
        CarbonInputs.of(monthNonWater).withFactorSets(sets.subList(0, 1))));
    CarbonResult co2 = carbon.account(SCHOOL, YEAR, CarbonInputs.of(nonWater).withFactorSets(sets));
    parts.put("intensity annual", () -> intensities.calculate(SCHOOL, YEAR, Optional.of(annual), water(year),
        Optional.of(co2.locationTotal(sets.get(0))), denominators, PopulationBasis.STUDENTS_AND_STAFF));
    List<MonthlyActual> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      months.add(MonthlyActual.of(coal.convert(SCHOOL, new Month(2023, m + 1), byMonth.get(m), ElectricityBasis.CALORIFIC),
          AnxiaoUnits.of(100, AnxiaoUnits.CUBIC_METER), co2.locationTotal(sets.get(0))));
    }
    parts.put("split into months", () -> MonthlyActual.split(annual, co2, sets.get(0), water(year)));
    parts.put("dual control progress", () -> dualControl.progress(baseline,
        new Actuals(SCHOOL, months, denominators, PopulationBasis.STUDENTS_AND_STAFF), Optional.empty()));
    return parts;
  }

  private static List<Consumption> nonWater(List<Consumption> all) {
    List<Consumption> out = new ArrayList<>(all.size());
    for (Consumption c : all) {
      if (c.carrier() != Carrier.WATER) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Consumption> water(List<Consumption> all) {
    List<Consumption> out = new ArrayList<>(12);
    for (Consumption c : all) {
      if (c.carrier() == Carrier.WATER) {
        out.add(c);
      }
    }
    return out;
  }
}

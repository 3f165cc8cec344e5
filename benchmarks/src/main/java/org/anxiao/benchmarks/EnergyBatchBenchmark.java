package org.anxiao.benchmarks;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Energy;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.batch.BatchFactors;
import org.anxiao.energy.batch.BatchResult;
import org.anxiao.energy.batch.EnergyBatch;
import org.anxiao.energy.carbon.EmissionFactorRule;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.units.indriya.quantity.Quantities;

/**
 * P1 — city-scale batch (issue "energy"): 10 M readings of 10 000 schools × 12 months → per school
 * and month kgce, Scope 1 and Scope 2 (location and market) tCO₂, and per school the intensity.
 * Targets, as ratios from one run: the batch API ≤ 1.5× the hand-written {@code double} loop over
 * the same arrays ({@link #baselineHandLoop}), and ≥ 500× faster per reading than a per-reading
 * Indriya pipeline ({@link #indriyaPerReading}, run on the first 100 000 rows).
 *
 * <p>Scores are per reading ({@link OperationsPerInvocation}), so the three compare directly.
 * Readings: school uniform over 10 000, month uniform over 12, carrier electricity 70 %, natural
 * gas 15 %, heat 10 %, diesel 5 %, amount uniform in [0, 10 000) in the carrier's unit; fixed seed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class EnergyBatchBenchmark {
  static final int ROWS = 10_000_000;
  static final int SCHOOLS = 10_000;
  static final int MONTHS = 12;
  static final int INDRIYA_ROWS = 100_000;

  final int[] school;
  final int[] carrier;
  final int[] month;
  final double[] value;
  final BatchFactors factors;
  /** The same factors as plain arrays, for the baseline. */
  final double[] kgcePerUnit;
  final double[] co2PerUnit;
  final double[] grid;
  final double[] residual;
  final double[] heatFactor;
  final double[] area;
  final Unit<?>[] units;

  /** Builds the columns and resolves the factors once per trial (JMH creates the state once). */
  public EnergyBatchBenchmark() {
    SplittableRandom random = new SplittableRandom(20261201L);
    school = new int[ROWS];
    carrier = new int[ROWS];
    month = new int[ROWS];
    value = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      school[i] = random.nextInt(SCHOOLS);
      month[i] = random.nextInt(MONTHS);
      int r = random.nextInt(100);
      carrier[i] = (r < 70 ? Carrier.ELECTRICITY : r < 85 ? Carrier.NATURAL_GAS : r < 95 ? Carrier.HEAT : Carrier.DIESEL)
          .ordinal();
      value[i] = random.nextDouble() * 10_000;
    }
    RuleContext context = RuleContext.standard(JurisdictionCode.of("110000"), LocalDate.of(2024, 12, 31));
    CarrierWeights coal = CoalEquivalents.in(context).weights(ElectricityBasis.CALORIFIC);
    CarrierWeights scope1 = scope1(context);
    grid = new double[SCHOOLS];
    residual = new double[SCHOOLS];
    heatFactor = new double[SCHOOLS];
    area = new double[SCHOOLS];
    for (int s = 0; s < SCHOOLS; s++) {
      grid[s] = 0.5366;
      residual[s] = 0.5856;
      heatFactor[s] = 0.11;
      area[s] = 10_000 + s;
    }
    factors = BatchFactors.of(ElectricityBasis.CALORIFIC, coal, scope1, grid, residual, heatFactor, area, List.of());
    kgcePerUnit = coal.toArray();
    co2PerUnit = new double[Carrier.values().length];
    for (Carrier c : Carrier.values()) {
      co2PerUnit[c.ordinal()] = c.isFuel() ? scope1.weight(c).orElse(0) : 0;
    }
    units = new Unit<?>[Carrier.values().length];
    for (Carrier c : Carrier.values()) {
      units[c.ordinal()] = AnxiaoUnits.unit(c.unit());
    }
  }

  static CarrierWeights scope1(RuleContext context) {
    EmissionFactorRule rule = context.bind(EmissionFactorRule.KIND).value();
    RuleTrace trace = RuleTrace.under(VerificationPolicy.DEFAULT);
    Map<Carrier, Double> w = new EnumMap<>(Carrier.class);
    rule.byVolume().value().keys().forEach(c -> w.put(c, trace.row(rule.byVolume(), c).doubleValue()));
    rule.byMass().value().keys().forEach(c -> w.put(c, trace.row(rule.byMass(), c).doubleValue()));
    return CarrierWeights.of("kgCO2", w, trace.applied());
  }

  /** The batch API: every row through one accumulator, then the per-school figures. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public BatchResult batch() {
    return EnergyBatch.run(factors, MONTHS, school, carrier, month, value);
  }

  /**
   * Baseline: a hand-written loop over the same arrays computing the same sums and tCO₂ (no
   * validation, no failures, no rule records).
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public double[] baselineHandLoop() {
    int groups = SCHOOLS * MONTHS;
    double[] kgce = new double[groups];
    double[] co2 = new double[groups];
    double[] elec = new double[groups];
    double[] heat = new double[groups];
    int electricity = Carrier.ELECTRICITY.ordinal();
    int heatOrdinal = Carrier.HEAT.ordinal();
    for (int i = 0; i < ROWS; i++) {
      int g = school[i] * MONTHS + month[i];
      int c = carrier[i];
      double v = value[i];
      kgce[g] += v * kgcePerUnit[c];
      co2[g] += v * co2PerUnit[c];
      if (c == electricity) {
        elec[g] += v;
      } else if (c == heatOrdinal) {
        heat[g] += v;
      }
    }
    double[] out = new double[groups * 4];
    for (int g = 0; g < groups; g++) {
      int s = g / MONTHS;
      double h = heat[g] * heatFactor[s];
      out[g * 4] = kgce[g];
      out[g * 4 + 1] = co2[g] / 1000;
      out[g * 4 + 2] = (elec[g] * grid[s] + h) / 1000;
      out[g * 4 + 3] = (elec[g] * residual[s] + h) / 1000;
    }
    return out;
  }

  /**
   * Per-reading Indriya pipeline, as code written without a batch API does it: each reading becomes a
   * quantity in its unit, is converted to the coefficient's unit, multiplied, and added to its
   * school's and month's running quantity. First {@value #INDRIYA_ROWS} rows.
   */
  @Benchmark
  @OperationsPerInvocation(INDRIYA_ROWS)
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Quantity<Energy>[] indriyaPerReading() {
    Quantity<Energy>[] sums = new Quantity[SCHOOLS * MONTHS];
    Quantity<Energy> zero = Quantities.getQuantity(0, AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT);
    for (int i = 0; i < INDRIYA_ROWS; i++) {
      int g = school[i] * MONTHS + month[i];
      Unit unit = units[carrier[i]];
      Quantity reading = Quantities.getQuantity(value[i], unit);
      double amount = reading.to(unit).getValue().doubleValue();
      Quantity<Energy> kgce = Quantities.getQuantity(amount * kgcePerUnit[carrier[i]], AnxiaoUnits.KILOGRAM_COAL_EQUIVALENT);
      sums[g] = (sums[g] == null ? zero : sums[g]).add(kgce);
    }
    return sums;
  }
}

package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.junit.jupiter.api.Test;

/** The accumulator's checks at their limits, the failure cap, and merging of every sum and count. */
class BatchAccumulatorBoundariesTest {
  private static final int ELECTRICITY = Carrier.ELECTRICITY.ordinal();
  /** The Beijing packs give kerosene a kgce coefficient but no Scope 1 factor: its rows are refused. */
  private static final int KEROSENE = Carrier.KEROSENE.ordinal();

  private static BatchFactors one() {
    return BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000);
  }

  private static BatchFactors two() {
    return BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000);
  }

  private static Optional<String> fieldOf(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(InvalidValueException.class, call).field();
  }

  /** {@code n} rows of school 0, period 0, electricity, each NaN: all refused. */
  private static BatchAccumulator withBadRows(BatchAccumulator acc, int n) {
    double[] value = new double[n];
    Arrays.fill(value, Double.NaN);
    int[] carrier = new int[n];
    Arrays.fill(carrier, ELECTRICITY);
    return acc.add(new int[n], carrier, new int[n], value, 0, n);
  }

  @Test
  void everyColumnMustMatchTheValueColumn() {
    assertEquals(Optional.of("carrier"), fieldOf(() -> one().accumulator(1)
        .add(new int[1], new int[2], new int[1], new double[1], 0, 1)));
    assertEquals(Optional.of("period"), fieldOf(() -> one().accumulator(1)
        .add(new int[1], new int[1], new int[2], new double[1], 0, 1)));
    assertEquals(Optional.of("school"), fieldOf(() -> one().accumulator(1)
        .addGreenPower(new int[2], new int[1], new double[1], 0, 1)));
    assertEquals(Optional.of("period"), fieldOf(() -> one().accumulator(1)
        .addGreenPower(new int[1], new int[2], new double[1], 0, 1)));
    assertEquals(Optional.of("from"), fieldOf(() -> one().accumulator(1)
        .addGreenPower(new int[1], new int[1], new double[1], 0, 2)));
  }

  @Test
  void anEmptyRangeAndARangeNotStartingAtZeroCountOnlyTheirRows() {
    int[] school = {0, 0, 0};
    int[] carrier = {ELECTRICITY, ELECTRICITY, ELECTRICITY};
    int[] period = {0, 0, 0};
    double[] value = {1, 10, 100};
    BatchAccumulator acc = one().accumulator(1).add(school, carrier, period, value, 1, 1);
    assertEquals(0, acc.result().rowsAdded());
    // Rows [1, 3): 2 rows added; 110 kWh × 0.1229 = 13.519 kgce.
    BatchResult r = acc.add(school, carrier, period, value, 1, 3).result();
    assertEquals(2, r.rowsAdded());
    assertEquals(13.519, r.kgce(0, 0), 1e-12);
    assertEquals(Optional.of("from"), fieldOf(() -> one().accumulator(1).add(school, carrier, period, value, 2, 1)));
  }

  @Test
  void greenPowerRowsOutsideTheSchoolsOrPeriodsAreRefused() {
    InvalidValueException school = assertThrows(InvalidValueException.class, () -> one().accumulator(2)
        .addGreenPower(new int[] {1}, new int[] {0}, new double[] {5}, 0, 1));
    assertEquals(Optional.of("school[0]"), school.field());
    // One school: indices 0 .. 0.
    assertEquals("must be between 0 and 0", school.rule());
    // Two schools, one period: period 1 would land on school 1's cell if it were not checked.
    InvalidValueException period = assertThrows(InvalidValueException.class, () -> two().accumulator(1)
        .addGreenPower(new int[] {0}, new int[] {1}, new double[] {5}, 0, 1));
    assertEquals(Optional.of("period[0]"), period.field());
    assertEquals("must be between 0 and 0", period.rule());
  }

  @Test
  void greenPowerOfZeroAndOfTheLargestDoubleIsAccepted() {
    BatchAccumulator acc = one().accumulator(1).add(new int[] {0}, new int[] {ELECTRICITY}, new int[] {0},
        new double[] {1_000}, 0, 1);
    BatchResult zero = acc.addGreenPower(new int[] {0}, new int[] {0}, new double[] {0}, 0, 1).result();
    // Nothing deducted: 1 000 kWh × 0.5856 = 585.6 kg = 0.5856 t.
    assertEquals(0.5856, zero.scope2MarketTonnes()[0], 1e-15);
    BatchResult all = acc.addGreenPower(new int[] {0}, new int[] {0}, new double[] {Double.MAX_VALUE}, 0, 1).result();
    // Green power beyond the grid kWh: the remainder is zero, and a failure keyed 0/0 says so.
    assertEquals(0, all.scope2MarketTonnes()[0]);
    assertEquals(Optional.of("0/0"), all.failures().get(0).key());
  }

  @Test
  void aRowAtEachUpperLimitIsNamedByTheRuleItBreaks() {
    int carriers = Carrier.values().length;
    // Two schools, two periods. Row 0: school 2; row 1: period 2; row 2: carrier ordinal = the number of
    // carriers; rows 3 and 4: kerosene (no Scope 1 factor) with the values 0 and MAX_VALUE, which are valid.
    int[] school = {2, 0, 0, 0, 0};
    int[] carrier = {ELECTRICITY, ELECTRICITY, carriers, KEROSENE, KEROSENE};
    int[] period = {0, 2, 0, 0, 0};
    double[] value = {1, 1, 1, 0, Double.MAX_VALUE};
    BatchResult r = EnergyBatch.run(two(), 2, school, carrier, period, value);
    List<Failure> f = r.failures();
    assertEquals(List.of("school[0]", "period[1]", "carrier[2]", "carrier[3]", "carrier[4]"),
        f.stream().map(x -> x.field().orElseThrow()).toList());
    assertEquals("must be between 0 and 1", f.get(0).message());
    assertEquals("must be between 0 and 1", f.get(1).message());
    assertTrue(f.get(2).message().contains("(0.." + (carriers - 1) + ")"), f.get(2).message());
    assertEquals(List.of("INVALID_VALUE", "INVALID_VALUE", "UNKNOWN_CODE", "UNKNOWN_CODE", "UNKNOWN_CODE"),
        f.stream().map(Failure::errorCode).toList());
  }

  @Test
  void theFirstThousandFailuresAreKeptAndAllAreCounted() {
    BatchResult r = withBadRows(one().accumulator(1), BatchAccumulator.FAILURES_KEPT + 1).result();
    assertEquals(BatchAccumulator.FAILURES_KEPT, r.failures().size());
    assertEquals(BatchAccumulator.FAILURES_KEPT + 1, r.rowsRejected());
    assertEquals(BatchAccumulator.FAILURES_KEPT - 1, r.failures().get(BatchAccumulator.FAILURES_KEPT - 1).index());
  }

  @Test
  void mergeAddsEverySumAndCountAndTheOtherFailures() {
    BatchFactors factors = one();
    // Left: 100 kWh and one refused row (index 1); 10 kWh green. Right: 200 + 300 kWh and one refused row (index 2); 20 kWh green.
    BatchAccumulator left = factors.accumulator(1).add(new int[] {0, 0}, new int[] {ELECTRICITY, ELECTRICITY},
        new int[] {0, 0}, new double[] {100, -1}, 0, 2).addGreenPower(new int[] {0}, new int[] {0}, new double[] {10}, 0, 1);
    BatchAccumulator right = factors.accumulator(1).add(new int[] {0, 0, 0},
        new int[] {ELECTRICITY, ELECTRICITY, ELECTRICITY}, new int[] {0, 0, 0}, new double[] {200, 300, Double.NaN}, 0, 3)
        .addGreenPower(new int[] {0}, new int[] {0}, new double[] {20}, 0, 1);
    BatchResult r = left.merge(right).result();
    assertEquals(3, r.rowsAdded());
    assertEquals(2, r.rowsRejected());
    assertEquals(List.of(1, 2), r.failures().stream().map(Failure::index).toList());
    // Market-based: (600 − 30) kWh × 0.5856 = 333.792 kg = 0.333792 t.
    assertEquals(0.333792, r.scope2MarketTonnes()[0], 1e-12);
  }

  @Test
  void mergeKeepsNoMoreThanAThousandFailures() {
    BatchFactors factors = one();
    BatchAccumulator full = withBadRows(factors.accumulator(1), BatchAccumulator.FAILURES_KEPT);
    BatchResult r = full.merge(withBadRows(factors.accumulator(1), 1)).result();
    assertEquals(BatchAccumulator.FAILURES_KEPT, r.failures().size());
    assertEquals(BatchAccumulator.FAILURES_KEPT + 1, r.rowsRejected());
  }

  @Test
  void toStringNamesTheShapeAndTheCounts() {
    BatchAccumulator acc = two().accumulator(3).add(new int[] {0, 0}, new int[] {ELECTRICITY, ELECTRICITY},
        new int[] {0, 0}, new double[] {1, -1}, 0, 2);
    String text = acc.toString();
    assertTrue(text.startsWith("BatchAccumulator{2 schools × 3 periods"), text);
    assertTrue(text.contains("1 rows added, 1 rejected"), text);
  }
}

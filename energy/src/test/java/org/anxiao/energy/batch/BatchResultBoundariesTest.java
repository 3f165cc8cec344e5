package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.junit.jupiter.api.Test;

/** The result's shape, its index checks at their limits, and the green-power failures. */
class BatchResultBoundariesTest {
  private static final int ELECTRICITY = Carrier.ELECTRICITY.ordinal();

  /** Two schools × two periods; school s, period p has 1 000 × (2s + p + 1) kWh. */
  private static BatchAccumulator twoByTwo() {
    return BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 2_000).accumulator(2).add(new int[] {0, 0, 1, 1},
        new int[] {ELECTRICITY, ELECTRICITY, ELECTRICITY, ELECTRICITY}, new int[] {0, 1, 0, 1},
        new double[] {1_000, 2_000, 3_000, 4_000}, 0, 4);
  }

  @Test
  void shapeAndText() {
    BatchResult r = twoByTwo().result();
    assertEquals(2, r.schools());
    assertEquals(2, r.periods());
    String text = r.toString();
    assertTrue(text.startsWith("BatchResult{2 schools × 2 periods, CALORIFIC, 4 rows"), text);
    // School 1, period 0: 3 000 kWh × 0.1229 = 368.7 kgce.
    assertEquals(368.7, r.kgce(1, 0), 1e-12);
  }

  @Test
  void schoolAndPeriodIndicesStopAtTheirCounts() {
    BatchResult r = twoByTwo().result();
    InvalidValueException period = assertThrows(InvalidValueException.class, () -> r.kgce(0, 2));
    assertEquals(Optional.of("period"), period.field());
    assertEquals("must be between 0 and 1", period.rule());
    assertEquals(Optional.of("period"), assertThrows(InvalidValueException.class, () -> r.kgce(1, -1)).field());
    InvalidValueException school = assertThrows(InvalidValueException.class, () -> r.totalKgce(2));
    assertEquals(Optional.of("school"), school.field());
    assertEquals("must be between 0 and 1", school.rule());
    assertEquals(Optional.of("school"), assertThrows(InvalidValueException.class, () -> r.kgcePerSquareMetre(2)).field());
    assertEquals(Optional.of("school"), assertThrows(InvalidValueException.class, () -> r.kgce(-1, 1)).field());
  }

  @Test
  void aGreenPowerFailureIsKeyedBySchoolAndPeriod() {
    // School 1, period 1 has 4 000 kWh; 5 000 kWh green exceeds it.
    BatchResult r = twoByTwo().addGreenPower(new int[] {1}, new int[] {1}, new double[] {5_000}, 0, 1).result();
    assertEquals(1, r.failures().size());
    assertEquals(Optional.of("1/1"), r.failures().get(0).key());
    // Group index: school 1 × 2 periods + period 1 = 3.
    assertEquals(3, r.failures().get(0).index());
  }

  @Test
  void greenPowerFailuresAreNotKeptPastTheCap() {
    int n = BatchAccumulator.FAILURES_KEPT;
    double[] nan = new double[n];
    Arrays.fill(nan, Double.NaN);
    int[] carrier = new int[n];
    Arrays.fill(carrier, ELECTRICITY);
    BatchResult r = twoByTwo().add(new int[n], carrier, new int[n], nan, 0, n)
        .addGreenPower(new int[] {1}, new int[] {1}, new double[] {5_000}, 0, 1).result();
    assertEquals(n, r.failures().size());
    assertTrue(r.failures().stream().map(Failure::key).allMatch(Optional::isEmpty));
  }
}

package org.anxiao.energy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's row checks at each limit, its general (k ≠ 4) loop, the one-output form, and the shared zeros. */
class WeightedSumsBoundariesTest {
  /** Slot 0 weighs {2, 3}, slot 1 {5, 7}; slot 2 has no weight. */
  private static final double[] WEIGHT = {2, 3, 5, 7, 0, 0};
  private static final boolean[] KNOWN = {true, true, false};

  @Test
  void rowsAtEachLimitAreAddedOrRejected() {
    // Two major × two minor groups, two outputs: out has 2 × 2 × 2 = 8 sums.
    int[] major = {0, 1, 2, 0, 0, -1, 0, 0, 0, 1};
    int[] minor = {0, 1, 0, 2, 0, 0, -1, 0, 1, 0};
    int[] slot = {0, 1, 0, 0, 3, 0, 0, -1, 0, 2};
    double[] amount = {0, 10, 1, 1, 1, 1, 1, 1, 4, 1};
    double[] out = new double[8];
    List<Integer> rejected = new ArrayList<>();
    int bad = WeightedSums.accumulate(major, 2, minor, 2, slot, KNOWN, amount, WEIGHT, 2, out, 0, amount.length,
        rejected::add);
    // Rejected: major 2 (row 2), minor 2 (3), slot 3 (4), major −1 (5), minor −1 (6), slot −1 (7), unknown slot 2 (9).
    assertEquals(List.of(2, 3, 4, 5, 6, 7, 9), rejected);
    assertEquals(7, bad);
    // Row 0 adds 0. Row 1: group 1 × 2 + 1 = 3, 10 × {5, 7} = {50, 70} at 6, 7. Row 8: group 1, 4 × {2, 3} = {8, 12} at 2, 3.
    assertArrayEquals(new double[] {0, 0, 8, 12, 0, 0, 50, 70}, out);
  }

  @Test
  void theLargestFiniteAmountIsAdded() {
    double[] out = new double[2];
    int bad = WeightedSums.accumulate(new int[] {0}, 1, new int[] {0}, 1, new int[] {0}, new boolean[] {true},
        new double[] {Double.MAX_VALUE}, new double[] {0.5, 0.25}, 2, out, 0, 1, row -> { });
    assertEquals(0, bad);
    assertArrayEquals(new double[] {Double.MAX_VALUE * 0.5, Double.MAX_VALUE * 0.25}, out);
  }

  @Test
  void theOneOutputFormReturnsTheFirstRowNotAdded() {
    double[] out = new double[2];
    // Weight of slot 1 is NaN: rows 1 and 2 are not added; row 0 adds 1 × 2, row 3 adds 4 × 2.
    assertEquals(1, WeightedSums.accumulate(new int[] {0, 1, 0, 1}, new int[] {0, 1, 1, 0}, new double[] {1, 2, 3, 4},
        new double[] {2, Double.NaN}, out, 0, 4));
    assertArrayEquals(new double[] {2, 8}, out);
    // Rows 0 and 2 not added: the first is 0.
    assertEquals(0, WeightedSums.accumulate(new int[] {0, 0, 0}, new int[] {1, 0, 1}, new double[] {1, 1, 1},
        new double[] {2, Double.NaN}, new double[1], 0, 3));
    assertEquals(-1, WeightedSums.accumulate(new int[] {0}, new int[] {0}, new double[] {1}, new double[] {2},
        new double[1], 0, 1));
  }

  @Test
  void zerosAreSharedUntilALongerArrayIsAskedFor() {
    int[] z = WeightedSums.zeros(1);
    assertSame(z, WeightedSums.zeros(z.length));
    int[] longer = WeightedSums.zeros(z.length + 1);
    // Grown to twice the length, not just to the length asked for.
    assertEquals(2 * z.length, longer.length);
    assertEquals(0, java.util.Arrays.stream(longer).sum());
  }
}

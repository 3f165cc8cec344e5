package org.anxiao.core.testkit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Boundaries: each threshold and one step either side, in order; nothing else. */
class BoundariesTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void valuesAreEachThresholdAndOneStepEitherSideInOrder() {
    assertEquals(List.of(d("59.99"), d("60"), d("60.01"), d("79.99"), d("80"), d("80.01")),
        Boundaries.values(List.of(d("60"), d("80")), d("0.01")));
  }

  @Test
  void aroundDrawsOnlyThoseValues() {
    Set<BigDecimal> allowed = Set.copyOf(Boundaries.values(List.of(d("10"), d("100")), d("1")));
    qt().withExamples(50).forAll(Boundaries.around(List.of(d("10"), d("100")), d("1")))
        .checkAssert(v -> assertTrue(allowed.contains(v), v.toPlainString()));
  }

  @Test
  void aroundIntsKeepsNothingBelowTheMinimum() {
    qt().withExamples(50).forAll(Boundaries.aroundInts(List.of(0, 50), 0))
        .checkAssert(v -> assertTrue(Set.of(0, 1, 49, 50, 51).contains(v), v.toString()));
    assertThrows(IllegalArgumentException.class, () -> Boundaries.aroundInts(List.of(0), 5));
  }

  @Test
  void refusesNoThresholdsAndSteps() {
    assertThrows(IllegalArgumentException.class, () -> Boundaries.values(List.of(), d("1")));
    assertThrows(IllegalArgumentException.class, () -> Boundaries.values(List.of(d("1")), d("0")));
    assertThrows(IllegalArgumentException.class, () -> Boundaries.around(List.of(d("1")), d("-1")));
  }
}

package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties: both rates lie in [0, 1]; making one more purchase complete never lowers the completeness
 * rate (nor changes the on-line rate); a sample is too light exactly when its mass is below 125 g and too
 * short exactly when kept under 48 h.
 */
class FoodProperties {
  private static List<Purchase> purchases(Random r, int n) {
    List<Purchase> ps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ps.add(FoodTraceabilityTest.partial("p" + i, r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean()));
    }
    return ps;
  }

  @Test
  void ratesLieBetweenZeroAndOne() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
      TraceabilityCheck c = FoodTraceabilityTest.MINHANG.check(new PurchaseLedger("c", purchases(new Random(seed), n)));
      for (Optional<BigDecimal> rate : List.of(c.onlineRate(), c.completenessRate())) {
        assertEquals(n == 0, rate.isEmpty());
        rate.ifPresent(x -> assertTrue(x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0, x.toPlainString()));
        rate.ifPresent(x -> assertEquals(4, x.scale()));
      }
    });
  }

  @Test
  void completingAPurchaseNeverLowersTheCompletenessRate() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, n) -> {
      Random r = new Random(seed);
      List<Purchase> ps = purchases(r, n);
      int i = r.nextInt(n);
      TraceabilityCheck before = FoodTraceabilityTest.MINHANG.check(new PurchaseLedger("c", ps));
      List<Purchase> more = new ArrayList<>(ps);
      more.set(i, FoodTraceabilityTest.full(ps.get(i).id(), ps.get(i).online()));
      TraceabilityCheck after = FoodTraceabilityTest.MINHANG.check(new PurchaseLedger("c", more));
      assertTrue(after.completenessRate().orElseThrow().compareTo(before.completenessRate().orElseThrow()) >= 0);
      assertTrue(after.complete() >= before.complete());
      assertEquals(before.onlineRate(), after.onlineRate());
    });
  }

  @Test
  void aSampleIsTooLightExactlyBelow125GramsAndTooShortExactlyUnder48Hours() {
    FoodSafetyLogs logs = FoodFixtures.national();
    qt().withExamples(200).forAll(integers().between(1, 40_000), integers().between(0, 6_000)).checkAssert((cg, min) -> {
      // cg hundredths of a gram; min minutes kept.
      BigDecimal g = BigDecimal.valueOf(cg, 2);
      FoodSample s = FoodFixtures.sample("饭", g.toPlainString(), Optional.of(FoodFixtures.RETAINED.plusMinutes(min)));
      List<String> codes = logs.check(FoodFixtures.log(FoodFixtures.lunch(s))).findings().stream()
          .map(f -> f.code().value()).toList();
      assertEquals(cg < 12_500, codes.contains("LOGISTICS.FOOD.SAMPLE_LIGHT"));
      assertEquals(min < 48 * 60, codes.contains("LOGISTICS.FOOD.SAMPLE_SHORT"));
    });
  }
}

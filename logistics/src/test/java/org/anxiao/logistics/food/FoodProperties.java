package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.logistics.testkit.FoodGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties: both rates lie in [0, 1]; making one more purchase complete never lowers the completeness
 * rate (nor changes the on-line rate); a sample is too light exactly when its mass is below 125 g and too
 * short exactly when kept under 48 h.
 */
class FoodProperties {
  @Test
  void ratesLieBetweenZeroAndOne() {
    qt().withExamples(200).forAll(FoodGenerators.ledgers()).checkAssert(ledger -> {
      int n = ledger.purchases().size();
      TraceabilityCheck c = FoodTraceabilityTest.MINHANG.check(ledger);
      for (Optional<BigDecimal> rate : List.of(c.onlineRate(), c.completenessRate())) {
        assertEquals(n == 0, rate.isEmpty());
        rate.ifPresent(x -> assertTrue(x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0, x.toPlainString()));
        rate.ifPresent(x -> assertEquals(4, x.scale()));
      }
    });
  }

  @Test
  void completingAPurchaseNeverLowersTheCompletenessRate() {
    qt().withExamples(200).forAll(FoodGenerators.ledgers(), integers().between(0, 1_000)).checkAssert((ledger, pick) -> {
      List<Purchase> ps = ledger.purchases();
      if (ps.isEmpty()) {
        return;
      }
      int i = pick % ps.size();
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

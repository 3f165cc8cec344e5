package org.anxiao.energy.water;

import static org.anxiao.energy.water.WaterFixtures.SCHOOL;
import static org.anxiao.energy.water.WaterFixtures.YEAR;
import static org.anxiao.energy.water.WaterFixtures.meter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.energy.testkit.WaterGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the water balance. Sums are plain doubles over n + 1 volumes, so each is within
 * (n + 1)·ε·Σ|V| of the exact sum (ε = 2⁻⁵³); the tests allow 8·(n + 1)·ε·Σ|V|, and compare with an
 * exact reference computed with {@link BigDecimal} from the volumes and tolerances as written.
 */
class WaterBalanceProperties {
  private static final double EPS = Math.ulp(1.0) / 2;
  private static final WaterBalances BALANCE = WaterBalances.create();

  /** A volume of up to 10⁷ m³ with three decimals, as text. */
  /** A supply meter and 1 to 12 sub-meters of the year (the kit's). */
  private static Gen<List<MeteredVolume>> balances() {
    return WaterGenerators.balances(YEAR);
  }

  private static WaterBalanceResult balance(List<MeteredVolume> all) {
    return BALANCE.balance(SCHOOL, YEAR, all.get(0), all.subList(1, all.size()));
  }

  private static double slack(List<MeteredVolume> all) {
    double sum = 0;
    for (MeteredVolume m : all) {
      sum += m.volume();
    }
    return 8 * all.size() * EPS * sum + Double.MIN_VALUE;
  }

  /** {@code all} with every volume multiplied by {@code k}. */
  private static List<MeteredVolume> scaled(List<MeteredVolume> all, int k) {
    return all.stream().map(m -> meter(m.meterId(), m.consumption().exactValue().multiply(BigDecimal.valueOf(k)).toPlainString(),
        m.tolerance().toPlainString())).toList();
  }

  @Test
  void unaccountedPlusSubMeteredIsTheSupply() {
    qt().withExamples(200).forAll(balances()).checkAssert(all -> {
      WaterBalanceResult r = balance(all);
      assertEquals(r.supplyVolume(), r.unaccountedVolume() + r.subMeteredVolume(), slack(all));
    });
  }

  @Test
  void theDoublePathAgreesWithTheExactReference() {
    qt().withExamples(200).forAll(balances()).checkAssert(all -> {
      WaterBalanceResult r = balance(all);
      BigDecimal unaccounted = all.get(0).consumption().exactValue();
      BigDecimal band = BigDecimal.ZERO;
      for (int i = 0; i < all.size(); i++) {
        MeteredVolume m = all.get(i);
        if (i > 0) {
          unaccounted = unaccounted.subtract(m.consumption().exactValue());
        }
        band = band.add(m.consumption().exactValue().multiply(m.tolerance()));
      }
      assertEquals(unaccounted.doubleValue(), r.unaccountedVolume(), slack(all));
      assertEquals(band.doubleValue(), r.band(), slack(all));
    });
  }

  @Test
  void theLeakRateIsAtMostOneAndNegativeOnlyWhenTheSubMetersExceedTheSupply() {
    qt().withExamples(200).forAll(balances()).checkAssert(all -> {
      WaterBalanceResult r = balance(all);
      assertTrue(r.leakRate() <= 1, () -> "leak rate " + r.leakRate());
      assertEquals(r.subMeteredVolume() > r.supplyVolume(), r.leakRate() < 0);
      assertTrue(Double.isFinite(r.leakRate()));
    });
  }

  @Test
  void scalingEveryVolumeKeepsTheLeakRateAndScalesTheBand() {
    qt().withExamples(200).forAll(balances(), integers().between(2, 1000)).checkAssert((all, k) -> {
      WaterBalanceResult r = balance(all);
      WaterBalanceResult s = balance(scaled(all, k));
      double rel = slack(all) / r.supplyVolume();
      assertEquals(r.leakRate(), s.leakRate(), 4 * rel);
      assertEquals(k * r.band(), s.band(), k * slack(all));
    });
  }

  @Test
  void theBandGrowsWithEachTolerance() {
    qt().withExamples(200).forAll(balances(), integers().between(0, 12), integers().between(1, 1000))
        .checkAssert((all, index, extra) -> {
          int i = index % all.size();
          List<MeteredVolume> wider = new ArrayList<>(all);
          MeteredVolume m = all.get(i);
          BigDecimal t = m.tolerance().add(BigDecimal.valueOf(extra, 4));
          wider.set(i, meter(m.meterId(), m.consumption().exactValue().toPlainString(), t.toPlainString()));
          WaterBalanceResult before = balance(all);
          WaterBalanceResult after = balance(wider);
          assertTrue(after.band() >= before.band() - slack(all), () -> after.band() + " < " + before.band());
          // A wider band never turns a balance within tolerance into a significant one.
          if (before.status() == BalanceStatus.WITHIN_TOLERANCE) {
            assertEquals(BalanceStatus.WITHIN_TOLERANCE, after.status());
          }
        });
  }

  @Test
  void theStatusIsTheSideOfTheBand() {
    qt().withExamples(200).forAll(balances()).checkAssert(all -> {
      WaterBalanceResult r = balance(all);
      BalanceStatus expected = r.unaccountedVolume() > r.band() ? BalanceStatus.LOSS
          : r.unaccountedVolume() < -r.band() ? BalanceStatus.EXCESS : BalanceStatus.WITHIN_TOLERANCE;
      assertEquals(expected, r.status());
    });
  }
}

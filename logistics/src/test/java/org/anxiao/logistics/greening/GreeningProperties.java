package org.anxiao.logistics.greening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.logistics.testkit.GreeningGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties: both ratios lie in [0, 1] with 4 decimals; adding green area of any kind never lowers either
 * ratio; a ratio is {@code min(counted, site) ÷ site} rounded HALF_UP; a verdict agrees with the exact test; a
 * refused factor leaves its minimum unchecked exactly when its greening is above 0 m².
 */
class GreeningProperties {
  private static final Greening FACTORS = GreeningFixtures.factors();

  /** site 1–50,000 m², four parts in per mille of it (green space, cover, roof, vertical), status 0 new / 1 existing. */
  private static Gen<int[]> campuses() {
    return integers().between(1, 50_000).zip(integers().between(0, 1000), integers().between(0, 1000),
        integers().between(0, 1000), (s, a, b, c) -> new int[] {s, a, b, c})
        .zip(integers().between(0, 1000), integers().between(0, 1), (x, d, st) -> new int[] {x[0], x[1], x[2], x[3], d, st});
  }

  private static CampusGreening campus(int[] c) {
    return GreeningGenerators.campus(c[5] == 0 ? CampusStatus.NEW : CampusStatus.EXISTING, c[0], c[1], c[2], c[3], c[4]);
  }

  @Test
  void ratiosLieInZeroToOne() {
    qt().withExamples(200).forAll(campuses()).checkAssert(c -> {
      GreeningResult a = FACTORS.assess(campus(c));
      for (BigDecimal r : new BigDecimal[] {a.coverage().orElseThrow(), a.greenSpaceRatio().orElseThrow()}) {
        assertTrue(r.signum() >= 0 && r.compareTo(BigDecimal.ONE) <= 0, r.toPlainString());
        assertEquals(4, r.scale());
      }
      BigDecimal site = BigDecimal.valueOf(c[0]);
      assertEquals(a.coverageArea().counted().min(site).divide(site, 4, RoundingMode.HALF_UP), a.coverage().orElseThrow());
      BigDecimal minCoverage = new BigDecimal(c[5] == 0 ? "0.40" : "0.35");
      BigDecimal minGreenSpace = new BigDecimal(c[5] == 0 ? "0.35" : "0.30");
      assertEquals(a.coverageArea().counted().compareTo(minCoverage.multiply(site)) >= 0, a.coverageMet().orElseThrow());
      assertEquals(a.greenSpaceArea().counted().compareTo(minGreenSpace.multiply(site)) >= 0,
          a.greenSpaceMet().orElseThrow());
    });
  }

  @Test
  void addingGreenAreaNeverLowersARatio() {
    qt().withExamples(200).forAll(campuses(), integers().between(1, 4), integers().between(0, 1000))
        .checkAssert((c, which, extra) -> {
          int[] more = c.clone();
          more[which] = Math.min(1000, c[which] + extra);
          GreeningResult before = FACTORS.assess(campus(c));
          GreeningResult after = FACTORS.assess(campus(more));
          assertTrue(after.coverage().orElseThrow().compareTo(before.coverage().orElseThrow()) >= 0);
          assertTrue(after.greenSpaceRatio().orElseThrow().compareTo(before.greenSpaceRatio().orElseThrow()) >= 0);
          assertTrue(!before.coverageMet().orElseThrow() || after.coverageMet().orElseThrow());
          assertTrue(!before.greenSpaceMet().orElseThrow() || after.greenSpaceMet().orElseThrow());
        });
  }

  @Test
  void aRefusedFactorLeavesItsMinimumUncheckedExactlyWhenItsGreeningIsAboveZero() {
    // test.greening-unverified-roof under DEFAULT: roofToCoverage refused. The coverage minimum is checked, and no
    // NOT_COUNTED given, exactly when the roof greening is 0 m²; the coverage is always cover ÷ site.
    Greening refused = GreeningFixtures.greening(GreeningFixtures.unverifiedRoofPack(),
        VerificationPolicy.DEFAULT);
    qt().withExamples(200).forAll(campuses(), integers().between(0, 1)).checkAssert((c, noRoof) -> {
      int[] x = c.clone();
      x[5] = 0;
      if (noRoof == 1) {
        x[3] = 0;
      }
      GreeningResult a = refused.assess(campus(x));
      boolean roof = x[3] > 0;
      assertEquals(!roof, a.coverageMet().isPresent());
      assertEquals(roof, a.findings().stream().anyMatch(f -> f.code().equals(Greening.NOT_COUNTED)));
      assertEquals(roof, a.findings().stream().anyMatch(f -> f.code().equals(Greening.NOT_CHECKED)));
      BigDecimal site = BigDecimal.valueOf(x[0]);
      assertEquals(a.coverageArea().ground().divide(site, 4, RoundingMode.HALF_UP), a.coverage().orElseThrow());
    });
  }
}

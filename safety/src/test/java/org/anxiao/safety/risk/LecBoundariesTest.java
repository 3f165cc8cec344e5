package org.anxiao.safety.risk;

import static org.anxiao.safety.risk.RiskFixtures.LEC_PACK;
import static org.anxiao.safety.risk.RiskFixtures.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each LEC threshold at, just below and just above it, under both boundary readings. The customary
 * tables reach only 70 and 20 exactly, so these tests use TEST packs (440000) that allow
 * interpolation: D = L × 10 × 10 with L = D ÷ 100 (within 0.1–10), E = 10 (listed) and C = 10 (within
 * 1–100).
 */
class LecBoundariesTest {
  private static final LecGradings HIGHER = RiskFixtures.lecWith(RiskFixtures.overriding(LEC_PACK,
      "test.lec-interpolation", p -> p.putObject("allowInterpolation").put("type", "boolean").put("value", true)));
  private static final LecGradings LOWER = RiskFixtures.lecWith(RiskFixtures.overriding(LEC_PACK,
      "test.lec-interpolation-lower", p -> {
        p.putObject("allowInterpolation").put("type", "boolean").put("value", true);
        p.putObject("boundary").put("type", "text").put("value", "LOWER");
      }));

  private static LecGrade at(LecGradings lec, String d) {
    BigDecimal l = new BigDecimal(d).movePointLeft(2);
    LecGrade g = lec.grade(SUBJECT, new LecFactors(l, BigDecimal.TEN, BigDecimal.TEN));
    assertEquals(0, new BigDecimal(d).compareTo(g.score()), "D = L × 10 × 10");
    return g;
  }

  @ParameterizedTest(name = "D = {0}: higher reading {1}, lower reading {2}")
  @CsvSource({
      // extremeThreshold 320: 极其危险 (重大) above, 高度危险 (较大) below
      "320.01, EXTREME, EXTREME",
      "320, EXTREME, HIGH",
      "319.99, HIGH, HIGH",
      // highThreshold 160
      "160.01, HIGH, HIGH",
      "160, HIGH, SUBSTANTIAL",
      "159.99, SUBSTANTIAL, SUBSTANTIAL",
      // substantialThreshold 70
      "70.01, SUBSTANTIAL, SUBSTANTIAL",
      "70, SUBSTANTIAL, POSSIBLE",
      "69.99, POSSIBLE, POSSIBLE",
      // possibleThreshold 20
      "20.01, POSSIBLE, POSSIBLE",
      "20, POSSIBLE, SLIGHT",
      "19.99, SLIGHT, SLIGHT",
  })
  void eachThresholdAtJustBelowAndJustAbove(String d, LecDangerBand higher, LecDangerBand lower) {
    assertEquals(higher, at(HIGHER, d).band());
    assertEquals(lower, at(LOWER, d).band());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"EXTREME, MAJOR", "HIGH, SIGNIFICANT", "SUBSTANTIAL, GENERAL", "POSSIBLE, LOW", "SLIGHT, LOW"})
  void eachBandMapsToItsCustomaryLevel(LecDangerBand band, RiskLevel level) {
    String d = switch (band) {
      case EXTREME -> "400";
      case HIGH -> "200";
      case SUBSTANTIAL -> "100";
      case POSSIBLE -> "50";
      case SLIGHT -> "10";
    };
    LecGrade g = at(HIGHER, d);
    assertEquals(band, g.band());
    assertEquals(level, g.level());
  }

  @Test
  void onThreeHundredAndTwentyTheLevelChangesWithTheReading() {
    // 320: higher → 极其危险 → 重大; lower → 高度危险 → 较大
    assertEquals(RiskLevel.MAJOR, at(HIGHER, "320").level());
    assertEquals(RiskLevel.SIGNIFICANT, at(LOWER, "320").level());
    // 160: 较大 / 一般
    assertEquals(RiskLevel.SIGNIFICANT, at(HIGHER, "160").level());
    assertEquals(RiskLevel.GENERAL, at(LOWER, "160").level());
  }

  @Test
  void scoresMayBeVerySmallOrExactlyTheTableEnds() {
    // 0.1 × 0.5 × 1 = 0.05: the least product of the customary tables → 稍有危险
    LecGrade g = RiskFixtures.lec().grade(SUBJECT, RiskFixtures.factors("0.1", "0.5", "1"));
    assertEquals(0, new BigDecimal("0.05").compareTo(g.score()));
    assertEquals(LecDangerBand.SLIGHT, g.band());
    // 10 × 10 × 100 = 10 000: the greatest → 极其危险
    assertEquals(LecDangerBand.EXTREME, RiskFixtures.lec().grade(SUBJECT, RiskFixtures.factors("10", "10", "100")).band());
  }
}

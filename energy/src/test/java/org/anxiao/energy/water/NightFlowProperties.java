package org.anxiao.energy.water;

import static org.anxiao.energy.water.NightFlowsTest.METER;
import static org.anxiao.energy.water.NightFlowsTest.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalTime;
import java.util.List;
import org.anxiao.energy.testkit.WaterGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the night-flow indicator over hourly days of random use (0 to 10 m³ an hour, in
 * litres) and random whole-hour windows. Sums are of at most 24 doubles, so the tests allow a
 * relative 1e-12.
 */
class NightFlowProperties {
  private static final double REL = 1e-12;

  /** One to three days of hourly volumes. */
  private static Gen<double[][]> days() {
    Gen<double[]> day = lists().of(integers().between(0, 10_000)).ofSize(24).map(l -> l.stream().mapToDouble(x -> x / 1000.0)
        .toArray());
    return lists().of(day).ofSizeBetween(1, 3).map(l -> l.toArray(new double[0][]));
  }

  /** A window of whole hours: start 0–22, length 1 to (24 − start − 1). */
  private static Gen<NightWindow> windows() {
    return WaterGenerators.nightWindows();
  }

  private static NightFlowResult assess(double[][] days, NightWindow window) {
    return NightFlows.withoutThreshold().assess(METER, WaterFixtures.hourly("W0", MONDAY, days), window);
  }

  @Test
  void theRatioLiesBetweenZeroAndTwentyFourOverTheWindowsHours() {
    qt().withExamples(200).forAll(days(), windows()).checkAssert((days, window) -> {
      for (NightFlowDay d : assess(days, window).days()) {
        if (d.ratio().isPresent()) {
          double r = d.ratio().getAsDouble();
          assertTrue(r >= 0 && r <= 24 / window.hours() * (1 + REL), () -> "ratio " + r + " for " + window);
        } else {
          assertEquals(0, d.meanFlow());
        }
      }
    });
  }

  @Test
  void scalingEveryVolumeKeepsTheRatio() {
    qt().withExamples(200).forAll(days(), windows(), integers().between(2, 1000)).checkAssert((days, window, k) -> {
      double[][] scaled = new double[days.length][];
      for (int d = 0; d < days.length; d++) {
        scaled[d] = days[d].clone();
        for (int i = 0; i < 24; i++) {
          scaled[d][i] *= k;
        }
      }
      List<NightFlowDay> a = assess(days, window).days();
      List<NightFlowDay> b = assess(scaled, window).days();
      for (int d = 0; d < a.size(); d++) {
        assertEquals(a.get(d).ratio().isPresent(), b.get(d).ratio().isPresent());
        if (a.get(d).ratio().isPresent()) {
          assertEquals(a.get(d).ratio().getAsDouble(), b.get(d).ratio().getAsDouble(), REL * (1 + a.get(d).ratio().getAsDouble()));
        }
      }
    });
  }

  @Test
  void aConstantLeakMovesTheRatioTowardsOne() {
    qt().withExamples(200).forAll(days(), windows(), integers().between(1, 5000)).checkAssert((days, window, litres) -> {
      double[][] leaking = new double[days.length][];
      for (int d = 0; d < days.length; d++) {
        leaking[d] = days[d].clone();
        for (int i = 0; i < 24; i++) {
          leaking[d][i] += litres / 1000.0;
        }
      }
      List<NightFlowDay> before = assess(days, window).days();
      List<NightFlowDay> after = assess(leaking, window).days();
      for (int d = 0; d < before.size(); d++) {
        double r1 = after.get(d).ratio().getAsDouble();
        if (before.get(d).ratio().isPresent()) {
          double r0 = before.get(d).ratio().getAsDouble();
          assertTrue(Math.abs(r1 - 1) <= Math.abs(r0 - 1) + REL * (1 + r0), () -> r0 + " → " + r1);
        }
      }
    });
  }

  @Test
  void theTestPackFlagsExactlyTheDaysAboveItsThreshold() {
    NightFlows flagged = NightFlowsTest.withTestPack();
    qt().withExamples(100).forAll(days(), windows()).checkAssert((days, window) -> {
      NightFlowResult r = flagged.assess(METER, WaterFixtures.hourly("W0", MONDAY, days), window);
      for (NightFlowDay d : r.days()) {
        assertEquals(d.ratio().isPresent() && d.ratio().getAsDouble() > 0.3, d.aboveThreshold());
      }
      assertEquals(r.daysAboveThreshold().size(), r.findings().size());
    });
  }
}

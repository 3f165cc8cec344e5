package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.FoodEdgeCases;
import org.anxiao.logistics.testkit.FoodGenerators;
import org.junit.jupiter.api.Test;

/**
 * The kit's food-safety generators: valid logs and ledgers checked, samples at the pack's minimums judged exactly,
 * invalid samples refused, the day log round-trips through JSON, and a newer cn.food-safety-routines that is not yet
 * in force changes nothing.
 */
class FoodKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);
  private static final FoodSafetyLogs NATIONAL = FoodFixtures.national();

  @Test
  void validLogsAndLedgersAreChecked() {
    qt().withExamples(100).forAll(FoodGenerators.dayLogs()).checkAssert(NATIONAL::check);
    qt().withExamples(100).forAll(FoodGenerators.ledgers()).checkAssert(FoodTraceabilityTest.MINHANG::check);
  }

  @Test
  void samplesAtTheMinimumsAreJudgedExactly() {
    BigDecimal minGrams = FoodEdgeCases.nationalRule().sampleMinimumMass().value();
    long minHours = FoodEdgeCases.nationalRule().sampleMinimumHours().value();
    assertEquals(0, new BigDecimal("125").compareTo(minGrams), "the shipped pack's 125 g");
    assertEquals(48, minHours, "the shipped pack's 48 h");
    qt().withExamples(60).forAll(FoodEdgeCases.samplesAtTheMinimums()).checkAssert(s -> {
      List<String> codes = NATIONAL.check(FoodFixtures.log(FoodFixtures.lunch(s))).findings().stream()
          .map(f -> f.code().value()).toList();
      assertEquals(s.grams().compareTo(minGrams) < 0, codes.contains("LOGISTICS.FOOD.SAMPLE_LIGHT"));
      long kept = java.time.Duration.between(s.retainedAt(), s.discardedAt().orElseThrow()).toMinutes();
      assertEquals(kept < minHours * 60, codes.contains("LOGISTICS.FOOD.SAMPLE_SHORT"));
    });
  }

  @Test
  void invalidSamplesAreRefused() {
    LAWS.rejects(FoodEdgeCases.massInTheWrongUnit());
    LAWS.rejects(FoodEdgeCases.discardedBeforeRetained());
  }

  @Test
  void theDayLogRoundTripsThroughJson() {
    LAWS.jsonRoundTrip(FoodGenerators.dayLogs(), FoodSafetyDayLog.class, AnxiaoJson.strict().mapperCopy());
  }

  @Test
  void aNewerFoodSafetyRoutinesPackNotYetInForceChangesNothing() {
    RuleContext context = RuleContext.standard(FoodEdgeCases.NATIONAL, FoodGenerators.DAY);
    PackRef ref = FoodSafetyLogs.in(context).packs().get(0);
    assertEquals("cn.food-safety-routines", ref.id());
    RulePack newer = Laws.newerVersion(RulePackRegistry.standard().pack(ref), LocalDate.of(2030, 1, 1));
    LAWS.unchangedByNewerPack(FoodGenerators.dayLogs(),
        () -> RulePackRegistry.builder().addClassPath(FoodSafetyLogs.class.getClassLoader()), context, newer,
        (ctx, log) -> FoodSafetyLogs.in(ctx).check(log).findings());
  }
}

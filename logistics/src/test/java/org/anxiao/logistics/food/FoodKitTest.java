package org.anxiao.logistics.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.FoodEdgeCases;
import org.anxiao.logistics.testkit.FoodGenerators;
import org.anxiao.logistics.testkit.TraceabilityEdgeCases;
import org.junit.jupiter.api.Test;

/**
 * The kit's food-safety generators: valid logs and ledgers checked, samples at the pack's minimums judged exactly,
 * ledgers at Minhang's on-line and three-level targets and certificates around their expiry judged exactly, invalid
 * samples refused, the day log round-trips through JSON, and a newer cn.food-safety-routines that is not yet
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
  void ledgersAtTheMinhangTargetsAreJudgedExactly() {
    FoodTraceabilityRule rule = TraceabilityEdgeCases.minhangRule();
    assertEquals(0, BigDecimal.ONE.compareTo(rule.onlineRateTarget().value()), "the shipped pack's 100 %");
    assertEquals(EnumSet.allOf(TraceLevel.class), rule.levels().value(), "the shipped pack's three levels");
    qt().withExamples(100).forAll(TraceabilityEdgeCases.ledgersAtTheTargets()).checkAssert(ledger -> {
      TraceabilityCheck c = FoodTraceabilityTest.MINHANG.check(ledger);
      List<FindingCode> codes = c.findings().stream().map(Finding::code).toList();
      boolean below = c.online() < TraceabilityEdgeCases.leastOnline(c.purchases());
      assertEquals(below, codes.contains(FoodTraceability.ONLINE_BELOW_TARGET), "on-line " + c.online());
      assertEquals(below, c.onlineRate().orElseThrow().compareTo(BigDecimal.ONE) < 0);
      boolean incomplete = c.complete() < c.purchases();
      assertEquals(incomplete ? 1 : 0, codes.stream().filter(FoodTraceability.LEVEL_MISSING::equals).count());
      assertEquals(incomplete, c.completenessRate().orElseThrow().compareTo(BigDecimal.ONE) < 0);
    });
    LAWS.oneGrade(TraceabilityEdgeCases.ledgersAtTheTargets(), ledger -> {
      TraceabilityCheck c = FoodTraceabilityTest.MINHANG.check(ledger);
      List<String> grades = new ArrayList<>();
      if (c.online() >= TraceabilityEdgeCases.leastOnline(c.purchases())) {
        grades.add("met");
      }
      if (c.findings().stream().anyMatch(f -> f.code().equals(FoodTraceability.ONLINE_BELOW_TARGET))) {
        grades.add("below");
      }
      return grades;
    });
  }

  @Test
  void theOnLineRateRisesWithThePurchasesUploaded() {
    LAWS.monotone(integers().between(0, 40), k -> {
      List<Purchase> ps = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        ps.add(TraceabilityEdgeCases.purchase("p" + i, Set.of(), i < k));
      }
      return FoodTraceabilityTest.MINHANG.check(new PurchaseLedger("canteen-1", ps)).onlineRate().orElseThrow();
    });
  }

  @Test
  void aHealthCertificateIsValidOnItsExpiryDayAndExpiredTheDayAfter() {
    assertTrue(FoodEdgeCases.nationalRule().healthCertificates().value(), "cn.food-safety-routines asks for them");
    LAWS.withExamples(30).oneGrade(FoodEdgeCases.certificatesAroundTheDay(), w -> {
      List<FindingCode> codes = NATIONAL.check(FoodSafetyDayLog.of("canteen-1", FoodGenerators.DAY,
          List.of(FoodFixtures.lunch(FoodFixtures.sample("米饭", "150"))), List.of(), List.of(w),
          FoodFixtures.ALL_ROUTINES)).findings().stream().map(Finding::code).toList();
      assertEquals(w.certificateExpiry().orElseThrow().isBefore(FoodGenerators.DAY),
          codes.contains(FoodSafetyLogs.CERTIFICATE_EXPIRED), "expiry " + w.certificateExpiry());
      List<String> grades = new ArrayList<>();
      if (w.certifiedOn(FoodGenerators.DAY)) {
        grades.add("valid");
      }
      if (codes.contains(FoodSafetyLogs.CERTIFICATE_EXPIRED)) {
        grades.add("expired");
      }
      return grades;
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

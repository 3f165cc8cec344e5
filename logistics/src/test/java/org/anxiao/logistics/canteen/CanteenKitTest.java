package org.anxiao.logistics.canteen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.logistics.testkit.CanteenEdgeCases;
import org.anxiao.logistics.testkit.CanteenGenerators;
import org.anxiao.logistics.testkit.CanteenInvalidInputs;
import org.junit.jupiter.api.Test;

/**
 * The kit's canteen generators against the library: valid accounts are accepted, invalid ones refused with their
 * labelled code and field, edge cases land where they say, and the laws hold (additive cost, roll-up of the
 * breakdown, monotone surplus rate, JSON round trip).
 */
class CanteenKitTest {
  private static final Laws LAWS = Laws.seeded(14L, 100);
  private static final CanteenAccounting ALLOW = CanteenFixtures.allowingUnverified();

  private static CanteenAccounts withCosts(List<CostLine> costs) {
    return new CanteenAccounts("1.0", "C1", "食堂", CanteenFixtures.TERM, List.of(), costs, Optional.empty(),
        Optional.empty());
  }

  @Test
  void validAccountsAndTermPairsAreAccepted() {
    qt().withExamples(100).forAll(CanteenGenerators.accounts()).checkAssert(a -> ALLOW.assess(a));
    qt().withExamples(100).forAll(CanteenGenerators.withPrevious())
        .checkAssert(t -> assertTrue(ALLOW.assess(t.current(), t.previous()).subject() != null));
  }

  @Test
  void invalidInputsAreRefusedWithTheirCodeAndField() {
    LAWS.rejects(CanteenInvalidInputs.accounts());
    LAWS.rejects(CanteenInvalidInputs.badPreviousTerms());
  }

  @Test
  void theTotalCostIsAdditiveOverCostLines() {
    LAWS.additive(CanteenGenerators.costLineLists(), lines -> ALLOW.assess(withCosts(lines)).totalCost().value());
  }

  @Test
  void theBreakdownRollsUpToTheTotalCost() {
    LAWS.rollUpIsSumOfParts(CanteenGenerators.accounts().map(a -> ALLOW.assess(a).costBreakdown()),
        parts -> parts.stream().filter(CostShare::counted).map(c -> c.amount().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        c -> c.counted() ? c.amount().value() : BigDecimal.ZERO);
    qt().withExamples(100).forAll(CanteenGenerators.accounts()).checkAssert(a -> {
      CanteenAccountReport r = ALLOW.assess(a);
      BigDecimal sum = r.costBreakdown().stream().filter(CostShare::counted).map(c -> c.amount().value())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, sum.compareTo(r.totalCost().value()));
    });
  }

  @Test
  void theSurplusRateIsMonotoneInRevenueWithCostsFixed() {
    CanteenAccounts fixed = CanteenFixtures.worked().build();
    LAWS.monotone(longs().between(0, 100_000_000L), extra -> {
      List<RevenueLine> more = new java.util.ArrayList<>(fixed.revenue());
      more.add(RevenueLine.of(RevenueKind.SUBSIDIES, CanteenGenerators.fen(extra)));
      return ALLOW.assess(new CanteenAccounts("1.0", "C1", "食堂", fixed.period(), more, fixed.costs(),
          Optional.empty(), Optional.empty())).surplusRate().orElseThrow();
    });
  }

  @Test
  void theAccountsDocumentRoundTripsThroughJson() {
    LAWS.jsonRoundTrip(CanteenGenerators.accounts(), CanteenAccounts.class, AnxiaoJson.strict().mapperCopy());
  }

  @Test
  void edgeCasesSitAtAndBesideTheExamplePacksThresholds() {
    CanteenAccountingRule rule = CanteenEdgeCases.exampleRule();
    BigDecimal max = rule.maxSurplusRate().value();
    BigDecimal min = rule.minIngredientShare().value();
    qt().withExamples(100).forAll(CanteenEdgeCases.surplusRateBoundaries()).checkAssert(a -> {
      CanteenAccountReport r = ALLOW.assess(a);
      BigDecimal exact = r.surplus().value().divide(r.totalRevenue().value(), 12, RoundingMode.HALF_UP);
      assertTrue(exact.subtract(max).abs().compareTo(new BigDecimal("0.0001")) < 0, exact.toPlainString());
      assertEquals(exact.compareTo(max) > 0, r.findings().stream().anyMatch(f -> f.code().equals(CanteenAccounting.SURPLUS_ABOVE_MAX)));
    });
    qt().withExamples(100).forAll(CanteenEdgeCases.ingredientShareBoundaries()).checkAssert(a -> {
      CanteenAccountReport r = ALLOW.assess(a);
      BigDecimal exact = a.costOf(CostCategory.INGREDIENTS).value().divide(r.totalRevenue().value(), 12, RoundingMode.HALF_UP);
      assertEquals(exact.compareTo(min) < 0,
          r.findings().stream().anyMatch(f -> f.code().equals(CanteenAccounting.INGREDIENT_SHARE_BELOW_MIN)));
    });
    qt().withExamples(60).forAll(CanteenEdgeCases.priceChangeBoundaries()).checkAssert(t -> {
      CanteenAccountReport r = ALLOW.assess(t.current(), t.previous());
      PriceChange p = r.priceChange().orElseThrow();
      BigDecimal exact = p.current().value().subtract(p.previous().value()).divide(p.previous().value(), 12, RoundingMode.HALF_UP);
      assertEquals(exact.compareTo(rule.maxPriceChange().value()) > 0,
          r.findings().stream().anyMatch(f -> f.code().equals(CanteenAccounting.PRICE_CHANGE_ABOVE_MAX)));
    });
    qt().withExamples(60).forAll(CanteenEdgeCases.deficits()).checkAssert(a -> {
      CanteenAccountReport r = ALLOW.assess(a);
      assertTrue(r.surplus().isNegative());
      assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(CanteenAccounting.DEFICIT)));
    });
  }

  @Test
  void underTheDefaultPolicyNoThresholdOfTheExamplePackIsChecked() {
    CanteenAccounting standard = CanteenAccounting.in(CanteenEdgeCases.context(VerificationPolicy.DEFAULT));
    qt().withExamples(60).forAll(CanteenEdgeCases.all()).checkAssert(a -> {
      CanteenAccountReport r = standard.assess(a);
      assertTrue(r.rulesApplied().isEmpty());
      assertEquals(2, r.findings().stream().filter(f -> f.code().equals(CanteenAccounting.NOT_CHECKED)).count());
    });
  }

  @Test
  void moneyOfTheGeneratorsIsInFen() {
    qt().withExamples(100).forAll(CanteenGenerators.amounts()).checkAssert((Money m) -> {
      assertEquals(2, m.value().scale());
      assertTrue(m.value().signum() >= 0);
    });
  }

}

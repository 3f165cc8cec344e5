package org.anxiao.logistics.canteen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.anxiao.core.money.Money;
import org.anxiao.logistics.testkit.CanteenGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of canteen accounting on random accounts: sums exact and independent of line order, shares in [0, 1]
 * summing to 1 within rounding, the ingredient share above 1 exactly when the ingredients exceed the basis, and the
 * surplus rate never falling when revenue rises with costs fixed.
 */
class CanteenProperties {
  private static final CanteenAccounting ALLOW = CanteenFixtures.allowingUnverified();
  private static final CanteenAccounting DEFAULT = CanteenFixtures.standard();
  /** The kit's accounts: up to 8 revenue and 10 cost lines of up to 400 000.00 yuan, over realistic terms. */
  private static final Gen<CanteenAccounts> ACCOUNTS = CanteenGenerators.accounts();

  @Test
  void sumsAreExactAndIndependentOfLineOrder() {
    qt().withExamples(200).forAll(ACCOUNTS, longs().all()).checkAssert((a, shuffle) -> {
      List<RevenueLine> revenue = new ArrayList<>(a.revenue());
      List<CostLine> costs = new ArrayList<>(a.costs());
      Collections.shuffle(revenue, new Random(shuffle));
      Collections.shuffle(costs, new Random(shuffle));
      CanteenAccounts b = new CanteenAccounts("1.0", a.canteenId(), a.canteenName(), a.period(), revenue, costs, a.personMeals(),
          a.standardPrice());
      CanteenAccountReport x = ALLOW.assess(a);
      CanteenAccountReport y = ALLOW.assess(b);
      BigDecimal rev = a.revenue().stream().map(l -> l.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal cost = a.costs().stream().map(l -> l.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, rev.compareTo(x.totalRevenue().value()));
      assertEquals(0, cost.compareTo(x.totalCost().value()), "the example pack counts depreciation");
      assertEquals(x.totalRevenue(), y.totalRevenue());
      assertEquals(x.totalCost(), y.totalCost());
      assertEquals(x.surplus(), y.surplus());
      assertEquals(x.surplusRate(), y.surplusRate());
      assertEquals(x.ingredientShare(), y.ingredientShare());
      assertEquals(x.costBreakdown(), y.costBreakdown());
      assertEquals(x.totalRevenue().minus(x.totalCost()), x.surplus());
    });
  }

  @Test
  void costSharesLieInTheUnitIntervalAndSumToOneWithinRounding() {
    qt().withExamples(200).forAll(ACCOUNTS).checkAssert(a -> {
      CanteenAccountReport r = ALLOW.assess(a);
      BigDecimal sum = BigDecimal.ZERO;
      for (CostShare c : r.costBreakdown()) {
        assertEquals(r.totalCost().value().signum() > 0, c.share().isPresent());
        if (c.share().isPresent()) {
          BigDecimal s = c.share().get();
          assertTrue(s.signum() >= 0 && s.compareTo(BigDecimal.ONE) <= 0, s.toPlainString());
          sum = sum.add(s);
        }
      }
      if (r.totalCost().value().signum() > 0) {
        // Six shares, each within half a basis point: |Σ − 1| ≤ 0.0003.
        assertTrue(sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.0003")) <= 0, sum.toPlainString());
      }
    });
  }

  @Test
  void theIngredientShareExceedsOneExactlyWhenTheIngredientsExceedTheBasis() {
    qt().withExamples(200).forAll(ACCOUNTS).checkAssert(a -> {
      CanteenAccountReport r = ALLOW.assess(a);
      Money ingredients = a.costOf(CostCategory.INGREDIENTS);
      assertEquals(r.totalRevenue().value().signum() > 0, r.ingredientShare().isPresent());
      r.ingredientShare().ifPresent(s -> {
        assertTrue(s.signum() >= 0);
        if (ingredients.compareTo(r.totalRevenue()) <= 0) {
          assertTrue(s.compareTo(BigDecimal.ONE) <= 0, s.toPlainString());
        } else {
          // Above the basis: at least 1 (it rounds to 1.0000 only when within half a basis point).
          assertTrue(s.compareTo(BigDecimal.ONE) >= 0, s.toPlainString());
        }
      });
      r.surplusRate().ifPresent(s -> assertTrue(s.compareTo(BigDecimal.ONE) <= 0, s.toPlainString()));
    });
  }

  @Test
  void theSurplusRateNeverFallsWhenRevenueRisesWithCostsFixed() {
    qt().withExamples(200).forAll(ACCOUNTS, integers().between(1, 100_000_000)).checkAssert((a, extra) -> {
      List<RevenueLine> more = new ArrayList<>(a.revenue());
      more.add(RevenueLine.of(RevenueKind.SUBSIDIES, Money.ofYuan(BigDecimal.valueOf(extra, 2))));
      CanteenAccounts b = new CanteenAccounts("1.0", a.canteenId(), a.canteenName(), a.period(), more, a.costs(), a.personMeals(),
          a.standardPrice());
      CanteenAccountReport x = DEFAULT.assess(a);
      CanteenAccountReport y = DEFAULT.assess(b);
      assertTrue(y.surplusRate().isPresent());
      if (x.surplusRate().isPresent()) {
        assertTrue(y.surplusRate().get().compareTo(x.surplusRate().get()) >= 0,
            x.surplusRate().get() + " → " + y.surplusRate().get());
      }
      assertTrue(y.surplus().compareTo(x.surplus()) > 0);
    });
  }
}

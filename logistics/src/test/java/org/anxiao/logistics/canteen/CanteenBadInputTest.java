package org.anxiao.logistics.canteen;

import static org.anxiao.logistics.canteen.CanteenFixtures.TERM;
import static org.anxiao.logistics.canteen.CanteenFixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.money.Money;
import org.junit.jupiter.api.Test;

/** Bad input is refused at construction with a typed error naming the field. */
class CanteenBadInputTest {
  private static final Money MINUS = yuan("-0.01");

  private static void refused(String field, org.junit.jupiter.api.function.Executable call) {
    AnxiaoException e = assertThrows(AnxiaoException.class, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
  }

  @Test
  void negativeMoneyIsRefusedNamingTheLine() {
    refused("revenue[1].amount", () -> CanteenAccounts.builder("C1", "食堂", TERM)
        .revenue(RevenueKind.MEAL_FEES, yuan("1.00")).revenue(RevenueKind.SUBSIDIES, MINUS));
    refused("costs[0].amount", () -> CanteenAccounts.builder("C1", "食堂", TERM).cost(CostCategory.LABOUR, MINUS));
    refused("standardPrice", () -> CanteenAccounts.builder("C1", "食堂", TERM).standardPrice(MINUS));
    refused("amount", () -> RevenueLine.of(RevenueKind.OTHER, MINUS));
    refused("amount", () -> CostLine.of(CostCategory.OTHER, MINUS));
    refused("standardPrice", () -> new CanteenAccounts("1.0", "C1", "食堂", TERM, List.of(), List.of(),
        Optional.empty(), Optional.of(MINUS)));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RevenueLine.of(RevenueKind.OTHER, MINUS));
    assertEquals("INVALID_VALUE", e.errorCode());
    assertEquals(Optional.of("-0.01 CNY"), e.value());
  }

  @Test
  void nullsBlanksAndCountsAreRefusedNamingTheField() {
    refused("kind", () -> RevenueLine.of(null, yuan("1.00")));
    refused("category", () -> CostLine.of(null, yuan("1.00")));
    refused("amount", () -> RevenueLine.of(RevenueKind.OTHER, null));
    refused("note", () -> new RevenueLine(RevenueKind.OTHER, yuan("1.00"), Optional.of(" ")));
    refused("note", () -> new CostLine(CostCategory.OTHER, yuan("1.00"), Optional.of("a\nb")));
    refused("canteenId", () -> CanteenAccounts.builder(" ", "食堂", TERM));
    refused("canteenName", () -> CanteenAccounts.builder("C1", "a\nb", TERM));
    refused("period", () -> CanteenAccounts.builder("C1", "食堂", null));
    refused("personMeals", () -> CanteenAccounts.builder("C1", "食堂", TERM).personMeals(-1));
    refused("personMeals", () -> CanteenAccounts.builder("C1", "食堂", TERM).personMeals(10_000_001));
    refused("kind", () -> CanteenAccounts.builder("C1", "食堂", TERM).revenue(null, yuan("1.00")));
    refused("category", () -> CanteenAccounts.builder("C1", "食堂", TERM).cost(null, yuan("1.00")));
    refused("personMeals", () -> new CanteenAccounts("1.0", "C1", "食堂", TERM, List.of(), List.of(), Optional.of(-5L),
        Optional.empty()));
    refused("schemaVersion", () -> new CanteenAccounts("2.0", "C1", "食堂", TERM, List.of(), List.of(),
        Optional.empty(), Optional.empty()));
    refused("kind", () -> CanteenAccounts.builder("C1", "食堂", TERM).build().revenueOf(null));
    refused("category", () -> CanteenAccounts.builder("C1", "食堂", TERM).build().costOf(null));
    refused("context", () -> CanteenAccounting.in(null));
    refused("current", () -> CanteenFixtures.standard().assess(null));
    refused("previous", () -> CanteenFixtures.standard().assess(CanteenFixtures.worked().build(), null));
    refused("current", () -> CanteenFixtures.standard().assess(null, CanteenFixtures.worked().build()));
  }

  @Test
  void resultRecordsRefuseValuesOutsideTheirDomain() {
    refused("share", () -> new CostShare(CostCategory.LABOUR, yuan("1.00"), true, Optional.of(new BigDecimal("1.0001"))));
    refused("share", () -> new CostShare(CostCategory.LABOUR, yuan("1.00"), true, Optional.of(new BigDecimal("-0.0001"))));
    refused("share", () -> new CostShare(CostCategory.DEPRECIATION, yuan("1.00"), false, Optional.of(BigDecimal.ONE)));
    refused("amount", () -> new CostShare(CostCategory.LABOUR, MINUS, true, Optional.empty()));
    assertEquals(BigDecimal.ONE, new CostShare(CostCategory.LABOUR, yuan("1.00"), true, Optional.of(BigDecimal.ONE))
        .share().orElseThrow());
    assertEquals(BigDecimal.ZERO, new CostShare(CostCategory.LABOUR, yuan("0.00"), true, Optional.of(BigDecimal.ZERO))
        .share().orElseThrow());
    refused("change", () -> new PriceChange(PriceBasis.STANDARD_PRICE, yuan("0.00"), yuan("1.00"),
        Optional.of(BigDecimal.ONE)));
    refused("change", () -> new PriceChange(PriceBasis.STANDARD_PRICE, yuan("1.00"), yuan("1.00"), Optional.empty()));
    refused("previous", () -> new PriceChange(PriceBasis.STANDARD_PRICE, MINUS, yuan("1.00"), Optional.empty()));
    refused("current", () -> new PriceChange(PriceBasis.STANDARD_PRICE, yuan("1.00"), MINUS, Optional.of(BigDecimal.ONE)));
    CanteenAccountReport ok = CanteenFixtures.standard().assess(CanteenFixtures.worked().build());
    Subject s = Subject.of(SubjectKind.of("ACCOUNT"), "C1");
    refused("surplusRate", () -> new CanteenAccountReport(s, ok.input(), Optional.empty(), ok.totalRevenue(),
        ok.mealFees(), ok.totalCost(), true, ok.surplus(), Optional.of(new BigDecimal("1.0001")),
        IngredientShareBasis.ALL_REVENUE, Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), List.of()));
    refused("ingredientShare", () -> new CanteenAccountReport(s, ok.input(), Optional.empty(), ok.totalRevenue(),
        ok.mealFees(), ok.totalCost(), true, ok.surplus(), Optional.of(BigDecimal.ONE),
        IngredientShareBasis.ALL_REVENUE, Optional.of(new BigDecimal("-0.0001")), List.of(), Optional.empty(),
        List.of(), List.of(), List.of()));
    refused("totalCost", () -> new CanteenAccountReport(s, ok.input(), Optional.empty(), ok.totalRevenue(),
        ok.mealFees(), MINUS, true, ok.surplus(), Optional.empty(), IngredientShareBasis.ALL_REVENUE,
        Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), List.of()));
    CanteenAccountReport same = new CanteenAccountReport(s, ok.input(), Optional.empty(), ok.totalRevenue(),
        ok.mealFees(), ok.totalCost(), true, ok.surplus(), Optional.of(BigDecimal.ONE), IngredientShareBasis.ALL_REVENUE,
        Optional.of(BigDecimal.ZERO), List.of(), Optional.empty(), List.of(), List.of(), List.of());
    assertEquals(Optional.of(BigDecimal.ONE), same.surplusRate());
    refused("category", () -> same.cost(CostCategory.LABOUR));
    refused("category", () -> same.cost(null));
  }

  @Test
  void theCalculatorNamesItselfAndItsKind() {
    CanteenAccounting c = CanteenFixtures.standard();
    assertEquals("anxiao.logistics.canteen-accounting", c.id().toString());
    assertEquals(List.of(CanteenAccountingRule.KIND), c.requirements());
    assertTrue(c.toString().startsWith("anxiao.logistics.canteen-accounting [cn.example.canteen-accounting@1.0.0]"),
        c.toString());
    assertEquals("anxiao.logistics.canteen-accounting", c.rules().kind().id());
  }
}

package org.anxiao.logistics.canteen;

import static org.anxiao.logistics.canteen.CanteenAccountingTest.codes;
import static org.anxiao.logistics.canteen.CanteenAccountingTest.parameters;
import static org.anxiao.logistics.canteen.CanteenFixtures.PREVIOUS_TERM;
import static org.anxiao.logistics.canteen.CanteenFixtures.TERM;
import static org.anxiao.logistics.canteen.CanteenFixtures.simple;
import static org.anxiao.logistics.canteen.CanteenFixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Each threshold at, just below and just above its boundary, compared with the exact quotient (the reported ratio is
 * rounded to 4 decimals half up, but rounding never hides a breach), under the example pack with consent (max surplus
 * rate 0.03, min ingredient share 0.60 of all revenue, max price change 0.10).
 */
class CanteenBoundariesTest {
  private static final CanteenAccounting ALLOW = CanteenFixtures.allowingUnverified();

  /** Revenue 80 000.00 meal fees + 20 000.00 subsidies = 100 000.00. */
  private static CanteenAccountReport term(String ingredients, String labour) {
    return ALLOW.assess(simple(TERM, "80000.00", "20000.00", ingredients, labour));
  }

  @Test
  void surplusRateAtTheMaximumIsNoFinding() {
    // Cost 60 000.00 + 37 000.00 = 97 000.00; surplus 3 000.00; 3 000 / 100 000 = 0.0300 = max.
    CanteenAccountReport r = term("60000.00", "37000.00");
    assertEquals(Optional.of(new BigDecimal("0.0300")), r.surplusRate());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void surplusRateRoundingDownToTheMaximumIsStillAFinding() {
    // Surplus 3 004.99: 3 004.99 / 100 000.00 = 0.0300499 → 0.0300 (half up), but the exact quotient is above 0.03.
    CanteenAccountReport r = term("60000.00", "36995.01");
    assertEquals(Optional.of(new BigDecimal("0.0300")), r.surplusRate());
    assertEquals(List.of(CanteenAccounting.SURPLUS_ABOVE_MAX), codes(r));
    assertEquals("Surplus rate 0.0300 is above the maximum 0.03: a surplus of 3004.99 yuan on revenue of 100000.00 "
        + "yuan (the canteen is not-for-profit).", r.findings().get(0).message().en());
  }

  @Test
  void aSurplusOneFenAboveTheMaximumIsAFinding() {
    // Cost 60 000.00 + 36 999.99 = 96 999.99; surplus 3 000.01; 3 000.01 / 100 000.00 = 0.0300001 → 0.0300 > 0.03.
    CanteenAccountReport r = term("60000.00", "36999.99");
    assertEquals(yuan("3000.01"), r.surplus());
    assertEquals(Optional.of(new BigDecimal("0.0300")), r.surplusRate());
    assertEquals(List.of(CanteenAccounting.SURPLUS_ABOVE_MAX), codes(r));
  }

  @Test
  void surplusRateRoundingUpAboveTheMaximumIsAFinding() {
    // Surplus 3 005.00: 0.03005 → 0.0301 (half up) > 0.03.
    CanteenAccountReport r = term("60000.00", "36995.00");
    assertEquals(Optional.of(new BigDecimal("0.0301")), r.surplusRate());
    assertEquals(List.of(CanteenAccounting.SURPLUS_ABOVE_MAX), codes(r));
  }

  @Test
  void ingredientShareAtTheMinimumIsNoFinding() {
    // 60 000.00 / 100 000.00 = 0.6000 = min; cost 97 000.00.
    CanteenAccountReport r = term("60000.00", "37000.00");
    assertEquals(Optional.of(new BigDecimal("0.6000")), r.ingredientShare());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void ingredientShareRoundingUpToTheMinimumIsStillAFinding() {
    // 59 995.00 / 100 000.00 = 0.59995 → 0.6000 (half up), but the exact quotient is below 0.60. Cost 59 995.00 +
    // 37 005.00 = 97 000.00, rate 0.0300 (not above).
    CanteenAccountReport r = term("59995.00", "37005.00");
    assertEquals(Optional.of(new BigDecimal("0.6000")), r.ingredientShare());
    assertEquals(List.of(CanteenAccounting.INGREDIENT_SHARE_BELOW_MIN), codes(r));
    assertEquals(List.of(List.of("minIngredientShare", "ingredientShareBasis")), CanteenAccountingTest.cited(r));
  }

  @Test
  void anIngredientShareOneFenBelowTheMinimumIsAFinding() {
    // 59 999.99 / 100 000.00 = 0.5999999 → 0.6000 < 0.60 exactly; cost 59 999.99 + 37 000.01 = 97 000.00.
    CanteenAccountReport r = term("59999.99", "37000.01");
    assertEquals(Optional.of(new BigDecimal("0.6000")), r.ingredientShare());
    assertEquals(List.of(CanteenAccounting.INGREDIENT_SHARE_BELOW_MIN), codes(r));
  }

  @Test
  void ingredientShareJustBelowTheMinimumIsAFinding() {
    // 59 994.99 / 100 000.00 = 0.5999499 → 0.5999 < 0.60.
    CanteenAccountReport r = term("59994.99", "37005.01");
    assertEquals(Optional.of(new BigDecimal("0.5999")), r.ingredientShare());
    assertEquals(List.of(CanteenAccounting.INGREDIENT_SHARE_BELOW_MIN), codes(r));
  }

  @Test
  void ingredientShareMayExceedOneWhenIngredientsExceedTheBasis() {
    // Ingredients 120 000.00 of revenue 100 000.00: 1.2000; deficit 120 000 + 1 000 − 100 000 = 21 000.00.
    CanteenAccountReport r = term("120000.00", "1000.00");
    assertEquals(Optional.of(new BigDecimal("1.2000")), r.ingredientShare());
    assertEquals(yuan("-21000.00"), r.surplus());
    assertEquals(Optional.of(new BigDecimal("-0.2100")), r.surplusRate());
    assertEquals(List.of(CanteenAccounting.DEFICIT), codes(r));
  }

  @Test
  void aDeficitOfOneFenIsReportedCitingTheDepreciationReading() {
    // Cost 60 000.00 + 40 000.01 = 100 000.01; surplus −0.01; rate −0.0000001 → 0.0000.
    CanteenAccountReport r = term("60000.00", "40000.01");
    assertEquals(yuan("-0.01"), r.surplus());
    assertEquals(0, r.surplusRate().orElseThrow().signum());
    assertEquals(List.of(CanteenAccounting.DEFICIT), codes(r));
    Finding f = r.findings().get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals("Deficit of 0.01 yuan: cost 100000.01 yuan against revenue 100000.00 yuan.", f.message().en());
    assertEquals("亏损0.01元：成本100000.01元，收入100000.00元。", f.message().zh());
    assertEquals(List.of("depreciationCounted"), f.rules().stream().map(AppliedRule::parameter).toList());
  }

  @Test
  void breakEvenIsNoDeficit() {
    CanteenAccountReport r = term("60000.00", "40000.00");
    assertEquals(yuan("0.00"), r.surplus());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void aDeficitUnderTheDefaultPolicyCitesNothing() {
    CanteenAccountReport r = CanteenFixtures.standard().assess(simple(TERM, "80000.00", "20000.00", "60000.00",
        "40000.01"));
    assertTrue(codes(r).contains(CanteenAccounting.DEFICIT));
    assertEquals(List.of(), r.findings().get(r.findings().size() - 1).rules());
  }

  @Test
  void zeroRevenueGivesNoRateNoShareAndNoSurplusFinding() {
    CanteenAccountReport r = ALLOW.assess(simple(TERM, "0.00", "0.00", "100.00", "0.00"));
    assertEquals(Optional.empty(), r.surplusRate());
    assertEquals(Optional.empty(), r.ingredientShare());
    assertEquals(List.of(CanteenAccounting.DEFICIT), codes(r));
  }

  @Test
  void zeroMealFeesGiveNoShareOnAMealFeeBasis() {
    CanteenAccountReport r = CanteenFixtures.testPack(p ->
        ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("ingredientShareBasis")).put("value", "MEAL_FEES"))
        .assess(simple(TERM, "0.00", "100000.00", "60000.00", "37000.00"));
    assertEquals(Optional.empty(), r.ingredientShare());
    assertEquals(Optional.of(new BigDecimal("0.0300")), r.surplusRate());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void zeroCostGivesNoShares() {
    CanteenAccountReport r = ALLOW.assess(simple(TERM, "100.00", "0.00", "0.00", "0.00"));
    assertTrue(r.costBreakdown().stream().allMatch(c -> c.share().isEmpty() && c.counted()));
    // Surplus 100.00 / 100.00 = 1.0000 > 0.03; ingredient share 0.0000 < 0.60.
    assertEquals(Optional.of(new BigDecimal("1.0000")), r.surplusRate());
    assertEquals(List.of(CanteenAccounting.SURPLUS_ABOVE_MAX, CanteenAccounting.INGREDIENT_SHARE_BELOW_MIN), codes(r));
  }

  private static CanteenAccounts priced(Period period, String price) {
    return CanteenAccounts.builder("C1", "示例学校学生食堂", period).revenue(RevenueKind.MEAL_FEES, yuan("100000.00"))
        .cost(CostCategory.INGREDIENTS, yuan("65000.00")).cost(CostCategory.LABOUR, yuan("33000.00"))
        .standardPrice(yuan(price)).build();
  }

  private static CanteenAccountReport change(String p0, String p1) {
    return ALLOW.assess(priced(TERM, p1), priced(PREVIOUS_TERM, p0));
  }

  @Test
  void priceChangeAtTheMaximumEitherWayIsNoFinding() {
    // (11.00 − 10.00) / 10.00 = 0.1000; (9.00 − 10.00) / 10.00 = −0.1000.
    CanteenAccountReport up = change("10.00", "11.00");
    PriceChange p = up.priceChange().orElseThrow();
    assertEquals(PriceBasis.STANDARD_PRICE, p.basis());
    assertEquals(yuan("10.00"), p.previous());
    assertEquals(yuan("11.00"), p.current());
    assertEquals(Optional.of(new BigDecimal("0.1000")), p.change());
    assertEquals(List.of(), up.findings());
    assertEquals(List.of("depreciationCounted", "ingredientShareBasis", "maxSurplusRate", "minIngredientShare",
        "maxPriceChange"), parameters(up));
    CanteenAccountReport down = change("10.00", "9.00");
    assertEquals(Optional.of(new BigDecimal("-0.1000")), down.priceChange().orElseThrow().change());
    assertEquals(List.of(), down.findings());
  }

  @Test
  void priceChangeJustAboveTheMaximumEitherWayIsAFinding() {
    // (11.01 − 10.00) / 10.00 = 0.1010 > 0.10; (8.99 − 10.00) / 10.00 = −0.1010, |−0.1010| > 0.10.
    CanteenAccountReport up = change("10.00", "11.01");
    assertEquals(List.of(CanteenAccounting.PRICE_CHANGE_ABOVE_MAX), codes(up));
    Finding f = up.findings().get(0);
    assertEquals(Severity.LOW, f.severity());
    assertEquals("Meal price changed by 0.1010 from the previous term, more than 0.10 either way: 10.00 to 11.01 yuan "
        + "per meal.", f.message().en());
    assertEquals("餐价较上学期变动0.1010，超过上下0.10：每餐10.00元变为11.01元。", f.message().zh());
    assertEquals(List.of("maxPriceChange"), f.rules().stream().map(AppliedRule::parameter).toList());
    CanteenAccountReport down = change("10.00", "8.99");
    assertEquals(Optional.of(new BigDecimal("-0.1010")), down.priceChange().orElseThrow().change());
    assertEquals(List.of(CanteenAccounting.PRICE_CHANGE_ABOVE_MAX), codes(down));
  }

  @Test
  void aPriceChangeRoundingDownToTheMaximumIsStillAFindingEitherWay() {
    // (32.99 − 29.99) / 29.99 = 3.00 / 29.99 = 0.100033… → 0.1000 (half up), but |3.00| / 29.99 > 0.10 exactly;
    // (26.99 − 29.99) / 29.99 = −0.100033… → −0.1000, a fall of the same size.
    CanteenAccountReport up = change("29.99", "32.99");
    assertEquals(Optional.of(new BigDecimal("0.1000")), up.priceChange().orElseThrow().change());
    assertEquals(List.of(CanteenAccounting.PRICE_CHANGE_ABOVE_MAX), codes(up));
    CanteenAccountReport down = change("29.99", "26.99");
    assertEquals(Optional.of(new BigDecimal("-0.1000")), down.priceChange().orElseThrow().change());
    assertEquals(List.of(CanteenAccounting.PRICE_CHANGE_ABOVE_MAX), codes(down));
    // 2.99 / 29.99 = 0.099699… → 0.0997: below, either way.
    assertEquals(List.of(), change("29.99", "32.98").findings());
    assertEquals(List.of(), change("29.99", "27.00").findings());
  }

  @Test
  void aPreviousPriceOfZeroHasNoChange() {
    CanteenAccountReport r = change("0.00", "5.00");
    assertEquals(Optional.empty(), r.priceChange().orElseThrow().change());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void withoutBothStandardPricesTheAverageMealFeeIsCompared() {
    // Previous: 100 000.00 / 10 000 = 10.00. Current: 100 000.00 / 9 091 = 10.99989… → 11.00 (half up); change 0.1000.
    CanteenAccounts previous = CanteenAccounts.builder("C1", "示例学校学生食堂", PREVIOUS_TERM)
        .revenue(RevenueKind.MEAL_FEES, yuan("100000.00")).cost(CostCategory.INGREDIENTS, yuan("98000.00"))
        .personMeals(10_000).standardPrice(yuan("10.00")).build();
    CanteenAccounts current = CanteenAccounts.builder("C1", "示例学校学生食堂", TERM)
        .revenue(RevenueKind.MEAL_FEES, yuan("100000.00")).cost(CostCategory.INGREDIENTS, yuan("98000.00"))
        .personMeals(9_091).build();
    PriceChange p = ALLOW.assess(current, previous).priceChange().orElseThrow();
    assertEquals(PriceBasis.AVERAGE_MEAL_FEE, p.basis());
    assertEquals(yuan("10.00"), p.previous());
    assertEquals(yuan("11.00"), p.current());
    assertEquals(Optional.of(new BigDecimal("0.1000")), p.change());
  }

  @Test
  void noPriceWithoutPersonMealsAboveZero() {
    CanteenAccounts previous = simple(PREVIOUS_TERM, "1.00", "0.00", "0.00", "0.00");
    CanteenAccounts zero = CanteenAccounts.builder("C1", "示例学校学生食堂", TERM)
        .revenue(RevenueKind.MEAL_FEES, yuan("1.00")).personMeals(0).build();
    assertEquals(Optional.empty(), ALLOW.assess(simple(TERM, "1.00", "0.00", "0.00", "0.00"), previous).priceChange());
    assertEquals(Optional.empty(), ALLOW.assess(zero, CanteenAccounts.builder("C1", "x", PREVIOUS_TERM)
        .personMeals(5).build()).priceChange());
    assertEquals(Optional.empty(), ALLOW.assess(CanteenAccounts.builder("C1", "x", TERM).personMeals(5).build(),
        zero(PREVIOUS_TERM)).priceChange());
  }

  private static CanteenAccounts zero(Period period) {
    return CanteenAccounts.builder("C1", "x", period).personMeals(0).build();
  }

  @Test
  void underTheDefaultPolicyThePriceChangeIsComputedButNotChecked() {
    CanteenAccountReport r = CanteenFixtures.standard().assess(priced(TERM, "12.00"), priced(PREVIOUS_TERM, "10.00"));
    assertEquals(Optional.of(new BigDecimal("0.2000")), r.priceChange().orElseThrow().change());
    assertEquals(List.of(CanteenAccounting.DEPRECIATION_ASSUMED, CanteenAccounting.BASIS_ASSUMED,
        CanteenAccounting.NOT_CHECKED, CanteenAccounting.NOT_CHECKED, CanteenAccounting.NOT_CHECKED), codes(r));
    assertEquals("The price-change maximum is not checked: maxPriceChange of cn.example.canteen-accounting@1.0.0 is "
        + "UNVERIFIED, below the verification policy.", r.findings().get(4).message().en());
    assertEquals("未核对餐价变动上限：cn.example.canteen-accounting@1.0.0的maxPriceChange为UNVERIFIED，低于核实要求。",
        r.findings().get(4).message().zh());
    assertEquals(List.of("maxPriceChange"), r.findings().get(4).rules().stream().map(AppliedRule::parameter).toList());
  }

  @Test
  void thePreviousTermMayEndTheDayTheCurrentStarts() {
    // AY2023-2024-S2 ends (exclusive) 2024-09-01, the day AY2024-2025-S1 starts.
    assertTrue(ALLOW.assess(priced(TERM, "10.00"), priced(PREVIOUS_TERM, "10.00")).previous().isPresent());
  }

  @Test
  void aPreviousTermOverlappingOrAfterTheCurrentIsRefusedNamingPrevious() {
    CanteenAccounts current = priced(TERM, "10.00");
    for (Period p : List.of(new DateRange(java.time.LocalDate.of(2024, 8, 1), java.time.LocalDate.of(2024, 9, 2)),
        TERM, Period.parse("AY2024-2025-S2"))) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ALLOW.assess(current, priced(p, "10.00")));
      assertEquals(Optional.of("previous"), e.field());
      assertEquals("INVALID_VALUE", e.errorCode());
    }
  }

  @Test
  void anotherCanteensAccountsAreRefusedNamingPrevious() {
    CanteenAccounts other = CanteenAccounts.builder("C2", "另一食堂", PREVIOUS_TERM).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ALLOW.assess(priced(TERM, "1.00"), other));
    assertEquals(Optional.of("previous"), e.field());
  }

  @Test
  void aPreviousTermWithoutAStandardPriceFallsBackToTheAverageMealFee() {
    // Previous: no standard price, 100 000.00 / 10 000 = 10.00; current states 10.50 but the average is compared:
    // 100 000.00 / 8 000 = 12.50; change 2.50 / 10.00 = 0.2500 > 0.10.
    CanteenAccounts previous = CanteenAccounts.builder("C1", "x", PREVIOUS_TERM)
        .revenue(RevenueKind.MEAL_FEES, yuan("100000.00")).personMeals(10_000).build();
    CanteenAccounts current = CanteenAccounts.builder("C1", "x", TERM).revenue(RevenueKind.MEAL_FEES, yuan("100000.00"))
        .cost(CostCategory.INGREDIENTS, yuan("98000.00")).personMeals(8_000).standardPrice(yuan("10.50")).build();
    CanteenAccountReport r = ALLOW.assess(current, previous);
    PriceChange p = r.priceChange().orElseThrow();
    assertEquals(PriceBasis.AVERAGE_MEAL_FEE, p.basis());
    assertEquals(yuan("12.50"), p.current());
    assertEquals(Optional.of(new BigDecimal("0.2500")), p.change());
    assertEquals(List.of(CanteenAccounting.PRICE_CHANGE_ABOVE_MAX), codes(r));
  }

  @Test
  void aBasisBelowThePolicyLeavesTheMinimumUncheckedThoughTheMinimumIsVerified() {
    // TEST pack SECONDARY, but its ingredientShareBasis (MEAL_FEES) marked UNVERIFIED: the figures take all revenue,
    // 351 500.55 / 552 345.67 → 0.6364, which would be below 0.65 — but the minimum rests on the refused basis, so it
    // is not checked (and not read); the surplus cap, resting on verified values, is checked (0.0253 ≤ 0.03).
    CanteenAccountReport r = CanteenFixtures.testPack(p -> {
      CanteenFixtures.decimal(p, "minIngredientShare", "0.65");
      ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("ingredientShareBasis")).put("value", "MEAL_FEES")
          .put("verification", "UNVERIFIED");
    }).assess(CanteenFixtures.worked().build());
    assertEquals(IngredientShareBasis.ALL_REVENUE, r.ingredientShareBasis());
    assertEquals(Optional.of(new BigDecimal("0.6364")), r.ingredientShare());
    assertEquals(List.of(CanteenAccounting.BASIS_ASSUMED, CanteenAccounting.NOT_CHECKED), codes(r));
    assertEquals(List.of(List.of("ingredientShareBasis"), List.of("ingredientShareBasis")),
        CanteenAccountingTest.cited(r));
    assertEquals("MEAL_FEES", r.findings().get(1).rules().get(0).value());
    assertEquals("The ingredient-share minimum is not checked: ingredientShareBasis of test.canteen-accounting@1.0.0 "
        + "is UNVERIFIED, below the verification policy.", r.findings().get(1).message().en());
    assertEquals(List.of("depreciationCounted", "maxSurplusRate"), parameters(r));
  }

  @Test
  void aDepreciationFlagBelowThePolicyIsCountedAndTheSurplusCapIsNotChecked() {
    // The pack excludes depreciation but marks the flag UNVERIFIED: the figures count it (538 353.50, rate 0.0253,
    // which would be above a cap of 0.02), but the cap rests on the refused flag: not checked, not read. The
    // ingredient minimum does not rest on it: checked (0.6364 ≥ 0.60).
    CanteenAccountReport r = CanteenFixtures.testPack(p -> {
      CanteenFixtures.decimal(p, "maxSurplusRate", "0.02");
      ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("depreciationCounted")).put("value", false)
          .put("verification", "UNVERIFIED");
    }).assess(CanteenFixtures.worked().build());
    assertTrue(r.depreciationCounted());
    assertEquals(yuan("538353.50"), r.totalCost());
    assertEquals(Optional.of(new BigDecimal("0.0253")), r.surplusRate());
    assertEquals(List.of(CanteenAccounting.DEPRECIATION_ASSUMED, CanteenAccounting.NOT_CHECKED), codes(r));
    assertEquals(List.of(List.of("depreciationCounted"), List.of("depreciationCounted")),
        CanteenAccountingTest.cited(r));
    assertEquals("false", r.findings().get(0).rules().get(0).value());
    assertEquals("The figures count depreciation as a cost, the example reading (full cost: a deficit shows sooner, "
        + "but the surplus comes out lower): depreciationCounted of test.canteen-accounting@1.0.0 is UNVERIFIED, below "
        + "the verification policy.", r.findings().get(0).message().en());
    assertEquals("各项数字按示例口径将折旧计入成本（全成本：亏损显现更早，但盈余偏低）：test.canteen-accounting@1.0.0的"
        + "depreciationCounted为UNVERIFIED，低于核实要求。", r.findings().get(0).message().zh());
    assertEquals("未核对盈余率上限：test.canteen-accounting@1.0.0的depreciationCounted为UNVERIFIED，低于核实要求。",
        r.findings().get(1).message().zh());
    assertEquals(List.of("ingredientShareBasis", "minIngredientShare"), parameters(r));
  }

  @Test
  void aThresholdBelowThePolicyIsNotCheckedCitingItAloneWhileItsReadingIsRead() {
    // maxSurplusRate UNVERIFIED, the rest SECONDARY: the depreciation flag is read (it shapes the figures), the cap
    // is not checked, citing the cap only.
    CanteenAccountReport r = CanteenFixtures.testPack(p ->
        ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("maxSurplusRate")).put("verification", "UNVERIFIED"))
        .assess(CanteenFixtures.worked().build());
    assertEquals(List.of(CanteenAccounting.NOT_CHECKED), codes(r));
    assertEquals(List.of(List.of("maxSurplusRate")), CanteenAccountingTest.cited(r));
    assertEquals(List.of("depreciationCounted", "ingredientShareBasis", "minIngredientShare"), parameters(r));
  }

  @Test
  void aDeficitUnderAReadDepreciationFlagCitesIt() {
    // Depreciation excluded by a verified TEST pack: cost 60 000.00 + 40 000.01 = 100 000.01 (no depreciation line),
    // a deficit of 0.01 citing depreciationCounted false.
    CanteenAccountReport r = CanteenFixtures.testPack(p -> CanteenFixtures.flag(p, "depreciationCounted", false))
        .assess(simple(TERM, "80000.00", "20000.00", "60000.00", "40000.01"));
    assertEquals(List.of(CanteenAccounting.DEFICIT), codes(r));
    assertEquals("false", r.findings().get(0).rules().get(0).value());
  }
}

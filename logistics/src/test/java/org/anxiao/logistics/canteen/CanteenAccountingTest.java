package org.anxiao.logistics.canteen;

import static org.anxiao.logistics.canteen.CanteenFixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.rule.AppliedRule;
import org.junit.jupiter.api.Test;

/**
 * The worked term of a fictional canteen, by hand (沪教委后〔2024〕10号 §四1 gives the principle; the figures are the
 * example pack's or a TEST pack's): totals to the fen, ratios to the basis point, half up.
 */
class CanteenAccountingTest {
  static List<FindingCode> codes(CanteenAccountReport r) {
    return r.findings().stream().map(Finding::code).toList();
  }

  static List<List<String>> cited(CanteenAccountReport r) {
    return r.findings().stream().map(f -> f.rules().stream().map(AppliedRule::parameter).toList()).toList();
  }

  static List<String> parameters(CanteenAccountReport r) {
    return r.rulesApplied().stream().map(AppliedRule::parameter).toList();
  }

  @Test
  void theWorkedTermUnderTheDefaultPolicyCountsDepreciationAndTakesAllRevenue() {
    CanteenAccountReport r = CanteenFixtures.standard().assess(CanteenFixtures.worked().build());
    // Revenue: 300 000.00 + 180 000.00 + 60 000.00 + 12 345.67 = 552 345.67; meal fees 480 000.00.
    assertEquals(yuan("552345.67"), r.totalRevenue());
    assertEquals(yuan("480000.00"), r.mealFees());
    // The example pack is UNVERIFIED: depreciation counted (the example reading).
    // Cost: 351 500.55 + 120 000.00 + 38 765.43 + 9 876.54 + 15 000.00 + 3 210.98 = 538 353.50.
    assertTrue(r.depreciationCounted());
    assertEquals(yuan("538353.50"), r.totalCost());
    // Surplus 552 345.67 − 538 353.50 = 13 992.17; rate 13 992.17 / 552 345.67 = 0.025332… → 0.0253.
    assertEquals(yuan("13992.17"), r.surplus());
    assertEquals(Optional.of(new BigDecimal("0.0253")), r.surplusRate());
    // Ingredient share of all revenue (the example reading): 351 500.55 / 552 345.67 = 0.636377… → 0.6364.
    assertEquals(IngredientShareBasis.ALL_REVENUE, r.ingredientShareBasis());
    assertEquals(Optional.of(new BigDecimal("0.6364")), r.ingredientShare());
    // Breakdown: 351 500.55 / 538 353.50 = 0.652917… → 0.6529; 120 000 / … = 0.222901… → 0.2229;
    // 38 765.43 / … = 0.072007… → 0.0720; 9 876.54 / … = 0.018345… → 0.0183; 15 000 / … = 0.027862… → 0.0279;
    // 3 210.98 / … = 0.005964… → 0.0060. Sum 1.0000.
    assertEquals(List.of("0.6529", "0.2229", "0.0720", "0.0183", "0.0279", "0.0060"),
        r.costBreakdown().stream().map(c -> c.share().orElseThrow().toPlainString()).toList());
    assertEquals(yuan("351500.55"), r.cost(CostCategory.INGREDIENTS).amount());
    assertEquals(Optional.empty(), r.priceChange());
    // Four INFO findings: two readings assumed, each citing its refused value; two thresholds not checked, each
    // citing every value it rests on (all refused); nothing read.
    assertEquals(List.of(CanteenAccounting.DEPRECIATION_ASSUMED, CanteenAccounting.BASIS_ASSUMED,
        CanteenAccounting.NOT_CHECKED, CanteenAccounting.NOT_CHECKED), codes(r));
    assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO));
    assertEquals(List.of(List.of("depreciationCounted"), List.of("ingredientShareBasis"),
        List.of("maxSurplusRate", "depreciationCounted"), List.of("minIngredientShare", "ingredientShareBasis")),
        cited(r));
    assertTrue(r.findings().stream().flatMap(f -> f.rules().stream())
        .allMatch(a -> a.verification() == org.anxiao.core.rule.Verification.UNVERIFIED));
    assertEquals(List.of(), r.rulesApplied());
    assertEquals("The surplus-rate maximum is not checked: maxSurplusRate of cn.example.canteen-accounting@1.0.0 is "
        + "UNVERIFIED, depreciationCounted of cn.example.canteen-accounting@1.0.0 is UNVERIFIED, below the "
        + "verification policy.", r.findings().get(2).message().en());
    assertEquals("未核对食材成本占比下限：cn.example.canteen-accounting@1.0.0的minIngredientShare为UNVERIFIED，"
        + "cn.example.canteen-accounting@1.0.0的ingredientShareBasis为UNVERIFIED，低于核实要求。",
        r.findings().get(3).message().zh());
    assertEquals("The figures count depreciation as a cost, the example reading (full cost: a deficit shows sooner, "
        + "but the surplus comes out lower): depreciationCounted of cn.example.canteen-accounting@1.0.0 is UNVERIFIED, "
        + "below the verification policy.", r.findings().get(0).message().en());
    assertEquals("食材成本占比按示例口径以全部收入为分母（分母较大、占比较小，下限更难满足）：cn.example.canteen-accounting@1.0.0"
        + "的ingredientShareBasis为UNVERIFIED，低于核实要求。", r.findings().get(1).message().zh());
    assertTrue(r.findings().get(1).message().en().startsWith("The figures take the ingredient share of all revenue, "
        + "the example reading (the larger basis gives the smaller share, the harder minimum)"));
    assertEquals("cn.example.canteen-accounting", r.packs().get(0).id());
  }

  @Test
  void theWorkedTermUnderConsentReadsTheExamplePackAndPasses() {
    CanteenAccountReport r = CanteenFixtures.allowingUnverified().assess(CanteenFixtures.worked().build());
    // Example pack: depreciation counted, ALL_REVENUE; 0.0253 ≤ 0.03 and 0.6364 ≥ 0.60: no finding.
    assertEquals(yuan("538353.50"), r.totalCost());
    assertEquals(Optional.of(new BigDecimal("0.0253")), r.surplusRate());
    assertEquals(Optional.of(new BigDecimal("0.6364")), r.ingredientShare());
    assertEquals(List.of(), r.findings());
    assertEquals(List.of("depreciationCounted", "ingredientShareBasis", "maxSurplusRate", "minIngredientShare"),
        parameters(r));
  }

  @Test
  void aPackExcludingDepreciationOnMealFeesFindsTheSurplusTooHigh() {
    CanteenAccountReport r = CanteenFixtures.testPack(p -> {
      CanteenFixtures.flag(p, "depreciationCounted", false);
      ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("ingredientShareBasis")).put("value", "MEAL_FEES");
    }).assess(CanteenFixtures.worked().build());
    // Cost without depreciation: 538 353.50 − 15 000.00 = 523 353.50; surplus 552 345.67 − 523 353.50 = 28 992.17;
    // rate 28 992.17 / 552 345.67 = 0.052489… → 0.0525 > 0.03: SURPLUS_ABOVE_MAX.
    assertFalse(r.depreciationCounted());
    assertEquals(yuan("523353.50"), r.totalCost());
    assertEquals(yuan("28992.17"), r.surplus());
    assertEquals(Optional.of(new BigDecimal("0.0525")), r.surplusRate());
    // Ingredient share of meal fees: 351 500.55 / 480 000.00 = 0.732292… → 0.7323 ≥ 0.60.
    assertEquals(IngredientShareBasis.MEAL_FEES, r.ingredientShareBasis());
    assertEquals(Optional.of(new BigDecimal("0.7323")), r.ingredientShare());
    // Shares of 523 353.50: 0.6716, 0.2293, 0.0741, 0.0189, depreciation not counted, 0.0061.
    assertEquals(List.of(Optional.of(new BigDecimal("0.6716")), Optional.of(new BigDecimal("0.2293")),
        Optional.of(new BigDecimal("0.0741")), Optional.of(new BigDecimal("0.0189")), Optional.<BigDecimal>empty(),
        Optional.of(new BigDecimal("0.0061"))), r.costBreakdown().stream().map(CostShare::share).toList());
    assertFalse(r.cost(CostCategory.DEPRECIATION).counted());
    assertEquals(yuan("15000.00"), r.cost(CostCategory.DEPRECIATION).amount());
    assertEquals(List.of(CanteenAccounting.SURPLUS_ABOVE_MAX), codes(r));
    Finding f = r.findings().get(0);
    assertEquals(Severity.HIGH, f.severity());
    assertEquals("Surplus rate 0.0525 is above the maximum 0.03: a surplus of 28992.17 yuan on revenue of 552345.67 "
        + "yuan (the canteen is not-for-profit).", f.message().en());
    assertEquals("盈余率0.0525高于上限0.03：收入552345.67元，盈余28992.17元（学生食堂坚持公益性、学校不盈利）。", f.message().zh());
    // The finding rests on the maximum and on the depreciation reading: both cited.
    assertEquals(List.of("maxSurplusRate", "depreciationCounted"), f.rules().stream().map(AppliedRule::parameter)
        .toList());
    assertEquals(List.of("0.03", "false"), f.rules().stream().map(AppliedRule::value).toList());
    assertEquals("test.canteen-accounting", f.rules().get(0).pack().id());
    assertEquals(SubjectKind.of("ACCOUNT"), f.subject().kind());
    assertEquals(CanteenAccounting.ACCOUNT, f.subject().kind());
    assertEquals("C1", f.subject().id());
  }

  @Test
  void aHigherMinimumFindsTheIngredientShareTooLowCitingTheMinimumAndTheBasis() {
    CanteenAccountReport r = CanteenFixtures.testPack(p -> CanteenFixtures.decimal(p, "minIngredientShare", "0.65"))
        .assess(CanteenFixtures.worked().build());
    // 0.6364 < 0.65.
    assertEquals(List.of(CanteenAccounting.INGREDIENT_SHARE_BELOW_MIN), codes(r));
    Finding f = r.findings().get(0);
    assertEquals(Severity.HIGH, f.severity());
    assertEquals("Ingredient-cost share 0.6364 is below the minimum 0.65: ingredients 351500.55 yuan, share of "
        + "ALL_REVENUE.", f.message().en());
    assertEquals("食材成本占比0.6364低于下限0.65：食材成本351500.55元，口径ALL_REVENUE。", f.message().zh());
    assertEquals(List.of("minIngredientShare", "ingredientShareBasis"),
        f.rules().stream().map(AppliedRule::parameter).toList());
  }

  @Test
  void theReportBecomesAnAssessment() {
    CanteenAccountReport r = CanteenFixtures.allowingUnverified().assess(CanteenFixtures.worked().build());
    Assessment a = r.toAssessment(Instant.parse("2025-02-01T00:00:00Z"));
    assertEquals("anxiao.logistics.canteen-accounting", a.calculator().toString());
    assertEquals(Optional.of(CanteenFixtures.TERM), r.period());
    assertEquals(CanteenAccounting.ID, r.calculator());
    assertEquals(r.rules(), r.rulesApplied());
    assertTrue(r.inputs().toString().contains("C1"));
  }
}

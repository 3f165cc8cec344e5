package org.anxiao.logistics.canteen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePack;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.core.testing.ShippedPacks;

/** The worked term of a fictional canteen, the contexts the tests run in and fictional TEST packs. */
final class CanteenFixtures {
  static final String PACK_FILE = "cn-example-canteen-accounting.json";
  static final JurisdictionCode MINHANG = JurisdictionCode.of("310112");
  static final LocalDate DAY = LocalDate.of(2024, 12, 1);
  static final Period TERM = Period.parse("AY2024-2025-S1");
  static final Period PREVIOUS_TERM = Period.parse("AY2023-2024-S2");

  private CanteenFixtures() {}

  static Money yuan(String value) {
    return Money.ofYuan(value);
  }

  /**
   * The worked term: revenue 300 000.00 + 180 000.00 meal fees, 60 000.00 subsidies, 12 345.67 other = 552 345.67;
   * costs ingredients 331 000.00 + 20 500.55 = 351 500.55, labour 120 000.00, utilities 38 765.43, consumables
   * 9 876.54, depreciation 15 000.00, other 3 210.98.
   */
  static CanteenAccounts.Builder worked() {
    return CanteenAccounts.builder("C1", "示例学校学生食堂", TERM)
        .revenue(RevenueKind.MEAL_FEES, yuan("300000.00"))
        .revenue(RevenueKind.MEAL_FEES, yuan("180000.00"))
        .revenue(RevenueKind.SUBSIDIES, yuan("60000.00"))
        .revenue(RevenueKind.OTHER, yuan("12345.67"))
        .cost(CostCategory.INGREDIENTS, yuan("331000.00"))
        .cost(CostCategory.LABOUR, yuan("120000.00"))
        .cost(CostCategory.UTILITIES, yuan("38765.43"))
        .cost(CostCategory.CONSUMABLES, yuan("9876.54"))
        .cost(CostCategory.DEPRECIATION, yuan("15000.00"))
        .cost(CostCategory.OTHER, yuan("3210.98"))
        .cost(CostCategory.INGREDIENTS, yuan("20500.55"));
  }

  /** The shipped example pack under the default policy (its values are UNVERIFIED). */
  static CanteenAccounting standard() {
    return CanteenAccounting.in(RuleContext.standard(MINHANG, DAY));
  }

  /** The shipped example pack with the caller's consent to unverified values. */
  static CanteenAccounting allowingUnverified() {
    return CanteenAccounting.in(RuleContext.standard(MINHANG, DAY).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED));
  }

  /**
   * A fictional TEST pack for Minhang, SECONDARY, copied from the example with {@code edit} applied to its
   * parameters, under the default policy.
   */
  static CanteenAccounting testPack(Consumer<ObjectNode> edit) {
    return CanteenAccounting.in(RuleContext.of(ShippedPacks.withPacks(pack(edit)), MINHANG, DAY));
  }

  static RulePack pack(Consumer<ObjectNode> edit) {
    return ShippedPacks.testPack("logistics-canteen", PACK_FILE, "test.canteen-accounting", MINHANG, t -> {
      t.put("verification", "SECONDARY");
      edit.accept((ObjectNode) t.get("parameters"));
    });
  }

  /** Sets a decimal parameter of a pack's parameters. */
  static void decimal(ObjectNode parameters, String name, String value) {
    ((ObjectNode) parameters.get(name)).put("value", value);
  }

  /** Sets a boolean parameter of a pack's parameters. */
  static void flag(ObjectNode parameters, String name, boolean value) {
    ((ObjectNode) parameters.get(name)).put("value", value);
  }

  /** Simple accounts: meal fees, subsidies, ingredients and labour only. */
  static CanteenAccounts simple(Period period, String mealFees, String subsidies, String ingredients, String labour) {
    return CanteenAccounts.builder("C1", "示例学校学生食堂", period)
        .revenue(RevenueKind.MEAL_FEES, yuan(mealFees))
        .revenue(RevenueKind.SUBSIDIES, yuan(subsidies))
        .cost(CostCategory.INGREDIENTS, yuan(ingredients))
        .cost(CostCategory.LABOUR, yuan(labour))
        .build();
  }
}

package org.anxiao.logistics.canteen;

import java.math.BigDecimal;
import java.util.List;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The canteen accounting rule (学生食堂成本和价格核算口径及限值), bound from packs of kind
 * {@code anxiao.logistics.canteen-accounting}. 沪教委后〔2024〕10号 §四1 states the principle — the canteen is
 * not-for-profit (公益性), the school does not profit, cost and price are accounted and prices kept stable — but no
 * figure: the thresholds and readings below are set by provinces and districts, so they are pack data. The shipped
 * pack {@code cn.example.canteen-accounting} is an illustrative {@code UNVERIFIED} example; a caller gets compliance
 * findings from their own pack (or from the example under {@code VerificationPolicy.ALLOW_UNVERIFIED}).
 *
 * <p>Readings: the example pack counts depreciation ({@code depreciationCounted} true: the full cost, 全成本核算 — it
 * shows a deficit sooner but gives the lower surplus, so the surplus cap is the easier to meet; a pack whose surplus
 * cap assumes depreciation is left out must say {@code false}) and takes the ingredient share of all revenue
 * ({@code ingredientShareBasis} {@link IngredientShareBasis#ALL_REVENUE}: subsidies buy food too; the larger basis
 * gives the smaller share, so the minimum is the harder to meet). When the pack's reading is below the verification
 * policy, {@link CanteenAccounting} computes the figures under the example pack's reading and does not check the
 * threshold resting on it (the surplus cap on {@code depreciationCounted}, the ingredient minimum on
 * {@code ingredientShareBasis}). Immutable and thread-safe.
 *
 * @param maxSurplusRate       the highest surplus rate (盈余率, surplus ÷ total revenue) allowed, a ratio in [0, 1]
 * @param minIngredientShare   the lowest ingredient-cost share (食材成本占比) allowed, a ratio in [0, 1]
 * @param maxPriceChange       the largest change of the meal price from the previous term allowed, either way, a ratio
 *                             of 0 or more
 * @param depreciationCounted  whether depreciation (折旧) is a cost of the canteen (many provinces exclude it)
 * @param ingredientShareBasis what the ingredient-cost share is a share of
 */
public record CanteenAccountingRule(RuleValue<BigDecimal> maxSurplusRate, RuleValue<BigDecimal> minIngredientShare,
    RuleValue<BigDecimal> maxPriceChange, RuleValue<Boolean> depreciationCounted,
    RuleValue<IngredientShareBasis> ingredientShareBasis) {

  static final ParameterSpec<BigDecimal> MAX_SURPLUS_RATE = ParameterSpec.decimal("maxSurplusRate")
      .range(BigDecimal.ZERO, BigDecimal.ONE);
  static final ParameterSpec<BigDecimal> MIN_INGREDIENT_SHARE = ParameterSpec.decimal("minIngredientShare")
      .range(BigDecimal.ZERO, BigDecimal.ONE);
  static final ParameterSpec<BigDecimal> MAX_PRICE_CHANGE = ParameterSpec.decimal("maxPriceChange").nonNegative();
  static final ParameterSpec<Boolean> DEPRECIATION_COUNTED = ParameterSpec.flag("depreciationCounted");
  static final ParameterSpec<IngredientShareBasis> INGREDIENT_SHARE_BASIS =
      ParameterSpec.enumValue("ingredientShareBasis", IngredientShareBasis.class);

  /** The rule kind {@code anxiao.logistics.canteen-accounting}. */
  public static final RuleKind<CanteenAccountingRule> KIND = RuleKind.of("anxiao.logistics.canteen-accounting",
      List.of(MAX_SURPLUS_RATE, MIN_INGREDIENT_SHARE, MAX_PRICE_CHANGE, DEPRECIATION_COUNTED, INGREDIENT_SHARE_BASIS),
      b -> new CanteenAccountingRule(b.get(MAX_SURPLUS_RATE), b.get(MIN_INGREDIENT_SHARE), b.get(MAX_PRICE_CHANGE),
          b.get(DEPRECIATION_COUNTED), b.get(INGREDIENT_SHARE_BASIS)));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param maxSurplusRate       the highest surplus rate allowed
   * @param minIngredientShare   the lowest ingredient-cost share allowed
   * @param maxPriceChange       the largest price change allowed
   * @param depreciationCounted  whether depreciation is a cost
   * @param ingredientShareBasis what the ingredient share is a share of
   */
  public CanteenAccountingRule {
    Require.nonNull("maxSurplusRate", maxSurplusRate);
    Require.nonNull("minIngredientShare", minIngredientShare);
    Require.nonNull("maxPriceChange", maxPriceChange);
    Require.nonNull("depreciationCounted", depreciationCounted);
    Require.nonNull("ingredientShareBasis", ingredientShareBasis);
  }
}

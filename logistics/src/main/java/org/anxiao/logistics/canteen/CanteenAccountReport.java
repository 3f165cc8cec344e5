package org.anxiao.logistics.canteen;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.CalculationResult;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.time.Period;

/**
 * A canteen's accounting report for one period (食堂成本核算结果): total revenue and cost, surplus and surplus rate,
 * ingredient-cost share, cost breakdown, price change against the previous term, the rule values read, the packs in
 * force and bilingual findings. Ratios are {@code BigDecimal}s of 4 decimals rounded half up (四舍五入, one basis
 * point); a ratio whose denominator is 0 is empty. Becomes an {@code Assessment} with
 * {@link #toAssessment(java.time.Instant)}. Immutable.
 *
 * @param subject              the canteen (subject kind {@code ACCOUNT})
 * @param input                the accounts assessed
 * @param previous             the previous term's accounts, if given
 * @param totalRevenue         the exact sum of every revenue line, in yuan
 * @param mealFees             the exact sum of the meal-fee lines (伙食费), in yuan
 * @param totalCost            the exact sum of the counted cost lines (depreciation only when counted), in yuan
 * @param depreciationCounted  whether depreciation was counted
 * @param surplus              {@code totalRevenue − totalCost}, negative for a deficit
 * @param surplusRate          {@code surplus ÷ totalRevenue}, at most 1, negative for a deficit; empty when the revenue is 0
 * @param ingredientShareBasis what the ingredient share is a share of
 * @param ingredientShare      {@code ingredients ÷ basis}, 0 or more (above 1 exactly when the ingredients cost more
 *                             than the basis); empty when the basis is 0
 * @param costBreakdown        every cost category in declaration order with its amount and share
 * @param priceChange          the meal price change from the previous term, when both terms give a price
 * @param rules                the rule values read, in first-use order
 * @param packs                the packs in force, narrowest first
 * @param findings             the findings
 */
public record CanteenAccountReport(Subject subject, CanteenAccounts input, Optional<CanteenAccounts> previous,
    Money totalRevenue, Money mealFees, Money totalCost, boolean depreciationCounted, Money surplus,
    Optional<BigDecimal> surplusRate, IngredientShareBasis ingredientShareBasis, Optional<BigDecimal> ingredientShare,
    List<CostShare> costBreakdown, Optional<PriceChange> priceChange, List<AppliedRule> rules, List<PackRef> packs,
    List<Finding> findings) implements CalculationResult {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param subject              the canteen
   * @param input                the accounts assessed
   * @param previous             the previous term's accounts
   * @param totalRevenue         the total revenue
   * @param mealFees             the meal fees
   * @param totalCost            the total counted cost
   * @param depreciationCounted  whether depreciation was counted
   * @param surplus              revenue less cost
   * @param surplusRate          the surplus rate
   * @param ingredientShareBasis the ingredient share's basis
   * @param ingredientShare      the ingredient share
   * @param costBreakdown        the cost categories
   * @param priceChange          the price change
   * @param rules                the rule values read
   * @param packs                the packs in force
   * @param findings             the findings
   */
  public CanteenAccountReport {
    Require.nonNull("subject", subject);
    Require.nonNull("input", input);
    Require.nonNull("previous", previous);
    CanteenAccounts.nonNegative("totalRevenue", totalRevenue);
    CanteenAccounts.nonNegative("mealFees", mealFees);
    CanteenAccounts.nonNegative("totalCost", totalCost);
    Require.nonNull("surplus", surplus);
    Require.nonNull("surplusRate", surplusRate);
    surplusRate.ifPresent(r -> Require.that(Bounds.decimal("surplusRate", r).compareTo(BigDecimal.ONE) <= 0,
        "surplusRate", r.toPlainString(), "must not exceed 1"));
    Require.nonNull("ingredientShareBasis", ingredientShareBasis);
    Require.nonNull("ingredientShare", ingredientShare);
    ingredientShare.ifPresent(s -> Require.that(Bounds.decimal("ingredientShare", s).signum() >= 0,
        "ingredientShare", s.toPlainString(), "must not be negative"));
    costBreakdown = Bounds.list("costBreakdown", costBreakdown);
    Require.nonNull("priceChange", priceChange);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
    findings = Bounds.list("findings", findings);
  }

  /**
   * {@return the breakdown line of {@code category}}
   *
   * @param category the cost category
   */
  public CostShare cost(CostCategory category) {
    Require.nonNull("category", category);
    return costBreakdown.stream().filter(c -> c.category() == category).findFirst()
        .orElseThrow(() -> new org.anxiao.core.error.InvalidValueException("category", category,
            "is not in this report's breakdown"));
  }

  @Override
  @JsonIgnore
  public CalculatorId calculator() {
    return CanteenAccounting.ID;
  }

  @Override
  @JsonIgnore
  public Optional<Period> period() {
    return Optional.of(input.period());
  }

  @Override
  @JsonIgnore
  public List<AppliedRule> rulesApplied() {
    return rules;
  }

  @Override
  @JsonIgnore
  public Object inputs() {
    return new Inputs(input, previous);
  }

  /** The inputs as the assessment's digest covers them. */
  record Inputs(CanteenAccounts current, Optional<CanteenAccounts> previous) {}
}

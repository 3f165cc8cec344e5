package org.anxiao.logistics.canteen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Require;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;

/**
 * Canteen not-for-profit accounting (学生食堂公益性、成本和价格核算; 沪教委后〔2024〕10号 §四1): the figures of a canteen's
 * accounts for one period and their check against the pack of kind {@code anxiao.logistics.canteen-accounting} in
 * force ({@link CanteenAccountingRule}).
 *
 * <ul>
 *   <li>total revenue = Σ revenue lines; total cost = Σ cost lines, depreciation only when the pack counts it; surplus =
 *       revenue − cost (exact yuan, may be negative);</li>
 *   <li>surplus rate = surplus ÷ total revenue; ingredient share = ingredients ÷ the basis (meal fees or all revenue,
 *       per the pack); each category's share = its amount ÷ total cost — all to 4 decimals rounded half up (四舍五入),
 *       empty when the denominator is 0. The ingredient share is not capped: it exceeds 1 exactly when the ingredients
 *       cost more than the basis;</li>
 *   <li>price change = (p₁ − p₀) ÷ p₀, 4 decimals half up, where p is each term's standard price per meal (餐标) when
 *       both terms state one, otherwise each term's meal fees ÷ person-meals served (rounded to 分 half up) when both
 *       state person-meals above 0; otherwise there is no price change.</li>
 * </ul>
 *
 * <p>Every rule value is read through {@link RuleTrace} under the context's {@link VerificationPolicy}, and none is
 * ever refused with an error: a reading below the policy falls back to the example pack's — depreciation counted
 * (full cost), the ingredient share of all revenue (the safer reading for the minimum share) — with an INFO finding; a threshold below the policy is not checked, with an INFO
 * finding naming it. A threshold the policy permits gives a finding when the rounded figure passes it strictly: surplus
 * rate above the maximum (HIGH), ingredient share below the minimum (HIGH), |price change| above the maximum (LOW). A
 * deficit is reported whatever the pack (INFO). Resolve once per jurisdiction and date; immutable and thread-safe.
 */
public final class CanteenAccounting implements Calculator {
  /** The calculator id, {@code anxiao.logistics.canteen-accounting}. */
  public static final CalculatorId ID = CalculatorId.of("anxiao.logistics.canteen-accounting");
  /** The surplus rate is above the pack's maximum. */
  public static final FindingCode SURPLUS_ABOVE_MAX = FindingCode.of("LOGISTICS.CANTEEN.SURPLUS_ABOVE_MAX");
  /** The canteen ran a deficit (cost above revenue). */
  public static final FindingCode DEFICIT = FindingCode.of("LOGISTICS.CANTEEN.DEFICIT");
  /** The ingredient-cost share is below the pack's minimum. */
  public static final FindingCode INGREDIENT_SHARE_BELOW_MIN = FindingCode.of("LOGISTICS.CANTEEN.INGREDIENT_SHARE_BELOW_MIN");
  /** The meal price changed from the previous term by more than the pack's maximum. */
  public static final FindingCode PRICE_CHANGE_ABOVE_MAX = FindingCode.of("LOGISTICS.CANTEEN.PRICE_CHANGE_ABOVE_MAX");
  /** A threshold was not checked: its value is below the verification policy. */
  public static final FindingCode NOT_CHECKED = FindingCode.of("LOGISTICS.CANTEEN.NOT_CHECKED");
  /** The depreciation reading is below the policy: depreciation was counted (the safer reading). */
  public static final FindingCode DEPRECIATION_ASSUMED = FindingCode.of("LOGISTICS.CANTEEN.DEPRECIATION_ASSUMED");
  /** The ingredient-share basis is below the policy: all revenue was taken (the safer reading). */
  public static final FindingCode BASIS_ASSUMED = FindingCode.of("LOGISTICS.CANTEEN.BASIS_ASSUMED");
  /** Decimal places of every ratio: one basis point. */
  static final int RATIO_SCALE = 4;
  /** Rounding of every ratio: half up (四舍五入). */
  static final RoundingMode RATIO_ROUNDING = RoundingMode.HALF_UP;
  private static final MessageCatalog MESSAGES = MessageCatalog.load(CanteenAccounting.class, "messages");

  private final BoundRules<CanteenAccountingRule> rules;
  private final VerificationPolicy policy;

  private CanteenAccounting(BoundRules<CanteenAccountingRule> rules, VerificationPolicy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * {@return the calculator for {@code context}: binds the canteen-accounting pack in force}
   *
   * @param context the registry, jurisdiction, date and policy
   * @throws org.anxiao.core.error.RulePackException when no pack is in force or the packs do not bind
   */
  public static CanteenAccounting in(RuleContext context) {
    Require.nonNull("context", context);
    return new CanteenAccounting(context.bind(CanteenAccountingRule.KIND), context.policy());
  }

  @Override
  public CalculatorId id() {
    return ID;
  }

  @Override
  public List<RuleKind<?>> requirements() {
    return List.of(CanteenAccountingRule.KIND);
  }

  /** {@return the bound rule in force} */
  public BoundRules<CanteenAccountingRule> rules() {
    return rules;
  }

  /**
   * {@return the report of {@code current}, without a price change}
   *
   * @param current the period's accounts
   */
  public CanteenAccountReport assess(CanteenAccounts current) {
    Require.nonNull("current", current);
    return report(current, Optional.empty());
  }

  /**
   * {@return the report of {@code current}, with the price change from {@code previous}}
   *
   * @param current  the period's accounts
   * @param previous the same canteen's accounts of an earlier period, ending on or before {@code current} starts
   * @throws org.anxiao.core.error.InvalidValueException naming {@code previous} when it is another canteen's or does not
   *     end on or before the day {@code current} starts
   */
  public CanteenAccountReport assess(CanteenAccounts current, CanteenAccounts previous) {
    Require.nonNull("current", current);
    Require.nonNull("previous", previous);
    Require.that(previous.canteenId().equals(current.canteenId()), "previous", previous.canteenId(),
        "must be the accounts of the same canteen, " + current.canteenId());
    Require.that(!previous.period().end().isAfter(current.period().start()), "previous", previous.period().code(),
        "must end on or before the current period " + current.period().code() + " starts");
    return report(current, Optional.of(previous));
  }

  private CanteenAccountReport report(CanteenAccounts current, Optional<CanteenAccounts> previous) {
    Subject subject = Subject.of(SubjectKind.of("ACCOUNT"), current.canteenId());
    RuleTrace trace = RuleTrace.under(policy);
    CanteenAccountingRule rule = rules.value();
    List<Finding> findings = new ArrayList<>();

    boolean depreciation = true;
    Optional<AppliedRule> depreciationRule = Optional.empty();
    if (policy.permits(rule.depreciationCounted().verification())) {
      depreciation = trace.use(rule.depreciationCounted());
      depreciationRule = Optional.of(rule.depreciationCounted().applied());
    } else {
      findings.add(info(subject, DEPRECIATION_ASSUMED, rule.depreciationCounted()));
    }
    IngredientShareBasis basis = IngredientShareBasis.ALL_REVENUE;
    if (policy.permits(rule.ingredientShareBasis().verification())) {
      basis = trace.use(rule.ingredientShareBasis());
    } else {
      findings.add(info(subject, BASIS_ASSUMED, rule.ingredientShareBasis()));
    }

    Money revenue = Money.ZERO;
    for (RevenueLine l : current.revenue()) {
      revenue = revenue.plus(l.amount());
    }
    Money mealFees = current.revenueOf(RevenueKind.MEAL_FEES);
    List<Money> byCategory = new ArrayList<>();
    Money cost = Money.ZERO;
    for (CostCategory c : CostCategory.values()) {
      Money amount = current.costOf(c);
      byCategory.add(amount);
      if (c != CostCategory.DEPRECIATION || depreciation) {
        cost = cost.plus(amount);
      }
    }
    Money surplus = revenue.minus(cost);
    Optional<BigDecimal> surplusRate = ratio(surplus, revenue);
    Money ingredients = current.costOf(CostCategory.INGREDIENTS);
    Optional<BigDecimal> ingredientShare = ratio(ingredients, basis == IngredientShareBasis.MEAL_FEES ? mealFees : revenue);
    List<CostShare> breakdown = new ArrayList<>();
    for (CostCategory c : CostCategory.values()) {
      boolean counted = c != CostCategory.DEPRECIATION || depreciation;
      Money amount = byCategory.get(c.ordinal());
      breakdown.add(new CostShare(c, amount, counted, counted ? ratio(amount, cost) : Optional.empty()));
    }
    Optional<PriceChange> priceChange = previous.flatMap(p -> priceChange(p, current));

    RuleValue<BigDecimal> maxSurplus = rule.maxSurplusRate();
    if (policy.permits(maxSurplus.verification())) {
      BigDecimal max = trace.use(maxSurplus);
      if (surplusRate.isPresent() && surplusRate.get().compareTo(max) > 0) {
        findings.add(Finding.builder().code(SURPLUS_ABOVE_MAX).severity(Severity.HIGH).subject(subject)
            .message(MESSAGES.format(SURPLUS_ABOVE_MAX, surplusRate.get().toPlainString(), max.toPlainString(),
                surplus.value().toPlainString(), revenue.value().toPlainString()))
            .rules(List.of(maxSurplus.applied())).build());
      }
    } else {
      findings.add(info(subject, NOT_CHECKED, maxSurplus));
    }
    RuleValue<BigDecimal> minShare = rule.minIngredientShare();
    if (policy.permits(minShare.verification())) {
      BigDecimal min = trace.use(minShare);
      if (ingredientShare.isPresent() && ingredientShare.get().compareTo(min) < 0) {
        List<AppliedRule> cited = new ArrayList<>(List.of(minShare.applied()));
        if (policy.permits(rule.ingredientShareBasis().verification())) {
          cited.add(rule.ingredientShareBasis().applied());
        }
        findings.add(Finding.builder().code(INGREDIENT_SHARE_BELOW_MIN).severity(Severity.HIGH).subject(subject)
            .message(MESSAGES.format(INGREDIENT_SHARE_BELOW_MIN, ingredientShare.get().toPlainString(),
                min.toPlainString(), ingredients.value().toPlainString(), basis.name()))
            .rules(cited).build());
      }
    } else {
      findings.add(info(subject, NOT_CHECKED, minShare));
    }
    if (previous.isPresent()) {
      RuleValue<BigDecimal> maxChange = rule.maxPriceChange();
      if (policy.permits(maxChange.verification())) {
        BigDecimal max = trace.use(maxChange);
        Optional<BigDecimal> change = priceChange.flatMap(PriceChange::change);
        if (change.isPresent() && change.get().abs().compareTo(max) > 0) {
          PriceChange p = priceChange.orElseThrow();
          findings.add(Finding.builder().code(PRICE_CHANGE_ABOVE_MAX).severity(Severity.LOW).subject(subject)
              .message(MESSAGES.format(PRICE_CHANGE_ABOVE_MAX, change.get().toPlainString(), max.toPlainString(),
                  p.previous().value().toPlainString(), p.current().value().toPlainString()))
              .rules(List.of(maxChange.applied())).build());
        }
      } else {
        findings.add(info(subject, NOT_CHECKED, maxChange));
      }
    }
    if (surplus.isNegative()) {
      findings.add(Finding.builder().code(DEFICIT).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(DEFICIT, surplus.value().negate().toPlainString(), cost.value().toPlainString(),
              revenue.value().toPlainString()))
          .rules(depreciationRule.map(List::of).orElse(List.of())).build());
    }
    return new CanteenAccountReport(subject, current, previous, revenue, mealFees, cost, depreciation, surplus,
        surplusRate, basis, ingredientShare, breakdown, priceChange, trace.applied(), rules.packs(), findings);
  }

  /** The price change from {@code previous} to {@code current}, when both give a meal price. */
  private static Optional<PriceChange> priceChange(CanteenAccounts previous, CanteenAccounts current) {
    if (previous.standardPrice().isPresent() && current.standardPrice().isPresent()) {
      return Optional.of(change(PriceBasis.STANDARD_PRICE, previous.standardPrice().get(), current.standardPrice().get()));
    }
    Optional<Money> p0 = averageFee(previous);
    Optional<Money> p1 = averageFee(current);
    if (p0.isPresent() && p1.isPresent()) {
      return Optional.of(change(PriceBasis.AVERAGE_MEAL_FEE, p0.get(), p1.get()));
    }
    return Optional.empty();
  }

  private static PriceChange change(PriceBasis basis, Money p0, Money p1) {
    return new PriceChange(basis, p0, p1, ratio(p1.minus(p0), p0));
  }

  /** Meal fees ÷ person-meals, to 分 half up; empty without person-meals above 0. */
  private static Optional<Money> averageFee(CanteenAccounts accounts) {
    return accounts.personMeals().filter(n -> n > 0).map(n -> Money.ofYuan(accounts.revenueOf(RevenueKind.MEAL_FEES)
        .value().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)));
  }

  /** {@code numerator ÷ denominator} to 4 decimals half up; empty for a zero denominator. */
  static Optional<BigDecimal> ratio(Money numerator, Money denominator) {
    if (denominator.value().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.ratioTo(denominator, RATIO_SCALE, RATIO_ROUNDING));
  }

  /** Refuses a share outside [0, 1], naming {@code field}. */
  static BigDecimal requireUnit(String field, BigDecimal share) {
    org.anxiao.core.internal.Bounds.decimal(field, share);
    Require.that(share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0, field, share.toPlainString(),
        "must lie in [0, 1]");
    return share;
  }

  private static Finding info(Subject subject, FindingCode code, RuleValue<?> refused) {
    AppliedRule r = refused.applied();
    return Finding.builder().code(code).severity(Severity.INFO).subject(subject)
        .message(MESSAGES.format(code, r.parameter(), r.pack().toString(), r.verification().name())).build();
  }

  @Override
  public String toString() {
    return ID + " " + rules.packs() + " " + policy;
  }
}

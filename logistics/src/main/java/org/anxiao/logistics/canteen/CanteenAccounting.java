package org.anxiao.logistics.canteen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anxiao.core.calc.Calculator;
import org.anxiao.core.calc.CalculatorId;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.finding.FindingCode;
import org.anxiao.core.finding.MessageCatalog;
import org.anxiao.core.finding.Severity;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.BoundRules;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.RuleValue;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.text.LocalizedText;
import org.anxiao.logistics.internal.Ratios;

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
 * ever refused with an error. A reading below the policy does not stop the figures: they are computed under the
 * example pack's reading — depreciation counted (full cost, 全成本: a deficit shows sooner, but the surplus and so the
 * surplus rate come out lower), the ingredient share of all revenue (the larger basis gives the smaller share, so the
 * minimum is the harder to meet) — with an INFO finding saying so ({@link #DEPRECIATION_ASSUMED},
 * {@link #BASIS_ASSUMED}, citing the refused value). A check is never run on such an assumed reading: each threshold
 * check rests on its threshold and its reading — the surplus-rate maximum on {@code maxSurplusRate} and
 * {@code depreciationCounted}, the ingredient-share minimum on {@code minIngredientShare} and
 * {@code ingredientShareBasis}, the price-change maximum on {@code maxPriceChange} alone — and when any of them is
 * below the policy the check is skipped with one INFO {@link #NOT_CHECKED} citing the values refused. A check that
 * runs compares the exact quotient with its threshold ({@link Ratios#exceeds}, {@link Ratios#fallsShort}), never the
 * rounded figure, so rounding never hides a breach: surplus ÷ revenue above the maximum (HIGH), ingredients ÷ basis
 * below the minimum (HIGH), |p₁ − p₀| ÷ p₀ above the maximum (LOW); each finding cites every rule value its check
 * rests on. A deficit is reported whatever the pack (INFO, citing {@code depreciationCounted} when read). Resolve once
 * per jurisdiction and date; immutable and thread-safe.
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
  /** A threshold was not checked: a rule value it rests on is below the verification policy. */
  public static final FindingCode NOT_CHECKED = FindingCode.of("LOGISTICS.CANTEEN.NOT_CHECKED");
  /**
   * The depreciation reading is below the policy: the figures count depreciation, the example pack's reading (full
   * cost: a deficit shows sooner, the surplus is lower), and the surplus-rate maximum is not checked.
   */
  public static final FindingCode DEPRECIATION_ASSUMED = FindingCode.of("LOGISTICS.CANTEEN.DEPRECIATION_ASSUMED");
  /**
   * The ingredient-share basis is below the policy: the figures take the share of all revenue, the example pack's
   * reading (the smaller share, the harder minimum), and the ingredient-share minimum is not checked.
   */
  public static final FindingCode BASIS_ASSUMED = FindingCode.of("LOGISTICS.CANTEEN.BASIS_ASSUMED");
  /** The subject kind of a canteen's accounts, {@code ACCOUNT} (核算账户; contributed by the logistics vocabulary). */
  static final SubjectKind ACCOUNT = SubjectKind.of("ACCOUNT");
  /** The example pack's depreciation reading, the figures' reading when the pack's value is below the policy. */
  private static final boolean EXAMPLE_DEPRECIATION_COUNTED = true;
  /** The example pack's ingredient-share basis, the figures' reading when the pack's value is below the policy. */
  private static final IngredientShareBasis EXAMPLE_BASIS = IngredientShareBasis.ALL_REVENUE;
  private static final LocalizedText SURPLUS_CHECK = LocalizedText.of("盈余率上限", "surplus-rate maximum");
  private static final LocalizedText SHARE_CHECK = LocalizedText.of("食材成本占比下限", "ingredient-share minimum");
  private static final LocalizedText PRICE_CHECK = LocalizedText.of("餐价变动上限", "price-change maximum");
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
    Subject subject = Subject.of(ACCOUNT, current.canteenId());
    RuleTrace trace = RuleTrace.under(policy);
    CanteenAccountingRule rule = rules.value();
    List<Finding> findings = new ArrayList<>();

    RuleValue<Boolean> depreciationValue = rule.depreciationCounted();
    boolean depreciationRead = policy.permits(depreciationValue.verification());
    boolean depreciation = EXAMPLE_DEPRECIATION_COUNTED;
    if (depreciationRead) {
      depreciation = trace.use(depreciationValue);
    } else {
      findings.add(refused(subject, DEPRECIATION_ASSUMED, depreciationValue));
    }
    RuleValue<IngredientShareBasis> basisValue = rule.ingredientShareBasis();
    IngredientShareBasis basis = EXAMPLE_BASIS;
    if (policy.permits(basisValue.verification())) {
      basis = trace.use(basisValue);
    } else {
      findings.add(refused(subject, BASIS_ASSUMED, basisValue));
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
    Optional<BigDecimal> surplusRate = share(surplus, revenue);
    Money ingredients = current.costOf(CostCategory.INGREDIENTS);
    Money basisAmount = basis == IngredientShareBasis.MEAL_FEES ? mealFees : revenue;
    Optional<BigDecimal> ingredientShare = share(ingredients, basisAmount);
    List<CostShare> breakdown = new ArrayList<>();
    for (CostCategory c : CostCategory.values()) {
      boolean counted = c != CostCategory.DEPRECIATION || depreciation;
      Money amount = byCategory.get(c.ordinal());
      breakdown.add(new CostShare(c, amount, counted, counted ? share(amount, cost) : Optional.empty()));
    }
    Optional<PriceChange> priceChange = previous.flatMap(p -> priceChange(p, current));

    RuleValue<BigDecimal> maxSurplus = rule.maxSurplusRate();
    List<RuleValue<?>> surplusRests = List.of(maxSurplus, depreciationValue);
    if (permitsAll(surplusRests)) {
      BigDecimal max = trace.use(maxSurplus);
      if (revenue.value().signum() > 0 && Ratios.exceeds(surplus.value(), revenue.value(), max)) {
        findings.add(Finding.builder().code(SURPLUS_ABOVE_MAX).severity(Severity.HIGH).subject(subject)
            .message(MESSAGES.format(SURPLUS_ABOVE_MAX, surplusRate.orElseThrow().toPlainString(), max.toPlainString(),
                surplus.value().toPlainString(), revenue.value().toPlainString()))
            .rules(applied(surplusRests)).build());
      }
    } else {
      findings.add(notChecked(subject, SURPLUS_CHECK, surplusRests));
    }
    RuleValue<BigDecimal> minShare = rule.minIngredientShare();
    List<RuleValue<?>> shareRests = List.of(minShare, basisValue);
    if (permitsAll(shareRests)) {
      BigDecimal min = trace.use(minShare);
      if (basisAmount.value().signum() > 0 && Ratios.fallsShort(ingredients.value(), basisAmount.value(), min)) {
        findings.add(Finding.builder().code(INGREDIENT_SHARE_BELOW_MIN).severity(Severity.HIGH).subject(subject)
            .message(MESSAGES.format(INGREDIENT_SHARE_BELOW_MIN, ingredientShare.orElseThrow().toPlainString(),
                min.toPlainString(), ingredients.value().toPlainString(), basis.name()))
            .rules(applied(shareRests)).build());
      }
    } else {
      findings.add(notChecked(subject, SHARE_CHECK, shareRests));
    }
    if (previous.isPresent()) {
      RuleValue<BigDecimal> maxChange = rule.maxPriceChange();
      List<RuleValue<?>> priceRests = List.of(maxChange);
      if (permitsAll(priceRests)) {
        BigDecimal max = trace.use(maxChange);
        // |p1 − p0| ÷ p0 > max, exactly; no change to check when p0 is 0.
        priceChange.filter(p -> p.previous().value().signum() > 0
                && Ratios.exceeds(p.current().minus(p.previous()).value().abs(), p.previous().value(), max))
            .ifPresent(p -> findings.add(Finding.builder().code(PRICE_CHANGE_ABOVE_MAX).severity(Severity.LOW)
                .subject(subject).message(MESSAGES.format(PRICE_CHANGE_ABOVE_MAX, p.change().orElseThrow()
                    .toPlainString(), max.toPlainString(), p.previous().value().toPlainString(),
                    p.current().value().toPlainString()))
                .rules(applied(priceRests)).build()));
      } else {
        findings.add(notChecked(subject, PRICE_CHECK, priceRests));
      }
    }
    if (surplus.isNegative()) {
      findings.add(Finding.builder().code(DEFICIT).severity(Severity.INFO).subject(subject)
          .message(MESSAGES.format(DEFICIT, surplus.value().negate().toPlainString(), cost.value().toPlainString(),
              revenue.value().toPlainString()))
          .rules(depreciationRead ? List.of(depreciationValue.applied()) : List.of()).build());
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
    return new PriceChange(basis, p0, p1, share(p1.minus(p0), p0));
  }

  /** Meal fees ÷ person-meals, to 分 half up; empty without person-meals above 0. */
  private static Optional<Money> averageFee(CanteenAccounts accounts) {
    return accounts.personMeals().filter(n -> n > 0).map(n -> Money.ofYuan(accounts.revenueOf(RevenueKind.MEAL_FEES)
        .value().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)));
  }

  /** {@code numerator ÷ denominator} by {@link Ratios#share}: 4 decimals half up; empty for a zero denominator. */
  private static Optional<BigDecimal> share(Money numerator, Money denominator) {
    return Ratios.share(numerator.value(), denominator.value());
  }

  /** Refuses a share outside [0, 1], naming {@code field}. */
  static BigDecimal requireUnit(String field, BigDecimal share) {
    Bounds.decimal(field, share);
    Require.that(share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0, field, share.toPlainString(),
        "must lie in [0, 1]");
    return share;
  }

  private boolean permitsAll(List<RuleValue<?>> values) {
    return values.stream().allMatch(v -> policy.permits(v.verification()));
  }

  private static List<AppliedRule> applied(List<RuleValue<?>> values) {
    return values.stream().<AppliedRule>map(RuleValue::applied).toList();
  }

  /** The INFO finding of a reading below the policy, citing the refused value. */
  private static Finding refused(Subject subject, FindingCode code, RuleValue<?> value) {
    AppliedRule r = value.applied();
    return Finding.builder().code(code).severity(Severity.INFO).subject(subject)
        .message(MESSAGES.format(code, r.parameter(), r.pack().toString(), r.verification().name()))
        .rules(List.of(r)).build();
  }

  /** The INFO finding of a check skipped, citing each value it rests on that is below the policy. */
  private Finding notChecked(Subject subject, LocalizedText check, List<RuleValue<?>> rests) {
    List<AppliedRule> below = rests.stream().filter(v -> !policy.permits(v.verification()))
        .<AppliedRule>map(RuleValue::applied).toList();
    String zh = below.stream().map(r -> r.pack() + "的" + r.parameter() + "为" + r.verification().name())
        .collect(Collectors.joining("，"));
    String en = below.stream().map(r -> r.parameter() + " of " + r.pack() + " is " + r.verification().name())
        .collect(Collectors.joining(", "));
    return Finding.builder().code(NOT_CHECKED).severity(Severity.INFO).subject(subject)
        .message(MESSAGES.format(NOT_CHECKED, check.zh(), check.en(), zh, en)).rules(below).build();
  }

  @Override
  public String toString() {
    return ID + " " + rules.packs() + " " + policy;
  }
}

package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.money.Money;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.time.Period;
import org.anxiao.logistics.canteen.CanteenAccounting;
import org.anxiao.logistics.canteen.CanteenAccountingRule;
import org.anxiao.logistics.canteen.CanteenAccounts;
import org.anxiao.logistics.canteen.CostCategory;
import org.anxiao.logistics.canteen.CostLine;
import org.anxiao.logistics.canteen.RevenueKind;
import org.anxiao.logistics.canteen.RevenueLine;
import org.quicktheories.core.Gen;

/**
 * Canteen accounts at and beside the thresholds of the shipped example pack
 * {@code cn.example.canteen-accounting} (UNVERIFIED: read only under {@code ALLOW_UNVERIFIED}): the
 * surplus rate at {@code maxSurplusRate}, the ingredient share at {@code minIngredientShare}, the
 * price change at {@code maxPriceChange}, one fen either side, and deficits. The thresholds are read
 * from the pack through {@link CanteenAccounting#rules()}, never re-typed.
 */
public final class CanteenEdgeCases {
  /** The jurisdiction the example pack is read in: Minhang, Shanghai (its pack is the country's). */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("310112");
  /** The day the example pack is read on (in force from 2024-02-22). */
  public static final LocalDate DAY = LocalDate.of(2024, 12, 1);
  private static final Period TERM = CanteenGenerators.term(12);
  private static final Period PREVIOUS = CanteenGenerators.term(11);

  private CanteenEdgeCases() {}

  /** {@return the context of the example pack: {@link #JURISDICTION} on {@link #DAY} under {@code policy}}
   *
   * @param policy the verification policy
   */
  public static RuleContext context(VerificationPolicy policy) {
    return RuleContext.standard(JURISDICTION, DAY).withPolicy(policy);
  }

  /** {@return the example pack's rule, its UNVERIFIED values read with the caller's consent} */
  public static CanteenAccountingRule exampleRule() {
    return CanteenAccounting.in(context(VerificationPolicy.ALLOW_UNVERIFIED)).rules().value();
  }

  /** {@return revenue totals of a term: 10 000 to 2 000 000 yuan, whole yuan, so a ratio of it lands on a fen} */
  public static Gen<Long> revenueTotals() {
    return longs().between(10_000, 2_000_000).map(y -> y * 100);
  }

  /**
   * {@return accounts whose exact surplus rate is the pack's {@code maxSurplusRate}, or one fen of surplus below
   * or above it; the ingredient share is at or above its minimum}
   */
  public static Gen<CanteenAccounts> surplusRateBoundaries() {
    CanteenAccountingRule rule = exampleRule();
    BigDecimal max = rule.maxSurplusRate().value();
    BigDecimal min = rule.minIngredientShare().value();
    return revenueTotals().zip(integers().between(-1, 1), (revenue, delta) -> {
      long surplus = share(revenue, max, RoundingMode.CEILING) + delta;
      long ingredients = share(revenue, min, RoundingMode.CEILING);
      return simple(TERM, revenue, ingredients, revenue - surplus - ingredients);
    });
  }

  /**
   * {@return accounts whose exact ingredient share (of all revenue) is the pack's {@code minIngredientShare}, or one
   * fen of ingredients below or above it; the surplus rate is half its maximum}
   */
  public static Gen<CanteenAccounts> ingredientShareBoundaries() {
    CanteenAccountingRule rule = exampleRule();
    BigDecimal max = rule.maxSurplusRate().value();
    BigDecimal min = rule.minIngredientShare().value();
    return revenueTotals().zip(integers().between(-1, 1), (revenue, delta) -> {
      long ingredients = share(revenue, min, RoundingMode.CEILING) + delta;
      long surplus = share(revenue, max, RoundingMode.FLOOR) / 2;
      return simple(TERM, revenue, ingredients, revenue - surplus - ingredients);
    });
  }

  /**
   * {@return a term and its previous term whose standard prices (餐标) change by exactly the pack's
   * {@code maxPriceChange}, or by one fen less or more}
   */
  public static Gen<CanteenTerms> priceChangeBoundaries() {
    BigDecimal max = exampleRule().maxPriceChange().value();
    return longs().between(30, 300).zip(integers().between(-1, 1), (dimes, delta) -> {
      long previous = dimes * 10;
      long current = BigDecimal.valueOf(previous).multiply(BigDecimal.ONE.add(max)).setScale(0, RoundingMode.CEILING)
          .longValueExact() + delta;
      return new CanteenTerms(priced(TERM, current), priced(PREVIOUS, previous));
    });
  }

  /** {@return accounts whose costs exceed their revenue, by one fen up to a tenth of the revenue} */
  public static Gen<CanteenAccounts> deficits() {
    return revenueTotals().zip(longs().between(1, 1_000_000), (revenue, over) -> {
      long deficit = Math.min(over, Math.max(1, revenue / 10));
      long ingredients = revenue * 6 / 10;
      return simple(TERM, revenue, ingredients, revenue + deficit - ingredients);
    });
  }

  /** {@return every edge case above, the price cases as their current term only} */
  public static Gen<CanteenAccounts> all() {
    return integers().between(0, 3).flatMap(k -> switch (k) {
      case 0 -> surplusRateBoundaries();
      case 1 -> ingredientShareBoundaries();
      case 2 -> priceChangeBoundaries().map(CanteenTerms::current);
      default -> deficits();
    });
  }

  /** {@code fen × ratio} in whole fen, rounded {@code mode}. */
  private static long share(long fen, BigDecimal ratio, RoundingMode mode) {
    return BigDecimal.valueOf(fen).multiply(ratio).setScale(0, mode).longValueExact();
  }

  /** Revenue as 80 % meal fees and 20 % subsidies; costs as ingredients and labour (labour not below 0). */
  private static CanteenAccounts simple(Period term, long revenue, long ingredients, long labour) {
    long meals = revenue * 8 / 10;
    return new CanteenAccounts("1.0", CanteenGenerators.CANTEEN_ID, CanteenGenerators.CANTEEN_NAME, term,
        List.of(RevenueLine.of(RevenueKind.MEAL_FEES, CanteenGenerators.fen(meals)),
            RevenueLine.of(RevenueKind.SUBSIDIES, CanteenGenerators.fen(revenue - meals))),
        List.of(CostLine.of(CostCategory.INGREDIENTS, CanteenGenerators.fen(Math.max(0, ingredients))),
            CostLine.of(CostCategory.LABOUR, CanteenGenerators.fen(Math.max(0, labour)))),
        Optional.empty(), Optional.empty());
  }

  /** A term of 100 000.00 yuan meal fees, 65 % ingredients, 33 % labour, at a standard price of {@code fen}. */
  private static CanteenAccounts priced(Period term, long fen) {
    Money price = CanteenGenerators.fen(fen);
    return new CanteenAccounts("1.0", CanteenGenerators.CANTEEN_ID, CanteenGenerators.CANTEEN_NAME, term,
        List.of(RevenueLine.of(RevenueKind.MEAL_FEES, Money.ofYuan("100000.00"))),
        List.of(CostLine.of(CostCategory.INGREDIENTS, Money.ofYuan("65000.00")),
            CostLine.of(CostCategory.LABOUR, Money.ofYuan("33000.00"))),
        Optional.empty(), Optional.of(price));
  }
}

package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.anxiao.core.money.Money;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.testkit.gen.InvalidInput;
import org.anxiao.logistics.canteen.CanteenAccountReport;
import org.anxiao.logistics.canteen.CanteenAccounting;
import org.anxiao.logistics.canteen.CanteenAccounts;
import org.anxiao.logistics.canteen.CostCategory;
import org.anxiao.logistics.canteen.RevenueKind;
import org.quicktheories.core.Gen;

/**
 * Invalid canteen inputs, each labelled with the error the library raises: negative money
 * ({@code INVALID_VALUE} naming {@code revenue[i].amount}, {@code costs[i].amount} or {@code standardPrice}),
 * negative person-meals ({@code personMeals}), and a previous term that is another canteen's or does not
 * end before the current one starts ({@code INVALID_VALUE} naming {@code previous}).
 */
public final class CanteenInvalidInputs {
  private CanteenInvalidInputs() {}

  /** {@return a negative amount of at least one fen} */
  private static Gen<Money> negativeAmounts() {
    return longs().between(-10_000_000L, -1).map(CanteenGenerators::fen);
  }

  /** {@return a revenue line of negative amount after 0–5 valid ones: INVALID_VALUE naming revenue[i].amount} */
  public static Gen<InvalidInput<CanteenAccounts>> negativeRevenue() {
    return integers().between(0, 5).zip(negativeAmounts(), (valid, bad) -> InvalidInput.of(
        "revenue line " + valid + " of " + bad, "INVALID_VALUE", "revenue[" + valid + "].amount", () -> {
          CanteenAccounts.Builder b = CanteenAccounts.builder(CanteenGenerators.CANTEEN_ID, CanteenGenerators.CANTEEN_NAME,
              CanteenGenerators.term(12));
          for (int i = 0; i < valid; i++) {
            b.revenue(RevenueKind.MEAL_FEES, Money.ofYuan("100.00"));
          }
          return b.revenue(RevenueKind.SUBSIDIES, bad).build();
        }));
  }

  /** {@return a cost line of negative amount after 0–5 valid ones: INVALID_VALUE naming costs[i].amount} */
  public static Gen<InvalidInput<CanteenAccounts>> negativeCosts() {
    return integers().between(0, 5).zip(negativeAmounts(), (valid, bad) -> InvalidInput.of(
        "cost line " + valid + " of " + bad, "INVALID_VALUE", "costs[" + valid + "].amount", () -> {
          CanteenAccounts.Builder b = CanteenAccounts.builder(CanteenGenerators.CANTEEN_ID, CanteenGenerators.CANTEEN_NAME,
              CanteenGenerators.term(12));
          for (int i = 0; i < valid; i++) {
            b.cost(CostCategory.INGREDIENTS, Money.ofYuan("100.00"));
          }
          return b.cost(CostCategory.LABOUR, bad).build();
        }));
  }

  /** {@return a negative standard price (餐标): INVALID_VALUE naming standardPrice} */
  public static Gen<InvalidInput<CanteenAccounts>> negativeStandardPrices() {
    return negativeAmounts().map(bad -> InvalidInput.of("standard price " + bad, "INVALID_VALUE", "standardPrice",
        () -> CanteenAccounts.builder(CanteenGenerators.CANTEEN_ID, CanteenGenerators.CANTEEN_NAME,
            CanteenGenerators.term(12)).standardPrice(bad).build()));
  }

  /** {@return negative person-meals: INVALID_VALUE naming personMeals} */
  public static Gen<InvalidInput<CanteenAccounts>> negativePersonMeals() {
    return longs().between(-1_000_000L, -1).map(bad -> InvalidInput.of("person-meals " + bad, "INVALID_VALUE",
        "personMeals", () -> CanteenAccounts.builder(CanteenGenerators.CANTEEN_ID, CanteenGenerators.CANTEEN_NAME,
            CanteenGenerators.term(12)).personMeals(bad).build()));
  }

  /**
   * {@return a previous term that is not earlier (the same or a later semester) or another canteen's:
   * INVALID_VALUE naming previous}
   */
  public static Gen<InvalidInput<CanteenAccountReport>> badPreviousTerms() {
    CanteenAccounting calculator = CanteenAccounting.in(CanteenEdgeCases.context(VerificationPolicy.ALLOW_UNVERIFIED));
    return CanteenGenerators.withPrevious().zip(integers().between(0, 1), (t, kind) -> kind == 0
        ? InvalidInput.of("previous term " + t.current().period().code() + " not before itself", "INVALID_VALUE",
            "previous", () -> calculator.assess(t.previous(), t.current()))
        : InvalidInput.of("previous term of canteen C2", "INVALID_VALUE", "previous",
            () -> calculator.assess(t.current(), new CanteenAccounts(t.previous().schemaVersion(), "C2",
                t.previous().canteenName(), t.previous().period(), t.previous().revenue(), t.previous().costs(),
                t.previous().personMeals(), t.previous().standardPrice()))));
  }

  /** {@return every invalid account above} */
  public static Gen<InvalidInput<CanteenAccounts>> accounts() {
    return integers().between(0, 3).flatMap(k -> switch (k) {
      case 0 -> negativeRevenue();
      case 1 -> negativeCosts();
      case 2 -> negativeStandardPrices();
      default -> negativePersonMeals();
    });
  }
}

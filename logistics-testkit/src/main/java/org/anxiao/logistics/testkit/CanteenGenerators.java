package org.anxiao.logistics.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.money.Money;
import org.anxiao.core.time.Period;
import org.anxiao.logistics.canteen.CanteenAccounts;
import org.anxiao.logistics.canteen.CostCategory;
import org.anxiao.logistics.canteen.CostLine;
import org.anxiao.logistics.canteen.RevenueKind;
import org.anxiao.logistics.canteen.RevenueLine;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid canteen accounts (学生食堂核算): revenue lines by kind, cost lines by category,
 * person-meals (供餐人次), the standard price per meal (餐标) and a previous term of the same canteen.
 * Amounts are yuan with fen, zero or more; terms are semesters (学期) from AY2018-2019-S1 to AY2029-2030-S2.
 */
public final class CanteenGenerators {
  /** The canteen id every generated account carries, so that a previous term can be paired with it. */
  public static final String CANTEEN_ID = "C1";
  /** The canteen name every generated account carries. */
  public static final String CANTEEN_NAME = "示例学校学生食堂";
  private static final int FIRST_YEAR = 2018;
  private static final int SEMESTERS = 24;

  private CanteenGenerators() {}

  /** {@return amounts of one line: 0.00 to 400 000.00 yuan, in fen} */
  public static Gen<Money> amounts() {
    return longs().between(0, 40_000_000L).map(CanteenGenerators::fen);
  }

  /** {@return revenue lines of every kind, amounts as {@link #amounts()}} */
  public static Gen<RevenueLine> revenueLines() {
    return Generate.enumValues(RevenueKind.class).zip(amounts(), RevenueLine::of);
  }

  /** {@return cost lines of every category, amounts as {@link #amounts()}} */
  public static Gen<CostLine> costLines() {
    return Generate.enumValues(CostCategory.class).zip(amounts(), CostLine::of);
  }

  /** {@return lists of 0 to 10 cost lines: one term's costs} */
  public static Gen<List<CostLine>> costLineLists() {
    return lists().of(costLines()).ofSizeBetween(0, 10);
  }

  /** {@return lists of 0 to 8 revenue lines: one term's revenue} */
  public static Gen<List<RevenueLine>> revenueLineLists() {
    return lists().of(revenueLines()).ofSizeBetween(0, 8);
  }

  /** {@return the index of a semester, 0 for AY2018-2019-S1 to 23 for AY2029-2030-S2} */
  public static Gen<Integer> termIndexes() {
    return integers().between(1, SEMESTERS - 1);
  }

  /**
   * {@return the semester of index {@code n}: year {@code 2018 + n / 2}, S1 for even n, S2 for odd}
   *
   * @param n the index, 0 or more
   */
  public static Period term(int n) {
    int year = FIRST_YEAR + n / 2;
    return Period.parse("AY" + year + "-" + (year + 1) + "-S" + (n % 2 + 1));
  }

  /** {@return semesters (学期) AY2018-2019-S2 to AY2029-2030-S2} */
  public static Gen<Period> terms() {
    return termIndexes().map(CanteenGenerators::term);
  }

  /** {@return person-meals served in a term (供餐人次): 0 to 400 000} */
  public static Gen<Long> personMeals() {
    return longs().between(0, 400_000L);
  }

  /** {@return standard prices per meal (餐标): 3.00 to 30.00 yuan} */
  public static Gen<Money> standardPrices() {
    return longs().between(300, 3000).map(CanteenGenerators::fen);
  }

  /** {@return valid accounts of canteen {@link #CANTEEN_ID} for one of {@link #terms()}} */
  public static Gen<CanteenAccounts> accounts() {
    return terms().flatMap(CanteenGenerators::accountsFor);
  }

  /**
   * {@return valid accounts of canteen {@link #CANTEEN_ID} for {@code term}, with person-meals and a standard
   * price each present about half the time}
   *
   * @param term the accounting period
   */
  public static Gen<CanteenAccounts> accountsFor(Period term) {
    Gen<Optional<Long>> meals = booleans().all().zip(personMeals(), (b, n) -> b ? Optional.of(n) : Optional.empty());
    Gen<Optional<Money>> price = booleans().all().zip(standardPrices(), (b, p) -> b ? Optional.of(p) : Optional.empty());
    return revenueLineLists().zip(costLineLists(), meals, price,
        (revenue, costs, n, p) -> new CanteenAccounts("1.0", CANTEEN_ID, CANTEEN_NAME, term, revenue, costs, n, p));
  }

  /** {@return a term's accounts with the same canteen's accounts of an earlier term} */
  public static Gen<CanteenTerms> withPrevious() {
    return termIndexes().flatMap(n -> integers().between(0, n - 1)
        .flatMap(p -> accountsFor(term(n)).zip(accountsFor(term(p)), CanteenTerms::new)));
  }

  /**
   * {@return {@code cents} fen as money}
   *
   * @param cents the amount in fen
   */
  public static Money fen(long cents) {
    return Money.ofYuan(BigDecimal.valueOf(cents, 2));
  }
}

package org.anxiao.logistics.canteen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.json.DocumentType;
import org.anxiao.core.money.Money;
import org.anxiao.core.time.Period;

/**
 * A canteen's accounts for one period (食堂收支账): the revenue and cost lines of one canteen, in exact yuan, for the
 * cost and price accounting 沪教委后〔2024〕10号 §四1 asks of every school canteen (做好成本和价格核算). A top-level JSON
 * document of type {@code canteen-accounts}, published with its schema ({@value #SCHEMA_RESOURCE} in the logistics jar);
 * money on the wire is {@code {"value": "12.30", "unit": "CNY"}} and any other unit is refused naming its field.
 *
 * <p>Every amount is zero or more: a refund is booked against the line it refunds, never as a negative line. Several
 * lines may share a kind or category; totals are their exact sums, in any order. Immutable and thread-safe.
 *
 * @param schemaVersion the wire-format version
 * @param canteenId     the canteen's id (the subject of kind {@code ACCOUNT} of the report)
 * @param canteenName   the canteen's name, one line
 * @param period        the accounting period, typically a {@link org.anxiao.core.time.Semester} (学期)
 * @param revenue       the revenue lines, amounts zero or more, at most 100 000
 * @param costs         the cost lines, amounts zero or more, at most 100 000
 * @param personMeals   person-meals served in the period (供餐人次), if counted; 0 to 10 000 000
 * @param standardPrice the standard price per meal (餐标) in yuan, if the canteen has one
 */
public record CanteenAccounts(String schemaVersion, String canteenId, String canteenName, Period period,
    List<RevenueLine> revenue, List<CostLine> costs, Optional<Long> personMeals, Optional<Money> standardPrice) {
  /** Where the schema is in the logistics jar. */
  public static final String SCHEMA_RESOURCE = "META-INF/anxiao/schemas/logistics/canteen-accounts.schema.json";
  /** The document type {@code canteen-accounts}. */
  public static final DocumentType<CanteenAccounts> DOCUMENT = DocumentType.of("canteen-accounts",
      CanteenAccounts.class, CanteenAccounts.class.getModule(), SCHEMA_RESOURCE);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param schemaVersion the wire-format version
   * @param canteenId     the canteen's id
   * @param canteenName   the canteen's name
   * @param period        the accounting period
   * @param revenue       the revenue lines
   * @param costs         the cost lines
   * @param personMeals   person-meals served, if counted
   * @param standardPrice the standard price per meal, if any
   * @throws InvalidValueException for a negative standard price, naming {@code standardPrice}
   */
  public CanteenAccounts {
    Bounds.schemaVersion("schemaVersion", schemaVersion);
    Bounds.code("canteenId", canteenId);
    Bounds.line("canteenName", canteenName);
    Require.nonNull("period", period);
    revenue = Bounds.list("revenue", revenue);
    costs = Bounds.list("costs", costs);
    Require.nonNull("personMeals", personMeals);
    personMeals.ifPresent(n -> Bounds.count("personMeals", n.longValue()));
    Require.nonNull("standardPrice", standardPrice);
    standardPrice.ifPresent(p -> nonNegative("standardPrice", p));
  }

  /**
   * {@return a builder of the accounts of {@code canteenId} for {@code period}, of the current wire-format version}
   *
   * @param canteenId   the canteen's id
   * @param canteenName the canteen's name
   * @param period      the accounting period
   */
  public static Builder builder(String canteenId, String canteenName, Period period) {
    return new Builder(Bounds.code("canteenId", canteenId), Bounds.line("canteenName", canteenName),
        Require.nonNull("period", period));
  }

  /**
   * {@return the exact sum of the revenue lines of {@code kind}}
   *
   * @param kind the revenue kind
   */
  public Money revenueOf(RevenueKind kind) {
    Require.nonNull("kind", kind);
    Money sum = Money.ZERO;
    for (RevenueLine l : revenue) {
      if (l.kind() == kind) {
        sum = sum.plus(l.amount());
      }
    }
    return sum;
  }

  /**
   * {@return the exact sum of the cost lines of {@code category}}
   *
   * @param category the cost category
   */
  public Money costOf(CostCategory category) {
    Require.nonNull("category", category);
    Money sum = Money.ZERO;
    for (CostLine l : costs) {
      if (l.category() == category) {
        sum = sum.plus(l.amount());
      }
    }
    return sum;
  }

  /** {@return the accounts as compact JSON} */
  public String toJson() {
    return AnxiaoJson.strict().write(this);
  }

  /** Refuses a negative amount, naming {@code field}. */
  static Money nonNegative(String field, Money amount) {
    Require.nonNull(field, amount);
    if (amount.isNegative()) {
      throw new InvalidValueException(field, amount.toString(), "must not be negative: book a refund against its line");
    }
    return amount;
  }

  /** Collects the lines of one canteen's accounts; not thread-safe, build once. */
  public static final class Builder {
    private final String canteenId;
    private final String canteenName;
    private final Period period;
    private final List<RevenueLine> revenue = new ArrayList<>();
    private final List<CostLine> costs = new ArrayList<>();
    private Optional<Long> personMeals = Optional.empty();
    private Optional<Money> standardPrice = Optional.empty();

    private Builder(String canteenId, String canteenName, Period period) {
      this.canteenId = canteenId;
      this.canteenName = canteenName;
      this.period = period;
    }

    /**
     * Adds a revenue line.
     *
     * @param kind   what the revenue is
     * @param amount the amount, zero or more
     * @return this builder
     * @throws InvalidValueException for a negative amount, naming {@code revenue[i].amount}
     */
    public Builder revenue(RevenueKind kind, Money amount) {
      Require.nonNull("kind", kind);
      revenue.add(RevenueLine.of(kind, nonNegative("revenue[" + revenue.size() + "].amount", amount)));
      return this;
    }

    /**
     * Adds a cost line.
     *
     * @param category what the cost is
     * @param amount   the amount, zero or more
     * @return this builder
     * @throws InvalidValueException for a negative amount, naming {@code costs[i].amount}
     */
    public Builder cost(CostCategory category, Money amount) {
      Require.nonNull("category", category);
      costs.add(CostLine.of(category, nonNegative("costs[" + costs.size() + "].amount", amount)));
      return this;
    }

    /**
     * Sets the person-meals served (供餐人次).
     *
     * @param count 0 to 10 000 000
     * @return this builder
     */
    public Builder personMeals(long count) {
      personMeals = Optional.of(Bounds.count("personMeals", count));
      return this;
    }

    /**
     * Sets the standard price per meal (餐标).
     *
     * @param price the price in yuan, zero or more
     * @return this builder
     */
    public Builder standardPrice(Money price) {
      standardPrice = Optional.of(nonNegative("standardPrice", price));
      return this;
    }

    /** {@return the accounts} */
    public CanteenAccounts build() {
      return new CanteenAccounts(DocumentType.CURRENT_VERSION, canteenId, canteenName, period, revenue, costs,
          personMeals, standardPrice);
    }
  }
}

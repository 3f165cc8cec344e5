package org.anxiao.logistics.waste;

import org.anxiao.logistics.internal.ExactMeasures;
import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * A canteen's food-waste record (餐饮浪费记录) for one period: the person-meals served (就餐人次), the
 * plate waste (剩饭剩菜, weighed), the ingredients purchased or issued (采购或领用食材) and the part of them
 * lost in storage and preparation (损耗), and the trays counted and found clean (光盘) — the measures of
 * 沪教委保〔2021〕13号 §三(三)2 (深入开展“光盘行动”…降低食材损耗率).
 *
 * <p>Invariants: every count from 0 to 10 000 000; every mass a mass (any mass unit, e.g. {@code kg} or
 * {@code g}; another dimension is a {@link org.anxiao.core.error.UnitMismatchException} naming the
 * field), finite and not negative; the mass lost at most the mass purchased; the clean trays at most
 * the trays counted. Immutable and thread-safe.
 *
 * @param canteen              the canteen's id (食堂编号)
 * @param period               the period the record covers, e.g. a semester {@code AY2024-2025-S1}
 * @param personMeals          person-meals served (就餐人次)
 * @param plateWaste           plate waste collected from the diners (餐后剩余)
 * @param ingredientsPurchased ingredients purchased or issued to the kitchen (采购或领用量)
 * @param ingredientsLost      of those, mass lost in storage and preparation (储存和加工损耗)
 * @param traysCounted         trays (or plates) inspected at return (回收餐盘数)
 * @param traysClean           of those, trays returned clean (光盘数)
 */
public record FoodWasteRecord(String canteen, Period period, long personMeals, Quantity<Mass> plateWaste,
    Quantity<Mass> ingredientsPurchased, Quantity<Mass> ingredientsLost, long traysCounted, long traysClean) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param canteen              the canteen's id
   * @param period               the period
   * @param personMeals          person-meals served
   * @param plateWaste           plate waste
   * @param ingredientsPurchased ingredients purchased or issued
   * @param ingredientsLost      ingredients lost
   * @param traysCounted         trays counted
   * @param traysClean           trays clean
   */
  public FoodWasteRecord {
    Bounds.code("canteen", canteen);
    Require.nonNull("period", period);
    Bounds.count("personMeals", personMeals);
    ExactMeasures.kilograms("plateWaste", plateWaste);
    BigDecimal purchased = ExactMeasures.kilograms("ingredientsPurchased", ingredientsPurchased);
    BigDecimal lost = ExactMeasures.kilograms("ingredientsLost", ingredientsLost);
    Require.that(lost.compareTo(purchased) <= 0, "ingredientsLost", lost.toPlainString() + " kg",
        "must not exceed ingredientsPurchased {} kg", purchased.toPlainString());
    Bounds.count("traysCounted", traysCounted);
    Bounds.count("traysClean", traysClean);
    Require.that(traysClean <= traysCounted, "traysClean", traysClean, "must not exceed traysCounted {}", traysCounted);
  }

  /** {@return the plate waste in kilograms, exact} */
  public BigDecimal plateWasteKg() {
    return ExactMeasures.kilograms("plateWaste", plateWaste);
  }

  /** {@return the plate waste in grams (the unit {@code g} the logistics vocabulary contributes), exact} */
  BigDecimal plateWasteGrams() {
    return AnxiaoUnits.toDecimal(plateWaste, AnxiaoUnits.unit("plateWaste.unit", "g", Mass.class));
  }

  /** {@return the ingredients purchased in kilograms, exact} */
  public BigDecimal ingredientsPurchasedKg() {
    return ExactMeasures.kilograms("ingredientsPurchased", ingredientsPurchased);
  }

  /** {@return the ingredients lost in kilograms, exact} */
  public BigDecimal ingredientsLostKg() {
    return ExactMeasures.kilograms("ingredientsLost", ingredientsLost);
  }
}

package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The food-waste measures of one record (餐饮浪费指标): each empty exactly when its denominator is 0
 * (never NaN, never 0 by default). Immutable and thread-safe.
 *
 * @param plateWastePerMeal plate waste per person-meal in grams, {@code plateWaste / personMeals}, 2 places half up
 * @param lossRate          ingredient loss rate {@code lost / purchased} in [0, 1], 4 places half up
 * @param cleanTrayRate     clean-tray rate (光盘率) {@code clean / counted} in [0, 1], 4 places half up
 */
public record FoodWasteFigures(Optional<BigDecimal> plateWastePerMeal, Optional<BigDecimal> lossRate,
    Optional<BigDecimal> cleanTrayRate) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param plateWastePerMeal grams per person-meal, not negative
   * @param lossRate          the loss rate, in [0, 1]
   * @param cleanTrayRate     the clean-tray rate, in [0, 1]
   */
  public FoodWasteFigures {
    Require.nonNull("plateWastePerMeal", plateWastePerMeal);
    plateWastePerMeal.ifPresent(v -> Require.nonNegative("plateWastePerMeal", Bounds.decimal("plateWastePerMeal", v)));
    unit("lossRate", lossRate);
    unit("cleanTrayRate", cleanTrayRate);
  }

  /** Places of the plate waste per person-meal in grams: 2 (0.01 g), half up (四舍五入). */
  static final int PLATE_WASTE_PLACES = 2;

  /** {@return the figures of {@code record}} */
  static FoodWasteFigures of(FoodWasteRecord record) {
    return new FoodWasteFigures(quotient(record, FoodWasteMeasure.PLATE_WASTE_PER_MEAL).rounded(PLATE_WASTE_PLACES),
        quotient(record, FoodWasteMeasure.LOSS_RATE).share(), quotient(record, FoodWasteMeasure.CLEAN_TRAY_RATE).share());
  }

  /**
   * {@return the exact terms of {@code measure} in {@code record}: plate waste in grams over person-meals,
   * kilograms lost over kilograms purchased, clean trays over trays counted}
   */
  static Quotient quotient(FoodWasteRecord record, FoodWasteMeasure measure) {
    return switch (measure) {
      case PLATE_WASTE_PER_MEAL -> new Quotient(record.plateWasteGrams(), BigDecimal.valueOf(record.personMeals()));
      case LOSS_RATE -> new Quotient(record.ingredientsLostKg(), record.ingredientsPurchasedKg());
      case CLEAN_TRAY_RATE -> Quotient.of(record.traysClean(), record.traysCounted());
    };
  }

  /**
   * {@return the value of {@code measure}, empty when its denominator is 0}
   *
   * @param measure the measure
   */
  public Optional<BigDecimal> value(FoodWasteMeasure measure) {
    return switch (Require.nonNull("measure", measure)) {
      case PLATE_WASTE_PER_MEAL -> plateWastePerMeal;
      case LOSS_RATE -> lossRate;
      case CLEAN_TRAY_RATE -> cleanTrayRate;
    };
  }

  static void unit(String field, Optional<BigDecimal> rate) {
    Require.nonNull(field, rate);
    if (rate.isPresent()) {
      BigDecimal v = Bounds.decimal(field, rate.get());
      Require.that(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0, field, v.toPlainString(), "must lie in [0, 1]");
    }
  }
}

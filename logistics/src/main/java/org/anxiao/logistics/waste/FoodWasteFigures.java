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

  /** {@return the figures of {@code record}} */
  static FoodWasteFigures of(FoodWasteRecord record) {
    BigDecimal grams = record.plateWasteKg().multiply(BigDecimal.valueOf(1000));
    return new FoodWasteFigures(Shares.of(grams, BigDecimal.valueOf(record.personMeals()), 2),
        Shares.rate(record.ingredientsLostKg(), record.ingredientsPurchasedKg()),
        Shares.rate(record.traysClean(), record.traysCounted()));
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

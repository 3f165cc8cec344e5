package org.anxiao.logistics.waste;

import org.anxiao.core.text.LocalizedText;

/**
 * The food-waste measures of 沪教委保〔2021〕13号 §三(三)2, each with the direction that counts as
 * better.
 */
public enum FoodWasteMeasure {
  /** Plate waste per person-meal (人均餐余), grams, 2 places half up; lower is better. */
  PLATE_WASTE_PER_MEAL("人均餐余（克/人次）", "plate waste per person-meal (g)", true),
  /** Ingredient loss rate (食材损耗率) = lost / purchased, 4 places half up; lower is better. */
  LOSS_RATE("食材损耗率", "ingredient loss rate", true),
  /** Clean-tray rate (光盘率) = clean / counted, 4 places half up; higher is better. */
  CLEAN_TRAY_RATE("光盘率", "clean-tray rate", false);

  private final LocalizedText label;
  private final boolean lowerIsBetter;

  FoodWasteMeasure(String zh, String en, boolean lowerIsBetter) {
    this.label = LocalizedText.of(zh, en);
    this.lowerIsBetter = lowerIsBetter;
  }

  /** {@return the measure's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }

  /** {@return whether a lower value is an improvement} */
  public boolean lowerIsBetter() {
    return lowerIsBetter;
  }
}

package org.anxiao.logistics.canteen;

/** Where the meal price of a term compared by {@link PriceChange} comes from. */
public enum PriceBasis {
  /** Both terms state their standard price per meal (餐标). */
  STANDARD_PRICE,
  /**
   * At least one term lacks a standard price and both state person-meals served: the average meal fee per person-meal
   * (伙食费 ÷ 供餐人次), in yuan rounded to 分 half up.
   */
  AVERAGE_MEAL_FEE
}

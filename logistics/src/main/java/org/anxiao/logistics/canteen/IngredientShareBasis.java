package org.anxiao.logistics.canteen;

/** What the ingredient-cost share (食材成本占比) is a share of: a reading the pack in force chooses. */
public enum IngredientShareBasis {
  /** The meal fees only (伙食费收入). */
  MEAL_FEES,
  /** All revenue: meal fees, subsidies and other revenue (全部收入); the stricter reading, since subsidies buy food too. */
  ALL_REVENUE
}

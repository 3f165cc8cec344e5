package org.anxiao.logistics.canteen;

/** What a canteen's cost line is (食堂成本类别). */
public enum CostCategory {
  /** Ingredients: food, seasoning, cooking oil (食材). */
  INGREDIENTS,
  /** Labour: wages and social insurance of canteen staff (人工). */
  LABOUR,
  /** Water, electricity and gas (水电燃气). */
  UTILITIES,
  /** Low-value consumables: detergents, disposable items, small utensils (低值易耗品). */
  CONSUMABLES,
  /** Depreciation of equipment and premises (折旧); a cost only when the pack in force counts it. */
  DEPRECIATION,
  /** Any other cost (其他). */
  OTHER
}

/**
 * Canteen not-for-profit accounting (学生食堂公益性、成本和价格核算; 沪教委后〔2024〕10号 §四1: “坚持学生食堂公益性和学校不盈利的原则，
 * 做好成本和价格核算，确保……饭菜价格平稳”). A {@link org.anxiao.logistics.canteen.CanteenAccounts} holds one canteen's revenue
 * and cost lines for one period in exact yuan; {@link org.anxiao.logistics.canteen.CanteenAccounting} computes the totals,
 * the surplus and surplus rate, the ingredient-cost share, the cost breakdown and the price change against the previous
 * term, and checks them against the thresholds of the pack of kind {@code anxiao.logistics.canteen-accounting} in force
 * ({@link org.anxiao.logistics.canteen.CanteenAccountingRule}), as a {@link org.anxiao.logistics.canteen.CanteenAccountReport}.
 */
@NullMarked
package org.anxiao.logistics.canteen;

import org.jspecify.annotations.NullMarked;

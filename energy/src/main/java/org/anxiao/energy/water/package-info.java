/**
 * Water (用水): the water balance test (水平衡测试, {@link org.anxiao.energy.water.WaterBalances}), the
 * night-flow leak indicator (夜间最小流量, {@link org.anxiao.energy.water.NightFlows}) and water use per
 * person against quota tiers (用水定额, {@link org.anxiao.energy.water.WaterQuotas}) — 沪教委后〔2024〕10号
 * §四4 (用水分项计量和水平衡测试) and 沪教委保〔2021〕13号 §三(三)5 (用水定额管理, 降低供水管网漏损).
 * Volumes are m³. No threshold or quota ships: the caller registers its own packs.
 */
@NullMarked
package org.anxiao.energy.water;

import org.jspecify.annotations.NullMarked;

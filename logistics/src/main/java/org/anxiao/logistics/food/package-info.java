/**
 * Canteen food safety (学校食堂食品安全): a day's food-safety log ({@link org.anxiao.logistics.food.FoodSafetyDayLog},
 * JSON document {@code food-safety-log}) — retained samples (食品留样), deliveries checked (进货查验, 索证索票),
 * staff health certificates, the leader at each meal (陪餐) and the daily routines of 沪教委后〔2024〕10号 §四1 —
 * checked by {@link org.anxiao.logistics.food.FoodSafetyLogs} against the routine rule in force
 * (125 g and 48 h nationally, as pack parameters), and the traceability of purchases on the 阳光午餐 platform
 * ({@link org.anxiao.logistics.food.FoodTraceability}: on-line rate and 三级追溯 completeness, 闵行区教育局校园安全
 * 专项整治工作实施方案 2022 §四(一)3).
 *
 * <p>Every threshold, flag and list is pack data with its source and verification; values are read through
 * the rule trace under the caller's verification policy.
 */
@NullMarked
package org.anxiao.logistics.food;

import org.jspecify.annotations.NullMarked;

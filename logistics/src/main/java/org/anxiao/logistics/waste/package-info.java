/**
 * Food waste (反餐饮浪费) and waste sorting (生活垃圾分类) on campus.
 *
 * <p>Food waste, after 沪教委保〔2021〕13号 §三(三)2 (深入开展“光盘行动”…降低食材损耗率): a canteen's
 * {@link org.anxiao.logistics.waste.FoodWasteRecord} for a period gives plate waste per person-meal,
 * the ingredient loss rate (损耗率) and the clean-tray rate (光盘率)
 * ({@link org.anxiao.logistics.waste.FoodWasteMeasures}), and a list of terms gives the trend. The
 * source sets no numbers: targets come only from a caller's pack of kind
 * {@code anxiao.logistics.food-waste} ({@link org.anxiao.logistics.waste.FoodWasteTargets}).
 *
 * <p>Waste sorting, after the same clause (构建学校生活垃圾分类长效机制…推广学校餐厨废弃物源头减量和就地资源化处理)
 * and Shanghai's four streams (上海市生活垃圾管理条例, 2019, 第四条): a campus's
 * {@link org.anxiao.logistics.waste.WasteRecord} (also the JSON document {@code waste-record}) gives
 * the total, the share per stream, the sorting accuracy, the recycling rate, the wet-waste on-site
 * share and the waste per person per day ({@link org.anxiao.logistics.waste.WasteSorting}) under the
 * pack of kind {@code anxiao.logistics.waste-streams} ({@link org.anxiao.logistics.waste.WasteStreamRule}).
 *
 * <p>Masses are JSR-385 quantities at the API and exact decimals inside; shares and rates are
 * rounded to 4 places half up (四舍五入), grams per person-meal to 2 places and kilograms per person
 * per day to 3 places, half up; a zero denominator gives no value. Immutable and thread-safe throughout.
 */
@NullMarked
package org.anxiao.logistics.waste;

import org.jspecify.annotations.NullMarked;

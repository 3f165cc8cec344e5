/**
 * Flood and typhoon emergency supplies (防汛防台物资): a school's stock (物资台账,
 * {@link org.anxiao.logistics.supplies.SupplyStock}) against a quota (物资定额,
 * {@link org.anxiao.logistics.supplies.SupplyQuotaRule}) — per item a base quantity plus whole steps
 * per pupils, buildings and floor or site area — with expiry: the required quantity, the usable
 * (unexpired) stock, the expired quantity, what expires within the pack's
 * {@code expiringWithinDays}, and the shortfall ({@link org.anxiao.logistics.supplies.EmergencySupplies}).
 *
 * <p>The duty is 沪教委后〔2024〕10号 §四5 (对照《上海市学校防汛防台物资定额》做好应急物资储备和管理). The
 * quota's quantities (《上海市学校防汛防台物资定额》) are not public in the sources this library is built
 * from, so <b>no quota pack ships</b> — none for Shanghai (310000), none anywhere: a caller loads its
 * district's pack of kind {@code anxiao.logistics.emergency-supplies} into its
 * {@link org.anxiao.core.rule.RulePackRegistry}; without one, {@code EmergencySupplies.in} fails with
 * {@code RULE_NOT_FOUND} naming the kind. The tests and the demo use a clearly fictional pack
 * ({@code xx.fictional.emergency-supplies}, UNVERIFIED, for a jurisdiction code no real place uses).
 */
@NullMarked
package org.anxiao.logistics.supplies;

import org.jspecify.annotations.NullMarked;

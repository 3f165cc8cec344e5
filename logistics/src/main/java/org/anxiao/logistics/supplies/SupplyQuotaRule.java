package org.anxiao.logistics.supplies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.ParameterSpec;
import org.anxiao.core.rule.RuleBinding;
import org.anxiao.core.rule.RuleKind;
import org.anxiao.core.rule.RuleValue;

/**
 * The emergency-supplies quota rule (防汛防台物资定额), bound from packs of kind
 * {@code anxiao.logistics.emergency-supplies}: the items with their quota formulas ({@code items}, a
 * structure binding to {@link SupplyQuota}) and the warning window {@code expiringWithinDays} (N: a
 * usable line whose expiry is at most N days after the assessment date is "expiring").
 *
 * <p>The duty to hold supplies against the quota is 沪教委后〔2024〕10号 §四5 (对照《上海市学校防汛防台物资定额》
 * 做好应急物资储备和管理); the quota's quantities are not public, so the library ships no pack of this kind:
 * callers load their district's. Immutable.
 *
 * @param items              the quota's items
 * @param expiringWithinDays the warning window in days, 0 to 3660
 */
public record SupplyQuotaRule(RuleValue<SupplyQuota> items, RuleValue<Long> expiringWithinDays) {
  static final ParameterSpec<SupplyQuota> ITEMS = ParameterSpec.structure("items", SupplyQuota.class);
  static final ParameterSpec<Long> EXPIRING_WITHIN_DAYS = ParameterSpec.wholeNumber("expiringWithinDays",
      Optional.empty()).range(BigDecimal.ZERO, BigDecimal.valueOf(3660));

  /** The rule kind {@code anxiao.logistics.emergency-supplies}. */
  public static final RuleKind<SupplyQuotaRule> KIND = RuleKind.of("anxiao.logistics.emergency-supplies",
      List.of(ITEMS, EXPIRING_WITHIN_DAYS), SupplyQuotaRule::bind);

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param items              the quota's items
   * @param expiringWithinDays the warning window in days
   */
  public SupplyQuotaRule {
    Require.nonNull("items", items);
    Require.nonNull("expiringWithinDays", expiringWithinDays);
  }

  private static SupplyQuotaRule bind(RuleBinding b) {
    return new SupplyQuotaRule(b.get(ITEMS), b.get(EXPIRING_WITHIN_DAYS));
  }
}

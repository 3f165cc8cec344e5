package org.anxiao.logistics.canteen;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Require;
import org.anxiao.core.money.Money;

/**
 * One cost category of a canteen's accounts and its share of the total cost (成本构成). Immutable.
 *
 * @param category the cost category
 * @param amount   the exact sum of its lines, in yuan
 * @param counted  whether it counts in the total cost (false only for depreciation under a pack that excludes it)
 * @param share    {@code amount ÷ total cost}, 4 decimals half up, in [0, 1]; empty when not counted or the total is 0
 */
public record CostShare(CostCategory category, Money amount, boolean counted, Optional<BigDecimal> share) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param category the cost category
   * @param amount   the sum of its lines
   * @param counted  whether it counts in the total cost
   * @param share    its share of the total cost
   */
  public CostShare {
    Require.nonNull("category", category);
    CanteenAccounts.nonNegative("amount", amount);
    Require.nonNull("share", share);
    Require.that(counted || share.isEmpty(), "share", share.orElse(null), "must be empty for a category not counted");
    share.ifPresent(s -> CanteenAccounting.requireUnit("share", s));
  }
}

package org.anxiao.logistics.canteen;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.money.Money;

/**
 * The change of a canteen's meal price from the previous term (饭菜价格变动; 沪教委后〔2024〕10号 §四1: 确保……饭菜价格平稳).
 * Immutable.
 *
 * @param basis    where both prices come from
 * @param previous the previous term's price per meal, in yuan
 * @param current  this term's price per meal, in yuan
 * @param change   {@code (current − previous) ÷ previous}, 4 decimals half up, negative for a fall; empty when the
 *                 previous price is 0
 */
public record PriceChange(PriceBasis basis, Money previous, Money current, Optional<BigDecimal> change) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param basis    where both prices come from
   * @param previous the previous term's price
   * @param current  this term's price
   * @param change   the relative change
   */
  public PriceChange {
    Require.nonNull("basis", basis);
    CanteenAccounts.nonNegative("previous", previous);
    CanteenAccounts.nonNegative("current", current);
    Require.nonNull("change", change);
    change.ifPresent(c -> Bounds.decimal("change", c));
    Require.that(change.isPresent() == (previous.value().signum() > 0), "change", change.orElse(null),
        "is present exactly when the previous price is above 0");
  }
}

package org.anxiao.logistics.canteen;

import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.money.Money;

/**
 * One cost line of a canteen's accounts (食堂成本明细). Immutable.
 *
 * @param category what the cost is
 * @param amount the amount in yuan (元, scale 2), zero or more
 * @param note   an optional one-line remark, e.g. the supplier
 */
public record CostLine(CostCategory category, Money amount, Optional<String> note) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param category what the cost is
   * @param amount the amount in yuan, zero or more
   * @param note   an optional remark
   * @throws org.anxiao.core.error.InvalidValueException for a negative amount, naming {@code amount}
   */
  public CostLine {
    Require.nonNull("category", category);
    CanteenAccounts.nonNegative("amount", amount);
    Require.nonNull("note", note);
    note.ifPresent(n -> Bounds.line("note", n));
  }

  /**
   * {@return a line without a remark}
   *
   * @param category what the cost is
   * @param amount the amount in yuan, zero or more
   */
  public static CostLine of(CostCategory category, Money amount) {
    return new CostLine(category, amount, Optional.empty());
  }
}

package org.anxiao.logistics.canteen;

import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.money.Money;

/**
 * One revenue line of a canteen's accounts (食堂收入明细). Immutable.
 *
 * @param kind   what the revenue is
 * @param amount the amount in yuan (元, scale 2), zero or more
 * @param note   an optional one-line remark, e.g. the subsidy's programme
 */
public record RevenueLine(RevenueKind kind, Money amount, Optional<String> note) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param kind   what the revenue is
   * @param amount the amount in yuan, zero or more
   * @param note   an optional remark
   * @throws org.anxiao.core.error.InvalidValueException for a negative amount, naming {@code amount}
   */
  public RevenueLine {
    Require.nonNull("kind", kind);
    CanteenAccounts.nonNegative("amount", amount);
    Require.nonNull("note", note);
    note.ifPresent(n -> Bounds.line("note", n));
  }

  /**
   * {@return a line without a remark}
   *
   * @param kind   what the revenue is
   * @param amount the amount in yuan, zero or more
   */
  public static RevenueLine of(RevenueKind kind, Money amount) {
    return new RevenueLine(kind, amount, Optional.empty());
  }
}

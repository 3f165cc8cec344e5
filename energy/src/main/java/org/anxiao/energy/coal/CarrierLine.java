package org.anxiao.energy.coal;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.energy.carrier.Carrier;

/**
 * One carrier's share of a standard-coal result (分品种折标): the amount in the carrier's unit, the
 * coefficient applied, the kgce, and how much of the amount was estimated.
 *
 * <p>Invariants: every number finite and zero or more; {@code estimatedAmount ≤ amount};
 * {@code counted} false — and {@code kgce} zero — for a carrier that is not energy consumed (exported
 * PV; water unless the pack opts in). {@code coefficient} is the pack's row, or, when every amount
 * had a measured calorific value, the last such value over the pack's kgce definition; {@code kgce}
 * is always the sum of each consumption × its own coefficient. Immutable and thread-safe.
 *
 * @param carrier         the carrier
 * @param amount          the amount, in {@link Carrier#unit()}
 * @param estimatedAmount the part of {@code amount} that was estimated
 * @param coefficient     kgce per carrier unit, as written in the pack (zero when not counted)
 * @param kgce            the standard coal, kgce
 * @param counted         whether the carrier counts in 综合能耗
 */
public record CarrierLine(Carrier carrier, double amount, double estimatedAmount, BigDecimal coefficient, double kgce,
    boolean counted) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param carrier         the carrier
   * @param amount          the amount
   * @param estimatedAmount the estimated part
   * @param coefficient     kgce per unit
   * @param kgce            the standard coal
   * @param counted         whether it counts
   */
  public CarrierLine {
    Require.nonNull("carrier", carrier);
    Require.that(Bounds.decimal("amount", amount) >= 0, "amount", amount, "must be zero or more");
    Require.that(Bounds.decimal("estimatedAmount", estimatedAmount) >= 0 && estimatedAmount <= amount,
        "estimatedAmount", estimatedAmount, "must be between zero and the amount");
    Bounds.nonNegative("coefficient", coefficient);
    Require.that(Bounds.decimal("kgce", kgce) >= 0, "kgce", kgce, "must be zero or more");
  }
}

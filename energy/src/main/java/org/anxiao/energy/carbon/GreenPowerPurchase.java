package org.anxiao.energy.carbon;

import javax.measure.quantity.Energy;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;

/**
 * Green power bought under a green-power trade (绿电交易) for a period: renewable electricity bought
 * with its certificates bundled, which market-based Scope 2 counts at zero when it has been settled
 * (结算) and, where the accounting pack requires it
 * ({@link Scope2AccountingRule#greenPowerRequiresDesignatedExchange()}, 沪环气候〔2023〕89号), bought through
 * the designated exchange.
 *
 * <p>Invariants: {@code amount} zero or more, in an energy unit (kWh, MWh…). Wire form:
 * {@code {"period": "2024", "amount": {"value": "300000", "unit": "kWh"}, "settled": true,
 * "viaDesignatedExchange": false}}. Immutable and thread-safe.
 *
 * @param period                the period the power was delivered in; within the reporting period
 * @param amount                the electricity bought, an energy amount
 * @param settled               whether the trade has been settled (已结算)
 * @param viaDesignatedExchange whether it was bought through the designated exchange (指定交易平台)
 */
public record GreenPowerPurchase(Period period, Measure amount, boolean settled, boolean viaDesignatedExchange) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param period                the period the power was delivered in
   * @param amount                the electricity bought, zero or more, in an energy unit
   * @param settled               whether the trade has been settled
   * @param viaDesignatedExchange whether it was bought through the designated exchange
   */
  public GreenPowerPurchase {
    Require.nonNull("period", period);
    Require.nonNull("amount", amount);
    Bounds.nonNegative("amount", amount.value());
    AnxiaoUnits.unit("amount", amount.unit(), Energy.class);
  }

  /** {@return the amount in kWh, as a double} */
  public double kwh() {
    return AnxiaoUnits.toDouble(amount.toQuantity(Energy.class), AnxiaoUnits.KILOWATT_HOUR);
  }
}

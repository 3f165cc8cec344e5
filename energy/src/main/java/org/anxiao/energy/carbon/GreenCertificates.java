package org.anxiao.energy.carbon;

import javax.measure.quantity.Energy;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;

/**
 * Unbundled green certificates (绿证) retired for a period, by the electricity they stand for (one
 * certificate per MWh): market-based Scope 2 counts that electricity at zero where the accounting
 * pack says so ({@link Scope2AccountingRule#certificatesAtZero()}).
 *
 * <p>Invariants: {@code amount} zero or more, in an energy unit (MWh, kWh…). Wire form:
 * {@code {"period": "2024", "amount": {"value": "100", "unit": "MWh"}}}. Immutable and thread-safe.
 *
 * @param period the period the certificates are claimed for; within the reporting period
 * @param amount the electricity they stand for, an energy amount
 */
public record GreenCertificates(Period period, Measure amount) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param period the period the certificates are claimed for
   * @param amount the electricity they stand for, zero or more, in an energy unit
   */
  public GreenCertificates {
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

package org.anxiao.energy.testkit.province;

import java.util.Objects;

/**
 * An injected bad row of a synthetic province's readings table and the error a job reading the
 * table must report for it. The four kinds, in the order {@link SyntheticProvince} cycles through:
 * <ol>
 *   <li>carrier {@code COAL_GAS}: {@code UNKNOWN_CODE} on field {@code carrier};
 *   <li>electricity of −12.5 kWh: {@code INVALID_VALUE} on field {@code value};
 *   <li>electricity in {@code m3}: {@code UNIT_MISMATCH} on field {@code unit};
 *   <li>school {@code 310999-9999}, which the schools table does not hold: {@code UNKNOWN_CODE} on
 *       field {@code school_id}.
 * </ol>
 *
 * @param reading   the bad row, otherwise like a good one (a month within the province's years)
 * @param errorCode the error code to report: {@code UNKNOWN_CODE}, {@code INVALID_VALUE} or {@code UNIT_MISMATCH}
 * @param field     the readings-table column at fault: {@code school_id}, {@code carrier}, {@code value} or {@code unit}
 */
public record BadReading(ProvinceReading reading, String errorCode, String field) {
  /**
   * Checks the parts are present.
   *
   * @param reading   the bad row
   * @param errorCode the error code
   * @param field     the column at fault
   */
  public BadReading {
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(field, "field");
  }
}

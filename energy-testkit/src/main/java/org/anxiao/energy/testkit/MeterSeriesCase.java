package org.anxiao.energy.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.anxiao.core.time.Period;
import org.anxiao.energy.meter.MeterDataInput;

/**
 * One cumulative meter's generated data over a reporting period, with what the data imply: the
 * input {@code MeterData} reads, the consumption the readings add up to over their span (register
 * differences across every replacement, in the meter's unit), and the months of the period no
 * reading spans (the gaps).
 *
 * @param period   the reporting period, whole calendar months
 * @param input    one meter with its register readings and replacements
 * @param total    the consumption from the first reading to the last, zero or more
 * @param gapMonths the months of the period (1-based, in order) before the first reading or after the last
 */
public record MeterSeriesCase(Period period, MeterDataInput input, BigDecimal total, List<Integer> gapMonths) {
  /**
   * Checks the parts are present and copies the list.
   *
   * @param period    the reporting period
   * @param input     the data
   * @param total     the consumption the data add up to
   * @param gapMonths the months no datum spans
   */
  public MeterSeriesCase {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(total, "total");
    gapMonths = List.copyOf(gapMonths);
  }

  /** {@return true when every month of the period is spanned by the readings} */
  public boolean complete() {
    return gapMonths.isEmpty();
  }
}

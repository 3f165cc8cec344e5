package org.anxiao.energy.testkit.province;

/** How finely a synthetic province's electricity is read. Natural gas and diesel are always monthly. */
public enum Granularity {
  /** One row per (school, carrier, meter, month), {@code periodStart} the month's first day at 00:00. */
  MONTHLY,
  /**
   * Electricity in one row per 15-minute slot of each month (96 a day), {@code periodStart} the
   * slot's start; natural gas and diesel stay monthly.
   */
  FIFTEEN_MINUTES
}

package org.anxiao.energy.meter;

import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.time.Month;

/**
 * A month of the requested period that a meter's data do not cover, wholly or in part, when gaps are
 * refused ({@link GapHandling#reject()}): error code {@code MISSING_VALUE}, field
 * {@code meters[<id>].months[<yyyy-mm>]}.
 */
public final class DataGapException extends MissingValueException {
  private static final long serialVersionUID = 1L;

  /** The meter whose data have the gap. */
  private final String meterId;
  /** The year of the month with the gap. */
  private final int year;
  /** The month with the gap, 1 to 12. */
  private final int month;
  /** The days of the month not covered. */
  private final double missingDays;

  DataGapException(String meterId, Month month, double missingDays) {
    super("meter " + meterId + " has no data for " + missingDays + " of the " + month.days() + " days of "
        + month.code() + "; supply readings around it or estimate it (GapHandling.linear() or profile(...))",
        "meters[" + meterId + "].months[" + month.code() + "]");
    this.meterId = meterId;
    this.year = month.year();
    this.month = month.month();
    this.missingDays = missingDays;
  }

  /** {@return the meter whose data have the gap} */
  public String meterId() {
    return meterId;
  }

  /** {@return the month with the gap} */
  public Month month() {
    return new Month(year, month);
  }

  /** {@return the days of the month not covered, more than zero} */
  public double missingDays() {
    return missingDays;
  }
}

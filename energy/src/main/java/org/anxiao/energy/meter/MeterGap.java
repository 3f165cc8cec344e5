package org.anxiao.energy.meter;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Month;

/**
 * A month of the requested period that a meter's data do not cover, wholly or in part (缺测月).
 *
 * <p>Invariants: {@code meterId} is a code; {@code missingDays} is greater than zero and at most the
 * month's days; {@code wholeMonth} exactly when it equals them. Immutable and thread-safe.
 *
 * @param meterId     the meter
 * @param month       the month
 * @param missingDays the days not covered (fractional: data may start or stop within a day)
 * @param wholeMonth  true when no datum covers any of the month
 */
public record MeterGap(String meterId, Month month, double missingDays, boolean wholeMonth) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meterId     the meter
   * @param month       the month
   * @param missingDays the days not covered
   * @param wholeMonth  true when nothing of the month is covered
   */
  public MeterGap {
    Bounds.code("meterId", meterId);
    Require.nonNull("month", month);
    Require.that(Bounds.decimal("missingDays", missingDays) > 0 && missingDays <= month.days(), "missingDays",
        missingDays, "must be more than zero and at most the {} days of the month", month.days());
    Require.that(wholeMonth == (missingDays == month.days()), "wholeMonth", wholeMonth,
        "must be true exactly when the whole month is missing");
  }
}

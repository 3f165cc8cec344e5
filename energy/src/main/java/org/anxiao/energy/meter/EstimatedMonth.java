package org.anxiao.energy.meter;

import java.util.List;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.Measure;

/**
 * The estimated part of one meter's month (估算值): the amount put in for its uncovered days, how, and
 * from which months' data. The month's {@link org.anxiao.energy.carrier.Consumption} holds the
 * measured part plus this amount and is flagged {@code estimated}.
 *
 * <p>Invariants: {@code meterId} is a code; {@code amount} zero or more; {@code days} greater than
 * zero and at most the month's days; one or two reference months (the nearest with data on each
 * side, or the month itself when it is partly covered). Immutable and thread-safe.
 *
 * @param meterId    the meter
 * @param month      the month
 * @param method     how it was estimated
 * @param amount     the estimated amount, in the meter's unit, multiplier applied
 * @param days       the days estimated
 * @param references the months whose data the estimate rests on
 */
public record EstimatedMonth(String meterId, Month month, EstimationMethod method, Measure amount, double days,
    List<Month> references) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meterId    the meter
   * @param month      the month
   * @param method     how it was estimated
   * @param amount     the estimated amount
   * @param days       the days estimated
   * @param references the months whose data it rests on
   */
  public EstimatedMonth {
    Bounds.code("meterId", meterId);
    Require.nonNull("month", month);
    Require.nonNull("method", method);
    Require.nonNull("amount", amount);
    Bounds.nonNegative("amount", amount.value());
    Require.that(Bounds.decimal("days", days) > 0 && days <= month.days(), "days", days,
        "must be more than zero and at most the {} days of the month", month.days());
    references = Bounds.list("references", references);
    Require.that(!references.isEmpty() && references.size() <= 2, "references", references.size() + " months",
        "must name one or two months");
  }
}

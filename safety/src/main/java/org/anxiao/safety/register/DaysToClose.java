package org.anxiao.safety.register;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * Days to close (整改用时) of the hazards closed in a period: for each, closed − found in days; their
 * count and total, the mean (exact quotient rounded half to even to the pack's places) and the median
 * (the middle value of the sorted days; for an even count the mean of the two middle values, exact,
 * with one decimal place). Neither mean nor median exists when no hazard closed. Immutable and
 * thread-safe.
 *
 * @param count  the hazards closed in the period, 0 to 10 000 000
 * @param total  the sum of their days, 0 to {@code count} × {@value #MAX_DAYS}
 * @param mean   total ÷ count rounded; empty exactly when {@code count} is 0
 * @param median the median days; empty exactly when {@code count} is 0
 */
public record DaysToClose(long count, long total, Optional<BigDecimal> mean, Optional<BigDecimal> median) {
  /** The most days one hazard can take: the span of dates the library accepts (1800-01-01 to 2201-01-01). */
  public static final long MAX_DAYS = 146_463;

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param count  the hazards closed
   * @param total  the sum of their days
   * @param mean   the mean
   * @param median the median
   */
  public DaysToClose {
    Bounds.count("count", count);
    Require.that(total >= 0 && total <= count * MAX_DAYS, "total", total,
        "must be between 0 and count × " + MAX_DAYS);
    Require.nonNull("mean", mean);
    Require.nonNull("median", median);
    Require.that(mean.isPresent() == (count > 0), "mean", mean.orElse(null), "is present exactly when count is above 0");
    Require.that(median.isPresent() == (count > 0), "median", median.orElse(null),
        "is present exactly when count is above 0");
    mean.ifPresent(m -> inDays("mean", m));
    median.ifPresent(m -> inDays("median", m));
  }

  private static void inDays(String field, BigDecimal value) {
    Bounds.decimal(field, value);
    Require.that(value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(MAX_DAYS)) <= 0, field,
        value.toPlainString(), "must be between 0 and " + MAX_DAYS + " days");
  }
}

package org.anxiao.energy.meter;

import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * How much of the requested period one meter's data cover (数据覆盖率), and whether that suffices for
 * an annual figure under the {@link DataSufficiencyRule} in force.
 *
 * <p>Invariants: {@code meterId} is a code; {@code 0 ≤ monthsWithData ≤ monthsInPeriod};
 * {@code missingMonths = monthsInPeriod − monthsWithData}; {@code 0 ≤ daysCovered ≤ daysInPeriod}.
 * A month has data when any reading interval covers part of it; a month with none is missing.
 * Immutable and thread-safe.
 *
 * @param meterId        the meter
 * @param monthsInPeriod months in the requested period
 * @param monthsWithData months with data (wholly or partly covered)
 * @param missingMonths  months without any data
 * @param daysInPeriod   days in the requested period
 * @param daysCovered    days covered by data (fractional)
 * @param sufficient     true when the period has at least the rule's required months and at most
 *                       its allowed number of them are missing ({@link DataSufficiencyRule})
 */
public record MeterCoverage(String meterId, int monthsInPeriod, int monthsWithData, int missingMonths, long daysInPeriod,
    double daysCovered, boolean sufficient) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meterId        the meter
   * @param monthsInPeriod months in the period
   * @param monthsWithData months with data
   * @param missingMonths  months without data
   * @param daysInPeriod   days in the period
   * @param daysCovered    days covered
   * @param sufficient     the verdict
   */
  public MeterCoverage {
    Bounds.code("meterId", meterId);
    Bounds.count("monthsInPeriod", monthsInPeriod);
    Require.that(monthsWithData >= 0 && monthsWithData <= monthsInPeriod, "monthsWithData", monthsWithData,
        "must be between 0 and the {} months of the period", monthsInPeriod);
    Require.that(missingMonths == monthsInPeriod - monthsWithData, "missingMonths", missingMonths,
        "must be the months of the period less the months with data, {}", monthsInPeriod - monthsWithData);
    Bounds.count("daysInPeriod", daysInPeriod);
    Require.that(Bounds.decimal("daysCovered", daysCovered) >= 0 && daysCovered <= daysInPeriod, "daysCovered",
        daysCovered, "must be between 0 and the {} days of the period", daysInPeriod);
  }

  /** {@return the share of the period's days covered by data, 0 to 1} */
  public double coveredShare() {
    return daysInPeriod == 0 ? 0 : daysCovered / daysInPeriod;
  }
}

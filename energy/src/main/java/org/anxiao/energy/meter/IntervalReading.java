package org.anxiao.energy.meter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;

/**
 * An interval value (区间用量): the amount a meter measured from {@code start} (inclusive) to
 * {@code end} (exclusive) — a 15-minute or hourly smart-meter value, a day, a billing month.
 *
 * <p>Invariants: {@code meterId} is a code; {@code start} before {@code end}, both wall-clock times
 * in Asia/Shanghai (UTC+8) in the years 1900–2200; {@code amount} is zero or more, in the meter's
 * unit (checked against the meter by {@link MeterDataInput}). One meter's intervals must not overlap.
 * Immutable and thread-safe.
 *
 * <p>Wire form: {@code {"meterId": "W-01", "start": "2024-03-01T00:00:00", "end":
 * "2024-03-02T00:00:00", "amount": {"value": "18.2", "unit": "m3"}}}.
 *
 * @param meterId the meter
 * @param start   the interval's start, inclusive
 * @param end     the interval's end, exclusive; after {@code start}
 * @param amount  the amount measured, zero or more
 */
public record IntervalReading(String meterId, LocalDateTime start, LocalDateTime end, Measure amount) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meterId the meter
   * @param start   the interval's start, inclusive
   * @param end     the interval's end, exclusive
   * @param amount  the amount measured, zero or more
   */
  @JsonCreator
  public IntervalReading(@JsonProperty("meterId") String meterId, @JsonProperty("start") LocalDateTime start,
      @JsonProperty("end") LocalDateTime end, @JsonProperty("amount") Measure amount) {
    this.meterId = Bounds.code("meterId", meterId);
    this.start = MeterTime.check("start", start);
    this.end = MeterTime.check("end", end);
    Require.that(end.isAfter(start), "end", end, "must be after start {}", start);
    this.amount = Require.nonNull("amount", amount);
    Bounds.nonNegative("amount", amount.value());
  }

  /**
   * {@return the amount of a whole period (a day as a one-day {@code DateRange}, a month, a billing period)},
   * from the period's first day at 00:00 to the day after its last at 00:00
   *
   * @param meterId the meter
   * @param period  the period
   * @param amount  the amount measured, zero or more
   */
  public static IntervalReading of(String meterId, Period period, Measure amount) {
    Require.nonNull("period", period);
    return new IntervalReading(meterId, period.start().atStartOfDay(), period.end().atStartOfDay(), amount);
  }
}

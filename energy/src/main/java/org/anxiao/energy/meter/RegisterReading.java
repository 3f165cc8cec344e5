package org.anxiao.energy.meter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.Measure;

/**
 * A reading of a cumulative register (表底数): the value the register showed at a time.
 *
 * <p>Invariants: {@code meterId} is a code; {@code readAt} is a wall-clock time in Asia/Shanghai
 * (UTC+8) in the years 1900–2200; {@code reading} is zero or more, in the meter's unit (checked
 * against the meter by {@link MeterDataInput}). Immutable and thread-safe.
 *
 * <p>Wire form: {@code {"meterId": "E-01", "readAt": "2024-03-01T08:30:00", "reading": {"value":
 * "12345.6", "unit": "kWh"}}}.
 *
 * @param meterId the meter read
 * @param readAt  when, local time in Asia/Shanghai
 * @param reading the register value, zero or more
 */
public record RegisterReading(String meterId, LocalDateTime readAt, Measure reading) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meterId the meter read
   * @param readAt  when, local time in Asia/Shanghai
   * @param reading the register value, zero or more
   */
  @JsonCreator
  public RegisterReading(@JsonProperty("meterId") String meterId, @JsonProperty("readAt") LocalDateTime readAt,
      @JsonProperty("reading") Measure reading) {
    this.meterId = Bounds.code("meterId", meterId);
    this.readAt = MeterTime.check("readAt", readAt);
    this.reading = Require.nonNull("reading", reading);
    Bounds.nonNegative("reading", reading.value());
  }

  /**
   * {@return a reading}
   *
   * @param meterId the meter read
   * @param readAt  when, local time in Asia/Shanghai
   * @param decimal the register value as decimal text, zero or more
   * @param unit    the unit code, the meter's
   */
  public static RegisterReading of(String meterId, LocalDateTime readAt, String decimal, String unit) {
    return new RegisterReading(meterId, readAt, Measure.of(decimal, unit));
  }
}

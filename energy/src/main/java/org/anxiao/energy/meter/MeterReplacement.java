package org.anxiao.energy.meter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.Measure;

/**
 * A meter replacement (换表): at {@code at} the old register was removed showing
 * {@code finalReading} and the new one fitted showing {@code initialReading}. Consumption across it
 * is (final − previous reading) + (next reading − initial), each part over its own time.
 *
 * <p>Invariants: {@code meterId} is a code; {@code at} a wall-clock time in Asia/Shanghai (UTC+8) in
 * the years 1900–2200; both readings zero or more, in the meter's unit (checked against the meter by
 * {@link MeterDataInput}). The replaced register keeps the meter's id, unit, rollover and multiplier.
 * Immutable and thread-safe.
 *
 * <p>Wire form: {@code {"meterId": "E-01", "at": "2024-03-15T10:00:00", "finalReading": {"value":
 * "48211.3", "unit": "kWh"}, "initialReading": {"value": "0", "unit": "kWh"}}}.
 *
 * @param meterId        the meter whose register was replaced
 * @param at             when, local time in Asia/Shanghai
 * @param finalReading   the old register's last value, zero or more
 * @param initialReading the new register's first value, zero or more
 */
public record MeterReplacement(String meterId, LocalDateTime at, Measure finalReading, Measure initialReading) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meterId        the meter whose register was replaced
   * @param at             when, local time in Asia/Shanghai
   * @param finalReading   the old register's last value
   * @param initialReading the new register's first value
   */
  @JsonCreator
  public MeterReplacement(@JsonProperty("meterId") String meterId, @JsonProperty("at") LocalDateTime at,
      @JsonProperty("finalReading") Measure finalReading, @JsonProperty("initialReading") Measure initialReading) {
    this.meterId = Bounds.code("meterId", meterId);
    this.at = MeterTime.check("at", at);
    this.finalReading = Require.nonNull("finalReading", finalReading);
    Bounds.nonNegative("finalReading", finalReading.value());
    this.initialReading = Require.nonNull("initialReading", initialReading);
    Bounds.nonNegative("initialReading", initialReading.value());
  }
}

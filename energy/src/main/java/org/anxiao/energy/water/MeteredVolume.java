package org.anxiao.energy.water;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;

/**
 * One water meter's volume over a balance period (水表计量水量), with the meter's stated accuracy: an
 * input of the water balance ({@link WaterBalances}).
 *
 * <p>The tolerance is a property of the meter that the caller states — from the meter's accuracy
 * class or its calibration certificate — not a rule value: {@code 0.02} means the reading is
 * within ±2 % of the volume that passed. Invariants: the consumption is of {@link Carrier#WATER}
 * and names its meter; {@code 0 ≤ tolerance < 1}. Immutable and thread-safe.
 *
 * <p>Wire form: {@code {"consumption": {"carrier": "WATER", "period": "2024", "amount": {"value":
 * "10000", "unit": "m3"}, "meterId": "W0"}, "tolerance": "0.02"}}.
 *
 * @param consumption the meter's water volume over the period; {@code meterId} required
 * @param tolerance   the meter's relative accuracy as a fraction of its reading, 0 ≤ tolerance &lt; 1
 */
public record MeteredVolume(Consumption consumption, BigDecimal tolerance) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param consumption the meter's water volume; {@code meterId} required
   * @param tolerance   the relative accuracy, 0 ≤ tolerance &lt; 1
   * @throws InvalidValueException when the carrier is not water or the tolerance is out of range
   * @throws MissingValueException when the consumption names no meter
   */
  public MeteredVolume {
    Require.nonNull("consumption", consumption);
    if (consumption.carrier() != Carrier.WATER) {
      throw new InvalidValueException("consumption.carrier", consumption.carrier(), "must be WATER in a water balance");
    }
    if (consumption.meterId().isEmpty()) {
      throw new MissingValueException("consumption.meterId");
    }
    Bounds.nonNegative("tolerance", Bounds.decimal("tolerance", tolerance));
    Require.that(tolerance.compareTo(BigDecimal.ONE) < 0, "tolerance", tolerance.toPlainString(),
        "must be less than 1 (a fraction of the reading: 0.02 for ±2 %)");
  }

  /** {@return the meter's id} */
  @JsonIgnore
  public String meterId() {
    return consumption.meterId().orElseThrow();
  }

  /** {@return the volume in m³ ({@link Consumption#value()})} */
  double volume() {
    return consumption.value();
  }
}

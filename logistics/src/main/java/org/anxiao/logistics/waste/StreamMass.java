package org.anxiao.logistics.waste;

import org.anxiao.logistics.internal.ExactMeasures;
import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.internal.Require;

/**
 * The mass of one waste stream collected in a period (分类垃圾量): a mass (any mass unit, e.g. {@code kg}
 * or {@code t}), finite and not negative. On the wire {@code {"stream": "WET", "mass": {"value": "120.5",
 * "unit": "kg"}}}; an unknown stream code is {@code UNKNOWN_CODE}. Immutable and thread-safe.
 *
 * @param stream the stream
 * @param mass   the mass collected
 */
public record StreamMass(WasteStream stream, Quantity<Mass> mass) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param stream the stream
   * @param mass   the mass, not negative
   */
  public StreamMass {
    Require.nonNull("stream", stream);
    ExactMeasures.kilograms("mass", mass);
  }

  /** {@return the mass in kilograms, exact} */
  public BigDecimal kg() {
    return ExactMeasures.kilograms("mass", mass);
  }
}

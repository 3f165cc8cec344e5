package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import java.util.Optional;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * One stream's part of a campus's waste (分类占比): its mass and its share of the total, 4 places half
 * up, empty when the total is 0. Immutable and thread-safe.
 *
 * @param stream the stream
 * @param kg     the stream's mass in kilograms, exact, not negative
 * @param share  {@code kg / total} in [0, 1], 4 places half up; empty when the total is 0
 */
public record StreamShare(WasteStream stream, BigDecimal kg, Optional<BigDecimal> share) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param stream the stream
   * @param kg     the mass in kilograms
   * @param share  the share of the total
   */
  public StreamShare {
    Require.nonNull("stream", stream);
    Require.nonNegative("kg", Bounds.decimal("kg", kg));
    FoodWasteFigures.unit("share", share);
  }
}

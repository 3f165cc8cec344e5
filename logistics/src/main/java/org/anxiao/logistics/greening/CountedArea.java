package org.anxiao.logistics.greening;

import java.math.BigDecimal;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * The area a greening ratio counts (计入面积), in m², with its terms: the ground area (vegetation cover for
 * the coverage, green space for the green-space ratio), plus roof greening × its factor, plus vertical
 * greening × its factor: {@code counted = ground + roof × roofFactor + vertical × verticalFactor}, exact.
 * A factor is 0 when the pack does not state it or the verification policy does not let it be read.
 * Immutable.
 *
 * @param ground         the ground area, m², 0 or more
 * @param roof           the roof greening, m², 0 or more
 * @param roofFactor     its factor, 0 to 1
 * @param vertical       the vertical greening, m², 0 or more
 * @param verticalFactor its factor, 0 to 1
 * @param counted        the sum, m²
 */
public record CountedArea(BigDecimal ground, BigDecimal roof, BigDecimal roofFactor, BigDecimal vertical,
    BigDecimal verticalFactor, BigDecimal counted) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param ground         the ground area
   * @param roof           the roof greening
   * @param roofFactor     its factor
   * @param vertical       the vertical greening
   * @param verticalFactor its factor
   * @param counted        the sum
   */
  public CountedArea {
    Bounds.nonNegative("ground", ground);
    Bounds.nonNegative("roof", roof);
    factor("roofFactor", roofFactor);
    Bounds.nonNegative("vertical", vertical);
    factor("verticalFactor", verticalFactor);
    Bounds.nonNegative("counted", counted);
    Require.that(counted.compareTo(sum(ground, roof, roofFactor, vertical, verticalFactor)) == 0, "counted",
        counted.toPlainString(), "must be ground + roof × roofFactor + vertical × verticalFactor");
  }

  /**
   * {@return the counted area of the given terms}
   *
   * @param ground         the ground area, m²
   * @param roof           the roof greening, m²
   * @param roofFactor     its factor
   * @param vertical       the vertical greening, m²
   * @param verticalFactor its factor
   */
  public static CountedArea of(BigDecimal ground, BigDecimal roof, BigDecimal roofFactor, BigDecimal vertical,
      BigDecimal verticalFactor) {
    Bounds.nonNegative("ground", ground);
    Bounds.nonNegative("roof", roof);
    factor("roofFactor", roofFactor);
    Bounds.nonNegative("vertical", vertical);
    factor("verticalFactor", verticalFactor);
    return new CountedArea(ground, roof, roofFactor, vertical, verticalFactor,
        sum(ground, roof, roofFactor, vertical, verticalFactor));
  }

  private static void factor(String field, BigDecimal value) {
    Bounds.nonNegative(field, value);
    Require.that(value.compareTo(BigDecimal.ONE) <= 0, field, value.toPlainString(), "must be between 0 and 1");
  }

  private static BigDecimal sum(BigDecimal ground, BigDecimal roof, BigDecimal roofFactor, BigDecimal vertical,
      BigDecimal verticalFactor) {
    return ground.add(roof.multiply(roofFactor)).add(vertical.multiply(verticalFactor));
  }
}

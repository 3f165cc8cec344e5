package org.anxiao.logistics.supplies;

import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/** Areas at the API as exact square metres inside. */
final class Areas {
  private Areas() {}

  /**
   * The area in m², exactly; refused when it is not an area ({@code UNIT_MISMATCH}) or below 0
   * ({@code INVALID_VALUE}), naming {@code field}.
   */
  static BigDecimal squareMetres(String field, Quantity<Area> area) {
    Require.nonNull(field, area);
    AnxiaoUnits.requireCompatible(field, area.getUnit(), Area.class);
    BigDecimal m2 = AnxiaoUnits.toDecimal(area, AnxiaoUnits.SQUARE_METER);
    Require.that(m2.signum() >= 0, field, m2.toPlainString(), "must be 0 m² or more");
    return m2;
  }
}

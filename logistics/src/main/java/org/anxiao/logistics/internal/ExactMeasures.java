package org.anxiao.logistics.internal;

import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Area;
import javax.measure.quantity.Mass;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * Quantities taken at the logistics API as exact decimals for the arithmetic inside: masses in
 * kilograms, areas in square metres. The dimension is checked ({@code UNIT_MISMATCH} naming the
 * field), the value must be finite, within the library's decimal bounds and not negative
 * ({@code INVALID_VALUE} naming the field).
 */
public final class ExactMeasures {
  private ExactMeasures() {}

  /**
   * {@return {@code mass} in kilograms, exact, trailing zeros stripped}
   *
   * @param field the input's name, for errors
   * @param mass  a mass in any mass unit
   */
  public static BigDecimal kilograms(String field, Quantity<Mass> mass) {
    Require.nonNull(field, mass);
    Require.nonNull(field + ".unit", mass.getUnit());
    Number value = Require.nonNull(field + ".value", mass.getValue());
    AnxiaoUnits.requireCompatible(field, mass.getUnit(), Mass.class);
    if (value instanceof Double || value instanceof Float) {
      Bounds.decimal(field, value.doubleValue());
    }
    Bounds.quantity(field, AnxiaoUnits.toBigDecimal(value));
    BigDecimal kg = Bounds.decimal(field, AnxiaoUnits.toDecimal(mass, AnxiaoUnits.KILOGRAM_MASS));
    Require.that(kg.signum() >= 0, field, kg.toPlainString(), "must not be negative");
    return kg.signum() == 0 ? BigDecimal.ZERO : kg.stripTrailingZeros();
  }

  /**
   * {@return {@code area} in square metres, exact}
   *
   * @param field the input's name, for errors
   * @param area  an area in any area unit
   */
  public static BigDecimal squareMetres(String field, Quantity<Area> area) {
    Require.nonNull(field, area);
    AnxiaoUnits.requireCompatible(field, area.getUnit(), Area.class);
    BigDecimal m2 = AnxiaoUnits.toDecimal(area, AnxiaoUnits.SQUARE_METER);
    Require.that(m2.signum() >= 0, field, m2.toPlainString(), "must be 0 m² or more");
    return m2;
  }
}

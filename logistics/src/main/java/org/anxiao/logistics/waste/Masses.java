package org.anxiao.logistics.waste;

import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/** Masses as exact kilograms: the dimension checked, the value finite, bounded and not negative. */
final class Masses {
  private Masses() {}

  /**
   * {@return {@code mass} in kilograms, exact}
   *
   * @throws org.anxiao.core.error.UnitMismatchException when the unit is not a mass, naming {@code field}
   * @throws org.anxiao.core.error.InvalidValueException when the value is not finite, too large or negative
   */
  static BigDecimal kg(String field, Quantity<Mass> mass) {
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
}

package org.anxiao.core.unit;

import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.internal.Require;

/**
 * A decimal value with a unit code: the language-neutral form of a quantity, as it appears on the
 * wire ({@code {"value": "123.45", "unit": "kWh"}}) and in findings. The value is exact; it is
 * rounded only when presented.
 *
 * @param value the exact value
 * @param unit  a unit code of {@link AnxiaoUnits}, e.g. {@code kWh}, {@code m2}, {@code 1}
 */
public record Measure(BigDecimal value, String unit) {
  public Measure {
    Require.nonNull("value", value);
    AnxiaoUnits.unit(unit);
  }

  /** A measure from a decimal string. */
  public static Measure of(String decimal, String unit) {
    return new Measure(AnxiaoUnits.decimal(decimal), unit);
  }

  /** A measure of a count (unit {@code 1}). */
  public static Measure count(long n) {
    return new Measure(BigDecimal.valueOf(n), "1");
  }

  /** The wire form of a JSR-385 quantity whose unit has a code. */
  public static Measure of(Quantity<?> quantity) {
    Require.nonNull("quantity", quantity);
    return new Measure(AnxiaoUnits.toBigDecimal(quantity.getValue()), AnxiaoUnits.code(quantity.getUnit()));
  }

  /** This measure as a JSR-385 quantity of {@code type}; throws if the unit does not measure it. */
  public <Q extends Quantity<Q>> Quantity<Q> toQuantity(Class<Q> type) {
    Unit<Q> u = AnxiaoUnits.unit("unit", unit, type);
    return AnxiaoUnits.of(value, u);
  }

  /** The value as plain text without exponent, e.g. {@code "123.45"}. */
  public String valueText() {
    return value.toPlainString();
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + unit;
  }
}

package org.anxiao.core.unit;

import java.math.BigDecimal;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Require;

/**
 * A measure (量值): a decimal value with a unit code, the language-neutral form of a quantity as it
 * appears on the wire ({@code {"value": "123.45", "unit": "kWh"}}) and in findings. The value is
 * exact; it is rounded only when presented.
 *
 * <p>The value is kept in canonical form — no trailing zeros, no exponent ({@code 1.50 → 1.5},
 * {@code 0.00 → 0}, {@code 1E+2 → 100}) — so equality is numerical: {@code Measure.of("1.0",
 * "kWh")} equals {@code Measure.of("1.00", "kWh")} and has the same hash code, and one number
 * always has one wire text (equal inputs give equal digests). The scale a caller wrote is not
 * kept: the precision of a presented figure is stated where it is rounded, not carried in the
 * value. Measures in different units are never equal, even when they denote the same amount
 * ({@code 1 MWh} and {@code 1000 kWh}). The value has at most 64 integer digits, as on the wire.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the exact value, in canonical form
 * @param unit  a unit code of {@link AnxiaoUnits}, e.g. {@code kWh}, {@code m2}, {@code 1}
 */
public record Measure(BigDecimal value, String unit) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value the exact value, in canonical form
   * @param unit  a unit code of {@link AnxiaoUnits}, e.g. {@code kWh}, {@code m2}, {@code 1}
   */
  public Measure {
    value = Decimals.canonical("value", value);
    AnxiaoUnits.unit(unit);
  }

  /**
   * {@return a measure from a decimal string}
   *
   * @param decimal the value as a decimal string
   * @param unit    the unit's wire code
   */
  public static Measure of(String decimal, String unit) {
    return new Measure(AnxiaoUnits.decimal(decimal), unit);
  }

  /**
   * {@return a measure of a count (unit {@code 1})}
   *
   * @param n the count
   */
  public static Measure count(long n) {
    return new Measure(BigDecimal.valueOf(Bounds.count("n", n)), "1");
  }

  /**
   * {@return the wire form of a JSR-385 quantity whose unit has a code}
   *
   * @param quantity the quantity
   */
  public static Measure of(Quantity<?> quantity) {
    Require.nonNull("quantity", quantity);
    return new Measure(AnxiaoUnits.toBigDecimal(quantity.getValue()), AnxiaoUnits.code(quantity.getUnit()));
  }

  /**
   * {@return this measure as a JSR-385 quantity of {@code type}; throws if the unit does not measure it}
   *
   * @param <Q>  the kind of quantity
   * @param type the kind of quantity
   */
  public <Q extends Quantity<Q>> Quantity<Q> toQuantity(Class<Q> type) {
    Require.nonNull("type", type);
    Unit<Q> u = AnxiaoUnits.unit("unit", unit, type);
    return AnxiaoUnits.of(value, u);
  }

  /** {@return the value as plain text without exponent, e.g. {@code "123.45"}} */
  public String valueText() {
    return value.toPlainString();
  }

  /** The value and unit code, e.g. {@code "123.45 kWh"}. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit;
  }
}

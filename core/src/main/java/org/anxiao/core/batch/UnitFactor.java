package org.anxiao.core.batch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.unit.AnxiaoUnits;
import tech.units.indriya.function.RationalNumber;

/**
 * The factor that converts a whole column from one unit code to another, looked up once: as an
 * exact fraction for decimal columns and as the nearest double for double columns.
 *
 * <p>Every Anxiao unit is a multiple of its reference unit (no offset units such as °C), so one
 * factor converts every element; a converter that is not linear is refused. Immutable.
 *
 * @param dividend numerator of the exact factor
 * @param divisor  denominator of the exact factor, greater than zero
 * @param factor   {@code dividend / divisor} rounded to the nearest double
 */
record UnitFactor(BigInteger dividend, BigInteger divisor, double factor) {

  /**
   * The factor from {@code from} to {@code to}.
   *
   * @throws org.anxiao.core.error.UnknownCodeException when {@code to} is not a unit code
   * @throws UnitMismatchException                      when the units measure different kinds of quantity
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static UnitFactor between(String from, String to) {
    Unit source = AnxiaoUnits.unit(from);
    Unit target = AnxiaoUnits.unit(to);
    UnitConverter converter;
    try {
      converter = source.getConverterTo(target);
    } catch (UnconvertibleException e) {
      throw new UnitMismatchException("unit", to, "the column's unit " + from);
    }
    if (!converter.isLinear()) {
      throw new InvalidValueException("unit", to, "converting from " + from + " is not a multiplication");
    }
    Number one = converter.convert(RationalNumber.ONE);
    BigInteger dividend;
    BigInteger divisor;
    if (one instanceof RationalNumber r) {
      dividend = r.getDividend();
      divisor = r.getDivisor();
    } else {
      // A negative scale (1E+3) is raised to 0, exactly: the factor is then unscaled / 10^scale.
      BigDecimal d = AnxiaoUnits.toBigDecimal(one);
      d = d.setScale(Math.max(d.scale(), 0));
      dividend = d.unscaledValue();
      divisor = BigInteger.TEN.pow(d.scale());
    }
    if (divisor.signum() < 0) {
      dividend = dividend.negate();
      divisor = divisor.negate();
    }
    double factor = new BigDecimal(dividend).divide(new BigDecimal(divisor), MathContext.DECIMAL128).doubleValue();
    return new UnitFactor(dividend, divisor, factor);
  }

  /**
   * {@code value} times the exact factor, rounded once, half to even, to 32 fractional digits, at
   * that scale: the exact value whenever it has at most 32 fractional digits. Stripped of trailing
   * zeros it is what {@link AnxiaoUnits#toDecimal} gives for one quantity.
   */
  BigDecimal apply(BigDecimal value) {
    return value.multiply(new BigDecimal(dividend))
        .divide(new BigDecimal(divisor), AnxiaoUnits.MAX_RESULT_FRACTION_DIGITS, RoundingMode.HALF_EVEN);
  }
}

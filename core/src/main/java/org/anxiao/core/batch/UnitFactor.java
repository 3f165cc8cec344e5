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
 * @param coprime  the part of {@code divisor} coprime with 10: a decimal times the factor has a
 *                 finite expansion exactly when its unscaled value times {@code dividend} is a
 *                 multiple of this
 */
record UnitFactor(BigInteger dividend, BigInteger divisor, double factor, BigInteger coprime) {
  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

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
    BigInteger coprime = divisor;
    while (coprime.mod(TWO).signum() == 0) {
      coprime = coprime.divide(TWO);
    }
    while (coprime.mod(FIVE).signum() == 0) {
      coprime = coprime.divide(FIVE);
    }
    return new UnitFactor(dividend, divisor, factor, coprime);
  }

  /**
   * {@code value} times the exact factor: exact when the result has at most 32 fractional digits,
   * otherwise the exact value rounded once, half to even, to 32 fractional digits — as
   * {@link AnxiaoUnits#toDecimal} converts one quantity.
   */
  BigDecimal apply(BigDecimal value) {
    BigDecimal product = value.multiply(new BigDecimal(dividend));
    BigDecimal d = new BigDecimal(divisor);
    if (coprime.equals(BigInteger.ONE) || product.unscaledValue().mod(coprime).signum() == 0) {
      BigDecimal exact = product.divide(d);
      return exact.scale() > AnxiaoUnits.MAX_RESULT_FRACTION_DIGITS
          ? exact.setScale(AnxiaoUnits.MAX_RESULT_FRACTION_DIGITS, RoundingMode.HALF_EVEN)
          : exact;
    }
    return product.divide(d, AnxiaoUnits.MAX_RESULT_FRACTION_DIGITS, RoundingMode.HALF_EVEN);
  }
}

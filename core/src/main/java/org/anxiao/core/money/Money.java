package org.anxiao.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * An amount of money in yuan (元, CNY), exact, with scale 2 (分). Negative amounts are allowed
 * (a canteen deficit). Arithmetic never rounds silently: operations that can produce more than two
 * decimals take a {@link RoundingMode}.
 *
 * <p>Wire form: {@code {"value": "12.30", "unit": "CNY"}}. Never a {@code double}.
 *
 * @param value the amount in yuan, scale 2
 */
public record Money(BigDecimal value) implements Comparable<Money> {
  /** Currency code on the wire. */
  public static final String CURRENCY = "CNY";
  /** Input sanity bound: amounts of 10¹⁸ yuan or more are rejected as errors. */
  private static final int MAX_INTEGER_DIGITS = 18;
  /** Zero yuan. */
  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param value the amount in yuan, scale 2
   */
  public Money {
    Bounds.decimal("value", value);
    if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException("value", value.toString(),
          "more than " + MAX_INTEGER_DIGITS + " integer digits is not an amount of money");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException("value", value.toPlainString(),
          "money has at most two decimals (分); round explicitly first");
    }
    value = value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * {@return an amount from a decimal string such as {@code "12.30"}}
   *
   * @param decimal the amount in yuan, at most two decimals
   */
  public static Money ofYuan(String decimal) {
    return new Money(AnxiaoUnits.decimal(decimal));
  }

  /**
   * {@return an amount from a decimal of at most two decimals}
   *
   * @param value the amount in yuan
   */
  public static Money ofYuan(BigDecimal value) {
    return new Money(value);
  }

  /**
   * {@return an amount rounded to 分 with an explicit rounding mode}
   *
   * @param value    the amount in yuan
   * @param rounding how to round to two decimals
   */
  public static Money ofYuan(BigDecimal value, RoundingMode rounding) {
    Bounds.decimal("value", value);
    Require.nonNull("rounding", rounding);
    try {
      return new Money(value.setScale(2, rounding));
    } catch (ArithmeticException e) {
      throw new InvalidValueException("value", value.toPlainString(), "needs rounding to 分 but the mode is " + rounding);
    }
  }

  @JsonCreator
  static Money fromJson(@JsonProperty("value") String value, @JsonProperty("unit") String unit) {
    if (!CURRENCY.equals(unit)) {
      throw new InvalidValueException("unit", unit, "money is in " + CURRENCY);
    }
    return ofYuan(value);
  }

  /** Wire form of the value. */
  @JsonProperty("value")
  String valueText() {
    return value.toPlainString();
  }

  /** {@return the unit's wire code, always {@value #CURRENCY}} */
  @JsonProperty("unit")
  public String unit() {
    return CURRENCY;
  }

  /**
   * {@return the sum of the two amounts}
   *
   * @param other the amount to add
   */
  public Money plus(Money other) {
    return new Money(value.add(Require.nonNull("other", other).value));
  }

  /**
   * {@return this amount less {@code other}; may be negative}
   *
   * @param other the amount to subtract
   */
  public Money minus(Money other) {
    return new Money(value.subtract(Require.nonNull("other", other).value));
  }

  /**
   * {@return this amount times {@code factor}, rounded to 分 with {@code rounding}}
   *
   * @param factor   the multiplier, dimensionless
   * @param rounding how to round to two decimals
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    return ofYuan(value.multiply(Bounds.decimal("factor", factor)), rounding);
  }

  /**
   * {@return this amount divided by {@code other} (a ratio), to {@code scale} decimals}
   *
   * @param other    the divisor, not zero
   * @param scale    the number of decimals of the result
   * @param rounding how to round to {@code scale}
   */
  public BigDecimal ratioTo(Money other, int scale, RoundingMode rounding) {
    Require.nonNull("other", other);
    if (other.value.signum() == 0) {
      throw new InvalidValueException("other", other, "cannot divide by zero yuan");
    }
    Require.that(scale >= 0 && scale <= Bounds.MAX_FRACTION_DIGITS, "scale", scale, "must be between 0 and {}",
        Bounds.MAX_FRACTION_DIGITS);
    Require.nonNull("rounding", rounding);
    try {
      return value.divide(other.value, scale, rounding);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("rounding", rounding, "the ratio needs rounding to " + scale + " decimals");
    }
  }

  /** {@return true for an amount below zero} */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isNegative() {
    return value.signum() < 0;
  }

  @Override
  public int compareTo(Money o) {
    return value.compareTo(Require.nonNull("other", o).value);
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + CURRENCY;
  }
}

package org.anxiao.core.batch;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;

/**
 * A column of quantities (量值列) in one unit, held as primitive {@code double}s: the fast path
 * for batch arithmetic over many readings, e.g. a year of interval meter readings in kWh.
 *
 * <p><b>Fast, not exact.</b> Elements are binary doubles (15–17 significant decimal digits) and
 * every operation is a primitive loop with no allocation per element; each elementwise result is
 * rounded once, as Java rounds a {@code double} operation. {@link #sum()} is compensated (see
 * below). Where every digit must be kept — money, figures that are reconciled — use
 * {@link DecimalQuantityArray}, which is exact and much slower; {@link #toDecimalArray()} and
 * {@link DecimalQuantityArray#toDoubleArray()} move between the two.
 *
 * <p><b>Invariants.</b> One unit code of {@link AnxiaoUnits} for the whole column; every element
 * finite (NaN and ±∞ are refused, naming the index); {@code -0.0} is stored as {@code 0.0}. An
 * operation whose result would overflow to infinity throws {@link InvalidValueException} naming
 * the index instead. The column may be empty.
 *
 * <p><b>Sum.</b> Neumaier's compensated summation: the result is within 2ε·|S| + n·ε²·Σ|xᵢ| of the
 * exact sum S of the n elements (ε = 2⁻⁵³), where a plain loop can be off by (n−1)·ε·Σ|xᵢ|.
 *
 * <p>Wire form: {@code {"unit": "kWh", "values": ["1.5", "2", "0.1"]}}, each value the shortest
 * decimal string that reads back as the same double. Like every decimal on the wire, a value must
 * fit in 64 characters of plain notation, which every reading does in practice; a column holding
 * a value of 10⁶⁴ or more cannot be written.
 *
 * <p>Immutable and thread-safe: the array is copied on the way in and on the way out.
 */
@JsonPropertyOrder({"unit", "values"})
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class DoubleQuantityArray {
  private final String unit;
  private final double[] values;

  /** Takes ownership of {@code values}, which the caller has checked and normalised. */
  private DoubleQuantityArray(String unit, double[] values) {
    this.unit = unit;
    this.values = values;
  }

  /**
   * {@return a column of {@code values} in {@code unit}; the array is copied}
   *
   * @param unit   a unit code of {@link AnxiaoUnits}, e.g. {@code kWh}
   * @param values finite values, possibly none
   * @throws org.anxiao.core.error.UnknownCodeException when {@code unit} is not a unit code
   * @throws InvalidValueException                      when a value is NaN or infinite ({@code values[i]})
   */
  public static DoubleQuantityArray of(String unit, double... values) {
    AnxiaoUnits.unit(unit);
    Require.nonNull("values", values);
    double[] copy = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      copy[i] = Require.finiteElement("values", i, values[i]) + 0.0;
    }
    return new DoubleQuantityArray(unit, copy);
  }

  @JsonCreator
  static DoubleQuantityArray fromJson(@JsonProperty("unit") String unit, @JsonProperty("values") List<BigDecimal> values) {
    AnxiaoUnits.unit(unit);
    Require.nonNull("values", values);
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      BigDecimal d = Require.nonNullElement("values", i, values.get(i));
      // Never -0.0: a BigDecimal has no negative zero, and the decimal grammar (at most 32 fractional
      // digits) keeps every non-zero value far above the range where a double underflows to zero.
      v[i] = d.doubleValue();
      if (!Double.isFinite(v[i])) {
        throw new InvalidValueException("values[" + i + "]", d.toPlainString(), "is beyond the range of a double");
      }
    }
    return new DoubleQuantityArray(unit, v);
  }

  @JsonProperty("values")
  List<BigDecimal> wireValues() {
    return Arrays.stream(values).mapToObj(DoubleQuantityArray::decimal).toList();
  }

  private static BigDecimal decimal(double value) {
    return Decimals.canonical("value", BigDecimal.valueOf(value));
  }

  /** {@return the unit code of every element} */
  @JsonProperty("unit")
  public String unit() {
    return unit;
  }

  /** {@return the number of elements} */
  public int size() {
    return values.length;
  }

  /** {@return true when the column has no elements} */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * {@return the element at {@code index}}
   *
   * @param index zero-based position
   * @throws InvalidValueException when {@code index} is outside {@code [0, size)}
   */
  public double get(int index) {
    return values[Columns.checkIndex(index, values.length)];
  }

  /** {@return a copy of the elements} */
  public double[] toArray() {
    return values.clone();
  }

  /** {@return the elements as a stream of primitives} */
  public DoubleStream doubles() {
    return Arrays.stream(values);
  }

  /**
   * {@return the elements as measures in this column's unit, each value the shortest decimal that reads
   * back as the double ({@code 0.1 → "0.1"})}
   *
   * @throws InvalidValueException when the stream reaches an element of magnitude 10⁶⁴ or more,
   *                               which a {@link Measure} cannot hold
   */
  public Stream<Measure> stream() {
    return IntStream.range(0, values.length).mapToObj(i -> new Measure(BigDecimal.valueOf(values[i]), unit));
  }

  /**
   * {@return the compensated sum of the elements (zero for an empty column), in this column's unit; see
   * the class comment for the bound on its error}
   *
   * @throws InvalidValueException when a partial sum exceeds the range of a double
   */
  public double sum() {
    return Summation.sum(values, 0, values.length);
  }

  /**
   * Elementwise {@code this[i] + other[i]}.
   *
   * @param other a column of the same unit and size
   * @return the sums, in this column's unit
   * @throws UnitMismatchException when the units differ (convert first)
   * @throws InvalidValueException when the sizes differ, or a sum overflows ({@code values[i]})
   */
  public DoubleQuantityArray plus(DoubleQuantityArray other) {
    requireSameShape(other);
    double[] a = values;
    double[] b = other.values;
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = finiteResult(i, a[i] + b[i]);
    }
    return new DoubleQuantityArray(unit, r);
  }

  /**
   * Elementwise {@code this[i] - other[i]}.
   *
   * @param other a column of the same unit and size
   * @return the differences, in this column's unit
   * @throws UnitMismatchException when the units differ (convert first)
   * @throws InvalidValueException when the sizes differ, or a difference overflows ({@code values[i]})
   */
  public DoubleQuantityArray minus(DoubleQuantityArray other) {
    requireSameShape(other);
    double[] a = values;
    double[] b = other.values;
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = finiteResult(i, a[i] - b[i]);
    }
    return new DoubleQuantityArray(unit, r);
  }

  /**
   * {@return every element times {@code factor}, in the same unit (a coefficient that changes the unit
   * belongs to a calculator, which states the unit of its result)}
   *
   * @param factor the multiplier, dimensionless
   * @throws InvalidValueException when {@code factor} is not finite, or a product overflows
   */
  public DoubleQuantityArray multipliedBy(double factor) {
    Require.finite("factor", factor);
    return scaled(unit, factor);
  }

  /**
   * {@return the column in {@code unitCode}: one conversion factor, looked up once, applied to every
   * element (e.g. {@code kWh → kgce}: × 0.1228350…)} Each element is rounded once, so a result can
   * differ from the exact conversion by half an ulp.
   *
   * @param unitCode the target unit's wire code
   * @throws org.anxiao.core.error.UnknownCodeException when {@code unitCode} is not a unit code
   * @throws UnitMismatchException                      when the units measure different kinds of quantity
   * @throws InvalidValueException                      when a converted value overflows
   */
  public DoubleQuantityArray convertedTo(String unitCode) {
    if (unit.equals(unitCode)) {
      return this;
    }
    return scaled(unitCode, UnitFactor.between(unit, unitCode).factor());
  }

  private DoubleQuantityArray scaled(String unitCode, double factor) {
    double[] r = new double[values.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = finiteResult(i, values[i] * factor);
    }
    return new DoubleQuantityArray(unitCode, r);
  }

  /**
   * {@return the column as exact decimals: each element becomes the shortest decimal that reads back as
   * the same double ({@code 0.1 → 0.1}, not 0.1000000000000000055…)}
   *
   * @throws InvalidValueException for an element of magnitude 10⁶⁴ or more (the bound of an exact column)
   */
  public DecimalQuantityArray toDecimalArray() {
    BigDecimal[] d = new BigDecimal[values.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = BigDecimal.valueOf(values[i]);
    }
    return DecimalQuantityArray.of(unit, d);
  }

  private void requireSameShape(DoubleQuantityArray other) {
    Require.nonNull("other", other);
    if (!unit.equals(other.unit)) {
      throw new UnitMismatchException("other.unit", other.unit, unit + " (convert first)");
    }
    if (values.length != other.values.length) {
      throw new InvalidValueException("other.size", other.values.length, "must equal this column's size " + values.length);
    }
  }

  private static double finiteResult(int index, double result) {
    if (!Double.isFinite(result)) {
      throw new InvalidValueException("values[" + index + "]", result, "the result exceeds the range of a double");
    }
    return result + 0.0;
  }

  /** Equal when the units and every element are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DoubleQuantityArray other && unit.equals(other.unit) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * unit.hashCode() + Arrays.hashCode(values);
  }

  /** The unit, size and first few elements, e.g. {@code DoubleQuantityArray[kWh, 3: 1.5, 2.0, 0.1]}. */
  @Override
  public String toString() {
    return Columns.describe("DoubleQuantityArray", unit, values.length, i -> Double.toString(values[i]));
  }
}

package org.anxiao.core.batch;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;

/**
 * A column of exact quantities (精确量值列) in one unit, held as {@link BigDecimal}s: the exact
 * path for batch arithmetic where every digit must be kept and reconciled.
 *
 * <p><b>Exact, not fast.</b> {@link #sum()}, {@link #plus}, {@link #minus} and
 * {@link #multipliedBy(BigDecimal)} never round. {@link #convertedTo} applies the unit factor as an
 * exact fraction: the result is exact when it has a finite decimal expansion ({@code 8.141 kWh} is
 * exactly {@code 1 kgce}) with at most 32 fractional digits, and otherwise rounded once, half to
 * even, to 32 fractional digits, as
 * {@link AnxiaoUnits#toDecimal} converts one quantity. Each element is an object and each operation
 * allocates per element; for long columns of readings use {@link DoubleQuantityArray}.
 *
 * <p><b>Invariants.</b> One unit code of {@link AnxiaoUnits}; no null element; each value below
 * 10⁶⁴ in magnitude (at most 64 integer digits, as on the wire) and kept in canonical form like
 * {@link Measure} ({@code 1.50 → 1.5}), so equality is numerical. An operation whose result breaks
 * the bound throws {@link InvalidValueException} naming the index. The column may be empty.
 *
 * <p>Wire form: {@code {"unit": "kWh", "values": ["1.5", "2", "0.1"]}}, decimal strings.
 *
 * <p>Immutable and thread-safe: the array is copied on the way in and on the way out.
 */
@JsonPropertyOrder({"unit", "values"})
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class DecimalQuantityArray {
  private final String unit;
  private final BigDecimal[] values;

  /** Takes ownership of {@code values}, which are canonical and not null. */
  private DecimalQuantityArray(String unit, BigDecimal[] values) {
    this.unit = unit;
    this.values = values;
  }

  /**
   * {@return a column of {@code values} in {@code unit}; the array is copied}
   *
   * @param unit   a unit code of {@link AnxiaoUnits}, e.g. {@code kWh}
   * @param values the values, possibly none
   * @throws org.anxiao.core.error.UnknownCodeException  when {@code unit} is not a unit code
   * @throws org.anxiao.core.error.MissingValueException when an element is null ({@code values[i]})
   * @throws InvalidValueException                       when an element has more than 64 integer digits
   */
  public static DecimalQuantityArray of(String unit, BigDecimal... values) {
    Require.nonNull("values", values);
    return of(unit, Arrays.asList(values));
  }

  /**
   * As {@link #of(String, BigDecimal...)}, from a list.
   *
   * @param unit   the unit's wire code
   * @param values the elements, in order
   * @return the column
   */
  @JsonCreator
  public static DecimalQuantityArray of(@JsonProperty("unit") String unit, @JsonProperty("values") List<BigDecimal> values) {
    AnxiaoUnits.unit(unit);
    Require.nonNull("values", values);
    BigDecimal[] copy = new BigDecimal[values.size()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = Decimals.canonicalElement("values", i, values.get(i));
    }
    return new DecimalQuantityArray(unit, copy);
  }

  @JsonProperty("values")
  List<BigDecimal> wireValues() {
    return List.of(values);
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
  public BigDecimal get(int index) {
    return values[Columns.checkIndex(index, values.length)];
  }

  /** {@return a copy of the elements} */
  public BigDecimal[] toArray() {
    return values.clone();
  }

  /** {@return the elements as measures in this column's unit} */
  public Stream<Measure> stream() {
    return Arrays.stream(values).map(v -> new Measure(v, unit));
  }

  /** {@return the exact sum of the elements (zero for an empty column), in this column's unit} */
  public BigDecimal sum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return Decimals.canonical("sum", sum);
  }

  /**
   * Elementwise {@code this[i] + other[i]}, exact.
   *
   * @param other a column of the same unit and size
   * @return the sums, in this column's unit
   * @throws UnitMismatchException when the units differ (convert first)
   * @throws InvalidValueException when the sizes differ
   */
  public DecimalQuantityArray plus(DecimalQuantityArray other) {
    requireSameShape(other);
    BigDecimal[] r = new BigDecimal[values.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = Decimals.canonicalElement("values", i, values[i].add(other.values[i]));
    }
    return new DecimalQuantityArray(unit, r);
  }

  /**
   * Elementwise {@code this[i] - other[i]}, exact.
   *
   * @param other a column of the same unit and size
   * @return the differences, in this column's unit
   * @throws UnitMismatchException when the units differ (convert first)
   * @throws InvalidValueException when the sizes differ
   */
  public DecimalQuantityArray minus(DecimalQuantityArray other) {
    requireSameShape(other);
    BigDecimal[] r = new BigDecimal[values.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = Decimals.canonicalElement("values", i, values[i].subtract(other.values[i]));
    }
    return new DecimalQuantityArray(unit, r);
  }

  /**
   * {@return every element times {@code factor}, exact, in the same unit}
   *
   * @param factor the multiplier, dimensionless
   */
  public DecimalQuantityArray multipliedBy(BigDecimal factor) {
    Require.nonNull("factor", factor);
    BigDecimal[] r = new BigDecimal[values.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = Decimals.canonicalElement("values", i, values[i].multiply(factor));
    }
    return new DecimalQuantityArray(unit, r);
  }

  /**
   * {@return every element times {@code factor} read as the shortest decimal that is that double
   * ({@code 0.1 → 0.1}), exact from there on}
   *
   * @param factor the multiplier, dimensionless
   * @throws InvalidValueException when {@code factor} is not finite
   */
  public DecimalQuantityArray multipliedBy(double factor) {
    return multipliedBy(BigDecimal.valueOf(Require.finite("factor", factor)));
  }

  /**
   * {@return the column in {@code unitCode}, the unit factor looked up once as an exact fraction (see the
   * class comment for when a result is rounded)}
   *
   * @param unitCode the target unit's wire code
   * @throws org.anxiao.core.error.UnknownCodeException when {@code unitCode} is not a unit code
   * @throws UnitMismatchException                      when the units measure different kinds of quantity
   */
  public DecimalQuantityArray convertedTo(String unitCode) {
    if (unit.equals(unitCode)) {
      return this;
    }
    UnitFactor factor = UnitFactor.between(unit, unitCode);
    BigDecimal[] r = new BigDecimal[values.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = Decimals.canonicalElement("values", i, factor.apply(values[i]));
    }
    return new DecimalQuantityArray(unitCode, r);
  }

  /**
   * {@return the column as doubles, each element rounded to the nearest double (always finite: every
   * element is below 10⁶⁴)}
   */
  public DoubleQuantityArray toDoubleArray() {
    double[] d = new double[values.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = values[i].doubleValue();
    }
    return DoubleQuantityArray.of(unit, d);
  }

  private void requireSameShape(DecimalQuantityArray other) {
    Require.nonNull("other", other);
    if (!unit.equals(other.unit)) {
      throw new UnitMismatchException("other.unit", other.unit, unit + " (convert first)");
    }
    if (values.length != other.values.length) {
      throw new InvalidValueException("other.size", other.values.length, "must equal this column's size " + values.length);
    }
  }

  /** Equal when the units are equal and every element is numerically equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DecimalQuantityArray other && unit.equals(other.unit) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * unit.hashCode() + Arrays.hashCode(values);
  }

  /** The unit, size and first few elements, e.g. {@code DecimalQuantityArray[kWh, 3: 1.5, 2, 0.1]}. */
  @Override
  public String toString() {
    return Columns.describe("DecimalQuantityArray", unit, values.length, i -> values[i].toPlainString());
  }
}

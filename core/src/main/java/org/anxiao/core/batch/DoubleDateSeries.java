package org.anxiao.core.batch;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Require;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;

/**
 * A date series (日期序列) of quantities in one unit: at most one finite {@code double} per
 * calendar date, e.g. daily water readings in m³ or daily electricity use in kWh.
 *
 * <p><b>Invariants.</b> Dates strictly increasing (sorted, no date twice); every value finite;
 * one unit code of {@link AnxiaoUnits}. The series may be empty. Dates are plain calendar dates;
 * no time zone is involved. Stored as two primitive columns ({@code long} epoch days and
 * {@code double} values): {@link #get} is a binary search, {@link #subSeries} two binary searches
 * and a copy, {@link #sum()} the compensated sum of {@link DoubleQuantityArray#sum()}, with the same
 * error bound.
 *
 * <p>Wire form: {@code {"unit": "kWh", "dates": ["2024-03-01", "2024-03-02"], "values": ["12.5",
 * "13"]}}, two lists of equal length, dates ISO-8601 and ascending, values decimal strings.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String)} (any order) or
 * {@link #of(String, LocalDate[], double[])} (already sorted).
 */
@JsonPropertyOrder({"unit", "dates", "values"})
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class DoubleDateSeries {
  private final String unit;
  private final long[] days;
  private final double[] values;

  /** Takes ownership of the arrays, which the caller has checked. */
  private DoubleDateSeries(String unit, long[] days, double[] values) {
    this.unit = unit;
    this.days = days;
    this.values = values;
  }

  /**
   * {@return a series from parallel arrays, dates strictly increasing; the arrays are copied}
   *
   * @param unit   the values' unit code
   * @param dates  the dates, strictly increasing
   * @param values the value on each date, finite
   * @throws org.anxiao.core.error.UnknownCodeException  when {@code unit} is not a unit code
   * @throws org.anxiao.core.error.MissingValueException when an array or a date is null
   * @throws InvalidValueException                       when the lengths differ, a date is not after
   *                                                     the one before it, or a value is not finite
   */
  public static DoubleDateSeries of(String unit, LocalDate[] dates, double[] values) {
    AnxiaoUnits.unit(unit);
    Require.nonNull("dates", dates);
    Require.nonNull("values", values);
    if (dates.length != values.length) {
      throw new InvalidValueException("values", values.length, "must have as many values as dates (" + dates.length + ")");
    }
    long[] d = new long[dates.length];
    double[] v = new double[values.length];
    for (int i = 0; i < d.length; i++) {
      LocalDate date = Require.nonNullElement("dates", i, dates[i]);
      d[i] = date.toEpochDay();
      if (i > 0 && d[i] <= d[i - 1]) {
        throw new InvalidValueException("dates[" + i + "]", date, d[i] == d[i - 1] ? "is given twice"
            : "must be after the date before it, " + dates[i - 1] + " (dates ascend)");
      }
      v[i] = finite(date, values[i]);
    }
    return new DoubleDateSeries(unit, d, v);
  }

  @JsonCreator
  static DoubleDateSeries fromJson(@JsonProperty("unit") String unit, @JsonProperty("dates") List<LocalDate> dates,
      @JsonProperty("values") List<BigDecimal> values) {
    Require.nonNull("dates", dates);
    Require.nonNull("values", values);
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Require.nonNullElement("values", i, values.get(i)).doubleValue();
    }
    return of(unit, dates.toArray(new LocalDate[0]), v);
  }

  private static double finite(LocalDate date, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("values[" + date + "]", value, "must be a finite number");
    }
    return value + 0.0;
  }

  /**
   * {@return a builder for a series in {@code unit}}
   *
   * @param unit the values' unit code
   * @throws org.anxiao.core.error.UnknownCodeException when {@code unit} is not a unit code
   */
  public static Builder builder(String unit) {
    AnxiaoUnits.unit(unit);
    return new Builder(unit);
  }

  /** {@return the unit code of every value} */
  @JsonProperty("unit")
  public String unit() {
    return unit;
  }

  /** {@return the number of dates} */
  public int size() {
    return days.length;
  }

  /** {@return true when the series has no dates} */
  public boolean isEmpty() {
    return days.length == 0;
  }

  /**
   * {@return the value on {@code date}, empty when the series has none}
   *
   * @param date the day
   */
  public OptionalDouble get(LocalDate date) {
    int i = Arrays.binarySearch(days, Require.nonNull("date", date).toEpochDay());
    return i >= 0 ? OptionalDouble.of(values[i]) : OptionalDouble.empty();
  }

  /**
   * {@return true when the series has a value on {@code date}}
   *
   * @param date the day
   */
  public boolean containsDate(LocalDate date) {
    return Arrays.binarySearch(days, Require.nonNull("date", date).toEpochDay()) >= 0;
  }

  /**
   * {@return the part of the series dated on or after {@code from} and before {@code toExclusive}; empty
   * when the two are equal}
   *
   * @param from        first day included
   * @param toExclusive first day left out
   * @throws InvalidValueException when {@code toExclusive} is before {@code from}
   */
  public DoubleDateSeries subSeries(LocalDate from, LocalDate toExclusive) {
    Require.nonNull("from", from);
    Require.nonNull("toExclusive", toExclusive);
    Require.that(!toExclusive.isBefore(from), "toExclusive", toExclusive, "must not be before from {}", from);
    int start = insertionPoint(from.toEpochDay());
    int end = insertionPoint(toExclusive.toEpochDay());
    if (start == 0 && end == days.length) {
      return this;
    }
    return new DoubleDateSeries(unit, Arrays.copyOfRange(days, start, end), Arrays.copyOfRange(values, start, end));
  }

  /**
   * {@return the part of the series within {@code period} ({@code [start, end)}), e.g. one month}
   *
   * @param period the period
   */
  public DoubleDateSeries subSeries(Period period) {
    Require.nonNull("period", period);
    return subSeries(period.start(), period.end());
  }

  /** Index of the first date on or after {@code day}. */
  private int insertionPoint(long day) {
    int i = Arrays.binarySearch(days, day);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * {@return the compensated sum of the values (zero for an empty series)}
   *
   * @throws InvalidValueException when a partial sum exceeds the range of a double
   */
  public double sum() {
    return Summation.sum(values, 0, values.length);
  }

  /** {@return a copy of the dates, ascending} */
  public LocalDate[] dates() {
    LocalDate[] d = new LocalDate[days.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = LocalDate.ofEpochDay(days[i]);
    }
    return d;
  }

  /** {@return a copy of the values, in date order} */
  public double[] values() {
    return values.clone();
  }

  /** {@return the values as a column, in date order} */
  public DoubleQuantityArray toQuantityArray() {
    return DoubleQuantityArray.of(unit, values);
  }

  @JsonProperty("dates")
  List<LocalDate> wireDates() {
    return List.of(dates());
  }

  @JsonProperty("values")
  List<BigDecimal> wireValues() {
    return Arrays.stream(values).mapToObj(v -> Decimals.canonical("value", BigDecimal.valueOf(v))).toList();
  }

  /** Equal when the units, dates and values are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DoubleDateSeries other && unit.equals(other.unit) && Arrays.equals(days, other.days)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return (31 * unit.hashCode() + Arrays.hashCode(days)) * 31 + Arrays.hashCode(values);
  }

  /** The unit, size and first few points, e.g. {@code DoubleDateSeries[kWh, 2: 2024-03-01=12.5, 2024-03-02=13.0]}. */
  @Override
  public String toString() {
    return Columns.describe("DoubleDateSeries", unit, days.length, i -> LocalDate.ofEpochDay(days[i]) + "=" + values[i]);
  }

  /**
   * Builds a {@link DoubleDateSeries} from points in any order; refuses a date given twice and a
   * value that is not finite, naming the date, when the point is put. Not thread-safe.
   */
  public static final class Builder {
    private final String unit;
    private final TreeMap<LocalDate, Double> points = new TreeMap<>();

    private Builder(String unit) {
      this.unit = unit;
    }

    /**
     * Adds the value on {@code date}.
     *
     * @param date  the day
     * @param value the value on that day, finite
     * @return this builder
     * @throws org.anxiao.core.error.MissingValueException when {@code date} is null
     * @throws InvalidValueException                       when the date is already in the builder,
     *                                                     or the value is NaN or infinite
     */
    public Builder put(LocalDate date, double value) {
      Require.nonNull("date", date);
      double v = finite(date, value);
      if (points.putIfAbsent(date, v) != null) {
        throw new InvalidValueException("dates", date, "is given twice");
      }
      return this;
    }

    /**
     * Adds every point of {@code values}, as {@link #put} does.
     *
     * @param values values by day
     * @return this builder
     */
    public Builder putAll(Map<LocalDate, ? extends Number> values) {
      Require.nonNull("values", values);
      values.forEach((date, value) -> {
        if (value == null) {
          throw new MissingValueException("values[" + date + "]");
        }
        put(date, value.doubleValue());
      });
      return this;
    }

    /** {@return the series of the points put so far} */
    public DoubleDateSeries build() {
      long[] d = new long[points.size()];
      double[] v = new double[points.size()];
      int i = 0;
      for (Map.Entry<LocalDate, Double> e : points.entrySet()) {
        d[i] = e.getKey().toEpochDay();
        v[i] = e.getValue();
        i++;
      }
      return new DoubleDateSeries(unit, d, v);
    }
  }
}

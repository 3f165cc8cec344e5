package org.anxiao.energy.batch;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.measure.Unit;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.internal.SerialChecks;
import org.jspecify.annotations.Nullable;

/**
 * Reads rows of a readings table (读数表) — school id, carrier, period start, value, unit, as a data
 * lake holds them — into the batch API's primitive columns, one row at a time: the one reader behind
 * a single-JVM run and each partition of a distributed one, so both sum the same doubles.
 *
 * <p>A row is checked in the order of the table's columns, and the first fault rejects it with the
 * column's name as the field:
 * <ol>
 *   <li>{@value #SCHOOL_ID}: one of the batch's schools, else {@code UNKNOWN_CODE};</li>
 *   <li>{@value #CARRIER}: a {@link Carrier} name, else {@code UNKNOWN_CODE}; and one the factors
 *       {@linkplain BatchFactors#accepts accept}, else {@code UNKNOWN_CODE};</li>
 *   <li>{@value #PERIOD_START}: within the batch's months, else {@code INVALID_VALUE} (a row counts in
 *       the month its period starts in);</li>
 *   <li>{@value #UNIT}: a unit code of {@link AnxiaoUnits}, else {@code UNKNOWN_CODE}; of the carrier's
 *       kind ({@link Carrier#unit()}), else {@code UNIT_MISMATCH};</li>
 *   <li>{@value #VALUE}: finite and zero or more, also once converted to the carrier's unit, else
 *       {@code INVALID_VALUE}.</li>
 * </ol>
 * An accepted value is converted to the carrier's unit by the unit's factor, computed once per
 * carrier and unit as an exact fraction and then rounded to a double ({@code 1 MWh = 1000 kWh},
 * {@code 1 t = 1000 kg}), and multiplied in.
 *
 * <p>Immutable, thread-safe and {@link Serializable}: bind it on a driver with the factors and ship
 * it; each partition then fills its own {@link Columns}.
 */
public final class BatchReadings implements Serializable {
  /** Column (and failure field) of the school id. */
  public static final String SCHOOL_ID = "school_id";
  /** Column (and failure field) of the carrier name. */
  public static final String CARRIER = "carrier";
  /** Column (and failure field) of the period's start. */
  public static final String PERIOD_START = "period_start";
  /** Column (and failure field) of the amount. */
  public static final String VALUE = "value";
  /** Column (and failure field) of the amount's unit code. */
  public static final String UNIT = "unit";

  private static final long serialVersionUID = 1L;
  private static final Carrier[] CARRIERS = Carrier.values();

  /** The factors the rows are summed with. */
  private final BatchFactors factors;
  /** The schools' ids, in batch index order. */
  private final String[] schoolIds;
  /** The month of period 0. */
  private final YearMonth firstMonth;
  /** The number of months. */
  private final int months;
  private transient @Nullable Map<String, Integer> index;

  private BatchReadings(BatchFactors factors, String[] schoolIds, YearMonth firstMonth, int months) {
    this.factors = factors;
    this.schoolIds = schoolIds;
    this.firstMonth = firstMonth;
    this.months = months;
  }

  /**
   * {@return a reader of rows of {@code schoolIds} over {@code months} months from {@code firstMonth}}
   *
   * @param factors    the factors; school {@code i} of the batch is {@code schoolIds.get(i)}
   * @param schoolIds  the schools' ids in batch index order, one per school of the factors, no id twice
   * @param firstMonth the first month (period 0)
   * @param months     the number of months, 1 to 10 000
   * @throws InvalidValueException when the ids do not match the factors' schools or an id repeats
   */
  public static BatchReadings of(BatchFactors factors, List<String> schoolIds, YearMonth firstMonth, int months) {
    Require.nonNull("factors", factors);
    List<String> ids = Bounds.list("schoolIds", schoolIds);
    Require.that(ids.size() == factors.schools(), "schoolIds", ids.size(), "must give one id per school ({})",
        factors.schools());
    Require.nonNull("firstMonth", firstMonth);
    Require.that(months > 0 && months <= 10_000, "months", months, "must be between 1 and 10000");
    BatchReadings readings = new BatchReadings(factors, ids.toArray(String[]::new), firstMonth, months);
    readings.index();
    return readings;
  }

  /**
   * {@return a reader of the rows of {@code schools}, with each school's factors resolved once in its
   * own district} ({@link BatchFactors#resolve}) — under {@code context}'s registry, date, pins,
   * verification floor and policy ({@link RuleContext#withJurisdiction}). School {@code i} of the batch
   * is {@code schools.get(i)}.
   *
   * @param context     the province or city, and a date: the terms every school's rules are resolved under
   * @param basis       the electricity basis
   * @param locationSet the grid-factor set and region of every school's location-based figure
   * @param schools     the schools, at least one, no id twice
   * @param firstMonth  the first month (period 0)
   * @param months      the number of months, 1 to 10 000
   * @throws org.anxiao.core.error.RulePackException when a pack is missing or the policy refuses a value
   */
  public static BatchReadings resolve(RuleContext context, ElectricityBasis basis, FactorSet locationSet,
      List<RollUpSchool> schools, YearMonth firstMonth, int months) {
    Require.nonNull("context", context);
    Require.nonNull("locationSet", locationSet);
    List<RollUpSchool> list = Bounds.list("schools", schools);
    List<BatchSchool> batch = new ArrayList<>(list.size());
    List<String> ids = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      RollUpSchool s = Require.nonNullElement("schools", i, list.get(i));
      batch.add(new BatchSchool(context.withJurisdiction(s.district()), locationSet,
          AnxiaoUnits.of(s.area(), AnxiaoUnits.SQUARE_METER)));
      ids.add(s.id());
    }
    return of(BatchFactors.resolve(basis, batch), ids, firstMonth, months);
  }

  /** {@return the factors} */
  public BatchFactors factors() {
    return factors;
  }

  /** {@return the first month, period 0} */
  public YearMonth firstMonth() {
    return firstMonth;
  }

  /** {@return the number of months (periods)} */
  public int months() {
    return months;
  }

  /** {@return the schools' ids in batch index order} */
  public List<String> schoolIds() {
    return List.of(schoolIds);
  }

  /**
   * {@return a new, empty set of columns holding up to {@code capacity} rows}
   *
   * @param capacity rows per chunk, at least one
   */
  public Columns columns(int capacity) {
    Require.that(capacity > 0, "capacity", capacity, "must be at least one");
    return new Columns(capacity);
  }

  /**
   * {@return a new sum of rows in chunks of {@code chunk} rows, each chunk summed as it fills}
   *
   * @param chunk rows per chunk, at least one
   */
  public Summing summing(int chunk) {
    return new Summing(columns(chunk), accumulator());
  }

  /** {@return a new accumulator over these factors and months} */
  public BatchAccumulator accumulator() {
    return factors.accumulator(months);
  }

  /**
   * Reads the fields and checks them as {@link #of} does.
   *
   * @param in the stream
   * @throws IOException            when the stream fails
   * @throws ClassNotFoundException when a class of the stream is missing
   * @throws InvalidObjectException when a field breaks an invariant
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    SerialChecks.checked("BatchReadings", () -> {
      Require.nonNull("factors", factors);
      Require.that(Require.nonNull("schoolIds", schoolIds).length == factors.schools(), "schoolIds", schoolIds.length,
          "must give one id per school ({})", factors.schools());
      Require.nonNull("firstMonth", firstMonth);
      Require.that(months > 0 && months <= 10_000, "months", months, "must be between 1 and 10000");
      return index();
    });
  }

  private Map<String, Integer> index() {
    Map<String, Integer> i = index;
    if (i == null) {
      i = new HashMap<>(schoolIds.length * 2);
      for (int s = 0; s < schoolIds.length; s++) {
        String id = Require.nonNullElement("schoolIds", s, schoolIds[s]);
        if (i.put(id, s) != null) {
          throw new InvalidValueException("schoolIds[" + s + "]", id, "repeats an earlier school id");
        }
      }
      index = i;
    }
    return i;
  }

  /**
   * A chunk of rows in primitive columns (列块), filled by {@link #add} and summed by {@link #addTo}.
   * Mutable and not thread-safe: one per partition and thread.
   */
  public final class Columns {
    private final int[] school;
    private final int[] carrier;
    private final int[] period;
    private final double[] value;
    /** Per carrier ordinal: unit code → factor to the carrier's unit, NaN when of another kind. */
    private final List<Map<String, Double>> factorsByUnit;
    private int size;

    private Columns(int capacity) {
      school = new int[capacity];
      carrier = new int[capacity];
      period = new int[capacity];
      value = new double[capacity];
      factorsByUnit = new ArrayList<>(CARRIERS.length);
      for (int c = 0; c < CARRIERS.length; c++) {
        factorsByUnit.add(new HashMap<>());
      }
    }

    /**
     * Adds one row, or says why not.
     *
     * @param schoolId    the school's id
     * @param carrierName the carrier's {@link Carrier} name
     * @param periodStart the start of the period the value covers
     * @param amount      the amount, in {@code unit}
     * @param unit        a unit code of {@link AnxiaoUnits}
     * @return null when the row was added, else the error that rejects it (its field one of the column names)
     * @throws IllegalStateException when the columns are {@linkplain #isFull() full}
     */
    public @Nullable AnxiaoException add(@Nullable String schoolId, @Nullable String carrierName,
        @Nullable LocalDateTime periodStart, double amount, @Nullable String unit) {
      if (size == school.length) {
        throw new IllegalStateException("the columns are full: sum them (addTo) and clear them first");
      }
      Integer s = schoolId == null ? null : index().get(schoolId);
      if (s == null) {
        return new UnknownCodeException(SCHOOL_ID, schoolId, "a school of the batch (the schools table)");
      }
      Carrier c = carrier(carrierName);
      if (c == null) {
        return new UnknownCodeException(CARRIER, carrierName, "Carrier name");
      }
      if (!factors.accepts(c)) {
        return new UnknownCodeException(CARRIER, carrierName,
            "carriers with a coefficient (and, for a fuel, an emission factor) in the packs in force");
      }
      long p = periodStart == null ? -1 : ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(periodStart));
      if (p < 0 || p >= months) {
        return new InvalidValueException(PERIOD_START, periodStart, "must lie in " + firstMonth + " to "
            + firstMonth.plusMonths(months - 1L));
      }
      double factor = factor(c, unit);
      if (Double.isNaN(factor)) {
        return unit == null || !AnxiaoUnits.codes().contains(unit)
            ? new UnknownCodeException(UNIT, unit, "unit code")
            : new UnitMismatchException(UNIT, unit, c.unit() + " or a unit of its kind");
      }
      if (!(amount >= 0 && amount <= Double.MAX_VALUE)) {
        return new InvalidValueException(VALUE, amount, "must be finite and zero or more");
      }
      double converted = amount * factor;
      if (converted > Double.MAX_VALUE) {
        return new InvalidValueException(VALUE, amount, "is not finite once converted to " + c.unit());
      }
      school[size] = s;
      carrier[size] = c.ordinal();
      period[size] = (int) p;
      value[size] = converted;
      size++;
      return null;
    }

    /** {@return the rows held} */
    public int size() {
      return size;
    }

    /** {@return whether no more rows fit} */
    public boolean isFull() {
      return size == school.length;
    }

    /**
     * Sums the rows held into {@code accumulator}, in the order they were added.
     *
     * @param accumulator an accumulator over these readings' factors and months
     * @return {@code accumulator}
     * @throws org.anxiao.core.error.InvalidValueException when the accumulator is over other factors or months
     */
    public BatchAccumulator addTo(BatchAccumulator accumulator) {
      Require.nonNull("accumulator", accumulator);
      Require.that(accumulator.factors().equals(factors) && accumulator.periods() == months, "accumulator", accumulator,
          "must accumulate over these readings' factors and months (BatchReadings.accumulator())");
      return accumulator.add(school, carrier, period, value, 0, size);
    }

    /** Empties the columns, keeping their capacity. */
    public void clear() {
      size = 0;
    }

    private double factor(Carrier c, @Nullable String unit) {
      if (unit == null) {
        return Double.NaN;
      }
      return factorsByUnit.get(c.ordinal()).computeIfAbsent(unit, u -> unitFactor(u, c.unit()));
    }
  }

  /**
   * Rows read one at a time into a chunk of {@link Columns}, each full chunk summed into one
   * accumulator (逐行累加): what a partition, or a single JVM, does with a stream of rows. Mutable and
   * not thread-safe: one per partition and thread.
   */
  public static final class Summing {
    private final Columns chunk;
    private final BatchAccumulator sums;

    private Summing(Columns chunk, BatchAccumulator sums) {
      this.chunk = chunk;
      this.sums = sums;
    }

    /**
     * Adds one row, as {@link Columns#add} does, summing the chunk when it fills.
     *
     * @param schoolId    the school's id
     * @param carrierName the carrier's {@link Carrier} name
     * @param periodStart the start of the period the value covers
     * @param amount      the amount, in {@code unit}
     * @param unit        a unit code of {@link AnxiaoUnits}
     * @return null when the row was added, else the error that rejects it
     */
    public @Nullable AnxiaoException add(@Nullable String schoolId, @Nullable String carrierName,
        @Nullable LocalDateTime periodStart, double amount, @Nullable String unit) {
      AnxiaoException error = chunk.add(schoolId, carrierName, periodStart, amount, unit);
      if (error == null && chunk.isFull()) {
        chunk.addTo(sums);
        chunk.clear();
      }
      return error;
    }

    /** {@return the accumulator, with every row added so far summed} */
    public BatchAccumulator finish() {
      chunk.addTo(sums);
      chunk.clear();
      return sums;
    }
  }

  private static @Nullable Carrier carrier(@Nullable String name) {
    if (name == null) {
      return null;
    }
    for (Carrier c : CARRIERS) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** Amount in {@code to} of one {@code from}: the exact factor as a double; NaN for an unknown or other-kind unit. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static double unitFactor(String from, String to) {
    if (!AnxiaoUnits.codes().contains(from)) {
      return Double.NaN;
    }
    Unit source = AnxiaoUnits.unit(from);
    Unit target = AnxiaoUnits.unit(to);
    if (!source.isCompatible(target)) {
      return Double.NaN;
    }
    return AnxiaoUnits.toDouble(AnxiaoUnits.of(1, source), target);
  }

  @Override
  public String toString() {
    return "BatchReadings{" + schoolIds.length + " schools, " + months + " months from " + firstMonth + "}";
  }
}

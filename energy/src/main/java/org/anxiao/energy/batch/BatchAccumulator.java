package org.anxiao.energy.batch;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Require;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.internal.SerialChecks;
import org.anxiao.energy.internal.WeightedSums;

/**
 * Sums of one partition of readings (分区累加器): per school and period, kgce, Scope 1 kgCO₂, grid kWh
 * and heat MJ, plus the green power to deduct in market-based Scope 2. Add column ranges with
 * {@link #add}, combine partitions with {@link #merge}, and read the figures with {@link #result()}.
 *
 * <p>Columns are plain arrays of equal length: {@code school[i]} in {@code [0, schools)},
 * {@code carrier[i]} a {@link Carrier} ordinal, {@code period[i]} in {@code [0, periods)},
 * {@code value[i]} the amount in the carrier's own unit ({@link Carrier#unit()}), finite and zero or
 * more. A row that breaks a rule is not summed: it becomes a {@link Failure} naming its index and
 * field (the first {@value #FAILURES_KEPT} are kept, all are counted), so a bad row is never summed
 * and never dropped silently. The arrays are read, never kept or changed.
 *
 * <p>Mutable and not thread-safe: one accumulator per partition and thread, like a Spark
 * {@code mapPartitions} task or a Flink operator instance. {@link Serializable}, so a partition's
 * accumulator travels back to the driver, which merges them: the serial form holds the factors,
 * the sums, the counts and the failures kept.
 */
public final class BatchAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Failures kept in full; the rest are counted. */
  public static final int FAILURES_KEPT = 1000;

  /** The factors summed with. */
  private final BatchFactors factors;
  /** Periods per school. */
  private final int periods;
  /** Per school, period and output (kgce, Scope 1 kgCO₂, grid kWh, heat MJ), the sums. */
  private final double[] sums;
  /** Per school and period, the green kWh. */
  private final double[] green;
  /** The failures kept. */
  private final List<Failure> failures = new ArrayList<>();
  /** Rows summed. */
  private long added;
  /** Rows rejected. */
  private long rejected;

  BatchAccumulator(BatchFactors factors, int periods) {
    this.factors = factors;
    this.periods = periods;
    this.sums = new double[factors.schools() * periods * BatchFactors.K];
    this.green = new double[factors.schools() * periods];
  }

  /**
   * Adds rows {@code [from, to)} of the columns.
   *
   * @param school  the school of each row
   * @param carrier the carrier ordinal of each row
   * @param period  the period of each row
   * @param value   the amount of each row, in the carrier's unit
   * @param from    first row, inclusive
   * @param to      last row, exclusive
   * @return this accumulator
   * @throws InvalidValueException when the columns differ in length or the range is outside them
   */
  public BatchAccumulator add(int[] school, int[] carrier, int[] period, double[] value, int from, int to) {
    int n = Require.nonNull("value", value).length;
    checkColumn("school", Require.nonNull("school", school).length, n);
    checkColumn("carrier", Require.nonNull("carrier", carrier).length, n);
    checkColumn("period", Require.nonNull("period", period).length, n);
    checkRange(from, to, n);
    int bad = WeightedSums.accumulate(school, factors.schools(), period, periods, carrier, factors.known(), value,
        factors.weights(), BatchFactors.K, sums, from, to, row -> reject(row, school, carrier, period, value));
    added += to - from - bad;
    return this;
  }

  /**
   * Adds green power bought and settled, or certificates, that market-based Scope 2 counts at zero
   * (as the Scope 2 accounting rule in force says) — kWh per school and period.
   *
   * @param school the school of each row
   * @param period the period of each row
   * @param kWh    the kWh of each row, finite and zero or more
   * @param from   first row, inclusive
   * @param to     last row, exclusive
   * @return this accumulator
   * @throws InvalidValueException when a row breaks a rule (green power is few rows: it is checked, not skipped)
   */
  public BatchAccumulator addGreenPower(int[] school, int[] period, double[] kWh, int from, int to) {
    int n = Require.nonNull("kWh", kWh).length;
    checkColumn("school", Require.nonNull("school", school).length, n);
    checkColumn("period", Require.nonNull("period", period).length, n);
    checkRange(from, to, n);
    for (int i = from; i < to; i++) {
      index("school[" + i + "]", school[i], factors.schools());
      index("period[" + i + "]", period[i], periods);
      double v = kWh[i];
      Require.that(v >= 0 && v <= Double.MAX_VALUE, "kWh[" + i + "]", v, "must be finite and zero or more");
      green[school[i] * periods + period[i]] += v;
    }
    return this;
  }

  /**
   * Adds another partition's sums to this one.
   *
   * @param other an accumulator over equal factors (the same instance, or a shipped copy) and the same
   *              number of periods
   * @return this accumulator
   */
  public BatchAccumulator merge(BatchAccumulator other) {
    Require.nonNull("other", other);
    Require.that(other.factors.equals(factors) && other.periods == periods, "other", other,
        "must accumulate over the same factors and periods");
    for (int i = 0; i < sums.length; i++) {
      sums[i] += other.sums[i];
    }
    for (int i = 0; i < green.length; i++) {
      green[i] += other.green[i];
    }
    for (Failure f : other.failures) {
      if (failures.size() < FAILURES_KEPT) {
        failures.add(f);
      }
    }
    added += other.added;
    rejected += other.rejected;
    return this;
  }

  BatchFactors factors() {
    return factors;
  }

  int periods() {
    return periods;
  }

  /** {@return the figures summed so far} */
  public BatchResult result() {
    return BatchResult.of(factors, periods, sums, green, added, rejected, failures);
  }

  private void reject(int row, int[] school, int[] carrier, int[] period, double[] value) {
    rejected++;
    if (failures.size() >= FAILURES_KEPT) {
      return;
    }
    failures.add(Failure.of(row, reason(row, school[row], carrier[row], period[row], value[row])));
  }

  private AnxiaoException reason(int row, int school, int carrier, int period, double value) {
    Carrier[] carriers = Carrier.values();
    if (school < 0 || school >= factors.schools()) {
      return new InvalidValueException("school[" + row + "]", school, "must be between 0 and " + (factors.schools() - 1));
    }
    if (period < 0 || period >= periods) {
      return new InvalidValueException("period[" + row + "]", period, "must be between 0 and " + (periods - 1));
    }
    if (carrier < 0 || carrier >= carriers.length) {
      return new UnknownCodeException("carrier[" + row + "]", carrier, "Carrier ordinal (0.." + (carriers.length - 1) + ")");
    }
    if (!(value >= 0 && value <= Double.MAX_VALUE)) {
      return new InvalidValueException("value[" + row + "]", value, "must be finite and zero or more");
    }
    return new UnknownCodeException("carrier[" + row + "]", carriers[carrier],
        "carriers with a coefficient (and, for a fuel, an emission factor) in the packs in force");
  }

  private void index(String field, int value, int count) {
    Require.that(value >= 0 && value < count, field, value, "must be between 0 and {}", count - 1);
  }

  private static void checkColumn(String field, int length, int expected) {
    Require.that(length == expected, field, length, "must have as many rows as value ({})", expected);
  }

  private static void checkRange(int from, int to, int n) {
    Require.that(from >= 0 && from <= to && to <= n, "from", from, "must satisfy 0 ≤ from ≤ to ≤ {} (to = " + to + ")", n);
  }

  /**
   * {@return the serial form that stands for this accumulator}
   */
  private Object writeReplace() {
    return new SerialForm(this);
  }

  /**
   * Refuses a stream that holds the class itself rather than its serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("BatchAccumulator is read through its serial form");
  }

  /** The serial form: factors, sums, counts, and each failure kept as its six fields. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final BatchFactors factors;
    private final int periods;
    private final double[] sums;
    private final double[] green;
    private final long added;
    private final long rejected;
    private final int[] index;
    private final String[][] failures;

    SerialForm(BatchAccumulator a) {
      factors = a.factors;
      periods = a.periods;
      sums = a.sums;
      green = a.green;
      added = a.added;
      rejected = a.rejected;
      index = new int[a.failures.size()];
      failures = new String[a.failures.size()][];
      for (int i = 0; i < index.length; i++) {
        Failure f = a.failures.get(i);
        index[i] = f.index();
        failures[i] = new String[] {f.key().orElse(null), f.errorCode(), f.field().orElse(null), f.value().orElse(null),
            f.message()};
      }
    }

    private Object readResolve() throws InvalidObjectException {
      return SerialChecks.checked("BatchAccumulator", () -> {
        BatchAccumulator a = Require.nonNull("factors", factors).accumulator(periods);
        Require.that(Require.nonNull("sums", sums).length == a.sums.length, "sums", sums.length, "must hold {} values",
            a.sums.length);
        Require.that(Require.nonNull("green", green).length == a.green.length, "green", green.length,
            "must hold {} values", a.green.length);
        Require.that(added >= 0 && rejected >= 0 && index.length == failures.length && index.length <= rejected,
            "rejected", rejected, "must count the failures kept");
        System.arraycopy(sums, 0, a.sums, 0, sums.length);
        System.arraycopy(green, 0, a.green, 0, green.length);
        a.added = added;
        a.rejected = rejected;
        for (int i = 0; i < index.length; i++) {
          String[] f = failures[i];
          a.failures.add(new Failure(index[i], Optional.ofNullable(f[0]), f[1], Optional.ofNullable(f[2]),
              Optional.ofNullable(f[3]), f[4]));
        }
        return a;
      });
    }
  }

  @Override
  public String toString() {
    return "BatchAccumulator{" + factors.schools() + " schools × " + periods + " periods, " + added + " rows added, "
        + rejected + " rejected}";
  }
}

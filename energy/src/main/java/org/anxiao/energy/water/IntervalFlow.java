package org.anxiao.energy.water;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.measure.Unit;
import javax.measure.quantity.Volume;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Decimals;
import org.anxiao.core.internal.Require;
import org.anxiao.core.unit.AnxiaoUnits;
import org.jspecify.annotations.Nullable;

/**
 * Interval data of one water meter (分时计量数据): the volume that passed in each of a run of equal
 * intervals — 15-minute or hourly readings of a smart meter — for the night-flow indicator
 * ({@link NightFlows}).
 *
 * <p>Each volume belongs to the interval that <em>begins</em> at its timestamp. Timestamps are local
 * times of the school (Asia/Shanghai, no daylight saving), strictly increasing, one interval apart;
 * the interval is a whole number of seconds that divides a day (15 min, 30 min, 1 h …), so that days
 * and windows fall on interval boundaries. Invariants: at least two readings (they fix the
 * interval) and at most {@value Bounds#MAX_ELEMENTS}; every volume finite and zero or more, in a
 * unit of volume ({@code m3}). Stored as a start, an interval and a primitive column. Immutable and
 * thread-safe.
 *
 * <p>Wire form: {@code {"meterId": "W0", "unit": "m3", "timestamps": ["2024-05-06T00:00", …],
 * "volumes": ["0.4", …]}}, two lists of equal length.
 */
@JsonPropertyOrder({"meterId", "unit", "timestamps", "volumes"})
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class IntervalFlow {
  private static final long SECONDS_PER_DAY = 86_400;

  private final String meterId;
  private final String unit;
  private final LocalDateTime start;
  private final long intervalSeconds;
  private final double[] volumes;

  private IntervalFlow(String meterId, String unit, LocalDateTime start, long intervalSeconds, double[] volumes) {
    this.meterId = meterId;
    this.unit = unit;
    this.start = start;
    this.intervalSeconds = intervalSeconds;
    this.volumes = volumes;
  }

  /**
   * {@return a series from parallel arrays; the arrays are copied}
   *
   * @param meterId    the meter
   * @param unit       the volumes' unit code, a unit of volume ({@code m3})
   * @param timestamps the start of each interval, strictly increasing, equally spaced
   * @param volumes    the volume in each interval, finite and zero or more
   * @throws org.anxiao.core.error.UnknownCodeException  when {@code unit} is not a unit code
   * @throws org.anxiao.core.error.UnitMismatchException when {@code unit} is not a unit of volume
   * @throws org.anxiao.core.error.MissingValueException when an array or a timestamp is null
   * @throws InvalidValueException when the lengths differ, there are fewer than two readings, a
   *     timestamp is not one interval after the one before it, the interval does not divide a day,
   *     or a volume is negative or not finite
   */
  public static IntervalFlow of(String meterId, String unit, LocalDateTime[] timestamps, double[] volumes) {
    Bounds.code("meterId", meterId);
    AnxiaoUnits.unit("unit", unit, Volume.class);
    Require.nonNull("timestamps", timestamps);
    Require.nonNull("volumes", volumes);
    if (timestamps.length != volumes.length) {
      throw new InvalidValueException("volumes", volumes.length,
          "must have as many volumes as timestamps (" + timestamps.length + ")");
    }
    if (timestamps.length < 2) {
      throw new InvalidValueException("timestamps", timestamps.length, "must hold at least two readings: they fix the interval");
    }
    if (timestamps.length > Bounds.MAX_ELEMENTS) {
      throw new InvalidValueException("timestamps", timestamps.length, "must hold at most " + Bounds.MAX_ELEMENTS + " readings");
    }
    LocalDateTime first = timestamp(timestamps, 0);
    LocalDateTime second = timestamp(timestamps, 1);
    Require.that(second.isAfter(first), "timestamps[1]", second, "must be after the timestamp before it, {} (timestamps increase)",
        first);
    Duration interval = Duration.between(first, second);
    if (interval.getNano() != 0 || SECONDS_PER_DAY % interval.getSeconds() != 0) {
      throw new InvalidValueException("timestamps[1]", second,
          "is " + interval + " after the first; the interval must divide a day (15 min, 30 min, 1 h …)");
    }
    double[] v = new double[volumes.length];
    for (int i = 0; i < timestamps.length; i++) {
      LocalDateTime t = timestamp(timestamps, i);
      if (i > 0) {
        LocalDateTime before = timestamps[i - 1];
        if (!t.isAfter(before)) {
          throw new InvalidValueException("timestamps[" + i + "]", t,
              "must be after the timestamp before it, " + before + " (timestamps strictly increase)");
        }
        if (!before.plus(interval).equals(t)) {
          throw new InvalidValueException("timestamps[" + i + "]", t,
              "must be one interval (" + interval + ") after " + before + ": readings are equally spaced, without gaps");
        }
      }
      v[i] = volume(i, volumes[i]);
    }
    return new IntervalFlow(meterId, unit, first, interval.getSeconds(), v);
  }

  private static LocalDateTime timestamp(LocalDateTime[] timestamps, int i) {
    LocalDateTime t = Require.nonNullElement("timestamps", i, timestamps[i]);
    Bounds.date("timestamps[" + i + "]", t.toLocalDate());
    return t;
  }

  private static double volume(int i, double value) {
    if (!Double.isFinite(value) || value < 0 || Math.abs(value) >= 1e64) {
      throw new InvalidValueException("volumes[" + i + "]", value, "must be a finite volume, zero or more");
    }
    return value + 0.0;
  }

  @JsonCreator
  static IntervalFlow fromJson(@JsonProperty("meterId") String meterId, @JsonProperty("unit") String unit,
      @JsonProperty("timestamps") @Nullable List<LocalDateTime> timestamps,
      @JsonProperty("volumes") @Nullable List<BigDecimal> volumes) {
    List<LocalDateTime> t = Require.nonNull("timestamps", timestamps);
    List<BigDecimal> given = Require.nonNull("volumes", volumes);
    double[] v = new double[given.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Require.nonNullElement("volumes", i, given.get(i)).doubleValue();
    }
    return of(meterId, unit, t.toArray(new LocalDateTime[0]), v);
  }

  /** {@return the meter's id} */
  @JsonProperty("meterId")
  public String meterId() {
    return meterId;
  }

  /** {@return the unit code of every volume} */
  @JsonProperty("unit")
  public String unit() {
    return unit;
  }

  /** {@return the number of readings} */
  public int size() {
    return volumes.length;
  }

  /** {@return the interval between readings, a divisor of one day} */
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  /** {@return the start of the first interval} */
  public LocalDateTime start() {
    return start;
  }

  /**
   * {@return the start of interval {@code index}}
   *
   * @param index the reading's index, {@code 0 ≤ index < size()}
   */
  public LocalDateTime timestamp(int index) {
    return start.plusSeconds(intervalSeconds * checkIndex(index));
  }

  /**
   * {@return the volume of interval {@code index}, in {@link #unit()}}
   *
   * @param index the reading's index, {@code 0 ≤ index < size()}
   */
  public double volume(int index) {
    return volumes[checkIndex(index)];
  }

  private int checkIndex(int index) {
    Require.that(index >= 0 && index < volumes.length, "index", index, "must be between 0 and {}", volumes.length - 1);
    return index;
  }

  /** {@return a copy of the volumes, in {@link #unit()}, in time order} */
  public double[] volumes() {
    return volumes.clone();
  }

  /** The volumes in m³, for the calculators. */
  double[] cubicMetres() {
    if ("m3".equals(unit)) {
      return volumes.clone();
    }
    Unit<Volume> from = AnxiaoUnits.unit("unit", unit, Volume.class);
    double factor = AnxiaoUnits.toDouble(AnxiaoUnits.of(BigDecimal.ONE, from), AnxiaoUnits.CUBIC_METER);
    double[] out = new double[volumes.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = volumes[i] * factor;
    }
    return out;
  }

  long intervalSeconds() {
    return intervalSeconds;
  }

  @JsonProperty("timestamps")
  List<LocalDateTime> wireTimestamps() {
    LocalDateTime[] t = new LocalDateTime[volumes.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = start.plusSeconds(intervalSeconds * i);
    }
    return List.of(t);
  }

  @JsonProperty("volumes")
  List<BigDecimal> wireVolumes() {
    return Arrays.stream(volumes).mapToObj(v -> Decimals.canonical("volume", BigDecimal.valueOf(v))).toList();
  }

  /** Equal when the meters, units, timestamps and volumes are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IntervalFlow other && meterId.equals(other.meterId) && unit.equals(other.unit)
        && start.equals(other.start) && intervalSeconds == other.intervalSeconds && Arrays.equals(volumes, other.volumes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meterId, unit, start, intervalSeconds, Arrays.hashCode(volumes));
  }

  /** The meter, unit, start, interval and size, e.g. {@code IntervalFlow[W0, m3, 2024-05-06T00:00 + 96 × PT15M]}. */
  @Override
  public String toString() {
    return "IntervalFlow[" + meterId + ", " + unit + ", " + start + " + " + volumes.length + " × " + interval() + "]";
  }
}

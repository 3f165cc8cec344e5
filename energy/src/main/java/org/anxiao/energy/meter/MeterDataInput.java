package org.anxiao.energy.meter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.unit.Measure;
import org.jspecify.annotations.Nullable;

/**
 * A platform's raw meter data (原始计量数据): the meters and their register readings, interval values
 * and replacements, checked against each other.
 *
 * <p>Invariants: at least one meter; meter ids unique; every reading and replacement names a meter
 * of the list ({@code UNKNOWN_CODE} otherwise) of the right register kind (register readings and
 * replacements for a cumulative meter, interval values for an interval meter); every value is in its
 * meter's unit ({@code UNIT_MISMATCH} otherwise — readings are never converted) and below its
 * meter's rollover, when it has one. The order of a meter's readings over time (no repeated time,
 * no register going backwards without a rollover or replacement to explain it, no overlapping
 * intervals) is checked when the data are converted ({@link MeterData#monthly}). Immutable and
 * thread-safe.
 *
 * <p>Wire form: {@code {"meters": [...], "registerReadings": [...], "intervalReadings": [...],
 * "replacements": [...]}}; the three lists of data may be absent (empty).
 *
 * @param meters           the meters, at least one
 * @param registerReadings readings of the cumulative meters
 * @param intervalReadings values of the interval meters
 * @param replacements     register replacements of the cumulative meters
 */
public record MeterDataInput(List<Meter> meters, List<RegisterReading> registerReadings,
    List<IntervalReading> intervalReadings, List<MeterReplacement> replacements) {

  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param meters           the meters, at least one
   * @param registerReadings readings of the cumulative meters
   * @param intervalReadings values of the interval meters
   * @param replacements     register replacements of the cumulative meters
   */
  public MeterDataInput {
    meters = Bounds.list("meters", meters);
    registerReadings = Bounds.list("registerReadings", registerReadings);
    intervalReadings = Bounds.list("intervalReadings", intervalReadings);
    replacements = Bounds.list("replacements", replacements);
    if (meters.isEmpty()) {
      throw new MissingValueException("no meter", "meters");
    }
    Map<String, Meter> byId = new HashMap<>();
    for (int i = 0; i < meters.size(); i++) {
      Meter m = meters.get(i);
      if (byId.putIfAbsent(m.id(), m) != null) {
        throw new InvalidValueException("meters[" + i + "].id", m.id(), "appears twice");
      }
    }
    for (int i = 0; i < registerReadings.size(); i++) {
      RegisterReading r = registerReadings.get(i);
      String at = "registerReadings[" + i + "]";
      Meter m = meter(byId, at, r.meterId(), RegisterKind.CUMULATIVE);
      check(m, at + ".reading", r.reading());
    }
    for (int i = 0; i < intervalReadings.size(); i++) {
      IntervalReading r = intervalReadings.get(i);
      String at = "intervalReadings[" + i + "]";
      Meter m = meter(byId, at, r.meterId(), RegisterKind.INTERVAL);
      check(m, at + ".amount", r.amount());
    }
    for (int i = 0; i < replacements.size(); i++) {
      MeterReplacement r = replacements.get(i);
      String at = "replacements[" + i + "]";
      Meter m = meter(byId, at, r.meterId(), RegisterKind.CUMULATIVE);
      check(m, at + ".finalReading", r.finalReading());
      check(m, at + ".initialReading", r.initialReading());
    }
  }

  /**
   * Reads the wire form, where the lists of data may be absent.
   */
  @JsonCreator
  static MeterDataInput fromJson(@JsonProperty("meters") List<Meter> meters,
      @JsonProperty("registerReadings") @Nullable List<RegisterReading> registerReadings,
      @JsonProperty("intervalReadings") @Nullable List<IntervalReading> intervalReadings,
      @JsonProperty("replacements") @Nullable List<MeterReplacement> replacements) {
    return new MeterDataInput(meters, registerReadings == null ? List.of() : registerReadings,
        intervalReadings == null ? List.of() : intervalReadings, replacements == null ? List.of() : replacements);
  }

  /**
   * {@return data of cumulative meters: their register readings, and replacements if any}
   *
   * @param meters       the meters, at least one
   * @param readings     their readings
   * @param replacements their register replacements
   */
  public static MeterDataInput ofRegisters(List<Meter> meters, List<RegisterReading> readings,
      List<MeterReplacement> replacements) {
    return new MeterDataInput(meters, readings, List.of(), replacements);
  }

  /**
   * {@return data of interval meters}
   *
   * @param meters   the meters, at least one
   * @param readings their interval values
   */
  public static MeterDataInput ofIntervals(List<Meter> meters, List<IntervalReading> readings) {
    return new MeterDataInput(meters, List.of(), readings, List.of());
  }

  private static Meter meter(Map<String, Meter> byId, String at, String meterId, RegisterKind kind) {
    Meter m = byId.get(meterId);
    if (m == null) {
      throw new UnknownCodeException(at + ".meterId", meterId, "the ids of meters");
    }
    if (m.registerKind() != kind) {
      throw new InvalidValueException(at + ".meterId", meterId, "is a meter of " + m.registerKind()
          + " values; this datum needs a " + kind + " meter");
    }
    return m;
  }

  private static void check(Meter m, String field, Measure value) {
    if (!value.unit().equals(m.unit())) {
      throw new UnitMismatchException(field, value.unit(), "must be the unit of meter " + m.id() + ", " + m.unit()
          + " (readings are never converted)");
    }
    if (m.rollover().isPresent() && value.value().compareTo(m.rollover().get()) >= 0) {
      throw new InvalidValueException(field, value.value().toPlainString(), "must be below the rollover "
          + m.rollover().get().toPlainString() + " of meter " + m.id());
    }
  }
}

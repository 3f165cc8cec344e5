package org.anxiao.energy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;

/**
 * The checks every calculator over consumptions makes, in one place: at least one consumption, each
 * within the calculation's period, and no two of one meter and carrier overlapping (the same kWh
 * would count twice). Consumptions without a meter id cannot be told apart and are not compared.
 * Stateless and thread-safe.
 */
public final class ConsumptionChecks {
  private ConsumptionChecks() {}

  /** A meter and carrier: consumptions of one must not overlap. */
  private record MeterCarrier(String meterId, Carrier carrier) {}

  /**
   * Checks {@code consumptions} for a calculation over {@code period}.
   *
   * @param field        the list's field name, e.g. {@code consumptions}
   * @param period       the calculation's period
   * @param consumptions the consumptions
   * @throws MissingValueException when there is none (a period with no data)
   * @throws InvalidValueException naming {@code field[i].period} when one lies outside the period
   * @throws PeriodOverlapException naming {@code field[meter/CARRIER].period} when two of one meter and carrier overlap
   */
  public static void require(String field, Period period, List<Consumption> consumptions) {
    if (consumptions.isEmpty()) {
      throw new MissingValueException("no consumption in period " + period.code(), field);
    }
    long from = period.start().toEpochDay();
    long to = period.end().toEpochDay();
    Map<MeterCarrier, List<Consumption>> byMeter = new HashMap<>();
    for (int i = 0; i < consumptions.size(); i++) {
      Consumption c = consumptions.get(i);
      Period p = c.period();
      if (p.start().toEpochDay() < from || p.end().toEpochDay() > to) {
        throw new InvalidValueException(field + "[" + i + "].period", p.code(), "lies outside the period " + period.code());
      }
      if (c.meterId().isPresent()) {
        byMeter.computeIfAbsent(new MeterCarrier(c.meterId().get(), c.carrier()), k -> new ArrayList<>(12)).add(c);
      }
    }
    for (Map.Entry<MeterCarrier, List<Consumption>> e : byMeter.entrySet()) {
      List<Consumption> list = e.getValue();
      if (list.size() < 2) {
        continue;
      }
      long[] keyed = new long[list.size()];
      for (int i = 0; i < keyed.length; i++) {
        // Start day in the high bits, index in the low 20: sorting sorts by start and keeps the index.
        keyed[i] = (list.get(i).period().start().toEpochDay() + (1L << 40)) << 20 | i;
      }
      java.util.Arrays.sort(keyed);
      Period previous = list.get((int) (keyed[0] & 0xFFFFF)).period();
      for (int i = 1; i < keyed.length; i++) {
        Period current = list.get((int) (keyed[i] & 0xFFFFF)).period();
        if (current.start().isBefore(previous.end())) {
          throw new PeriodOverlapException(field + "[" + e.getKey().meterId() + "/" + e.getKey().carrier() + "].period",
              previous.code(), current.code());
        }
        if (current.end().isAfter(previous.end())) {
          previous = current;
        }
      }
    }
  }
}

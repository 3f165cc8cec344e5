package org.anxiao.energy.internal;

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
    int n = consumptions.size();
    long[] starts = new long[n];
    long[] ends = new long[n];
    Map<MeterCarrier, int[]> byMeter = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Consumption c = consumptions.get(i);
      Period p = c.period();
      starts[i] = p.start().toEpochDay();
      ends[i] = p.end().toEpochDay();
      if (starts[i] < from || ends[i] > to) {
        throw new InvalidValueException(field + "[" + i + "].period", p.code(), "lies outside the period " + period.code());
      }
      if (c.meterId().isPresent()) {
        // Per meter and carrier: a count, then the indices of its consumptions.
        int[] list = byMeter.computeIfAbsent(new MeterCarrier(c.meterId().get(), c.carrier()), k -> new int[] {0, 0, 0, 0});
        if (list[0] + 1 == list.length) {
          list = java.util.Arrays.copyOf(list, list.length * 2);
          byMeter.put(new MeterCarrier(c.meterId().get(), c.carrier()), list);
        }
        list[++list[0]] = i;
      }
    }
    for (Map.Entry<MeterCarrier, int[]> e : byMeter.entrySet()) {
      int[] list = e.getValue();
      int count = list[0];
      if (count < 2) {
        continue;
      }
      long[] keyed = new long[count];
      for (int k = 0; k < count; k++) {
        // Start day in the high bits, index in the low 20: sorting sorts by start and keeps the index.
        keyed[k] = (starts[list[k + 1]] + (1L << 40)) << 20 | list[k + 1];
      }
      java.util.Arrays.sort(keyed);
      int previous = (int) (keyed[0] & 0xFFFFF);
      for (int k = 1; k < count; k++) {
        int current = (int) (keyed[k] & 0xFFFFF);
        if (starts[current] < ends[previous]) {
          throw new PeriodOverlapException(field + "[" + e.getKey().meterId() + "/" + e.getKey().carrier() + "].period",
              consumptions.get(previous).period().code(), consumptions.get(current).period().code());
        }
        if (ends[current] > ends[previous]) {
          previous = current;
        }
      }
    }
  }
}

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
    // Epoch days of dates between 1800 and 2201 fit an int.
    int[] starts = new int[n];
    int[] ends = new int[n];
    // Each metered consumption's group (a meter and carrier), found by a short scan: a school has
    // few meters, so the scan beats hashing; the groups are numbered in order of first appearance.
    int[] groupOf = new int[n];
    String[] groupMeter = new String[Math.min(n, 64)];
    Carrier[] groupCarrier = new Carrier[groupMeter.length];
    int groups = 0;
    Map<MeterCarrier, Integer> many = null;
    for (int i = 0; i < n; i++) {
      Consumption c = consumptions.get(i);
      Period p = c.period();
      starts[i] = (int) p.start().toEpochDay();
      ends[i] = (int) p.end().toEpochDay();
      if (starts[i] < from || ends[i] > to) {
        throw new InvalidValueException(field + "[" + i + "].period", p.code(), "lies outside the period " + period.code());
      }
      groupOf[i] = -1;
      if (c.meterId().isEmpty()) {
        continue;
      }
      String meter = c.meterId().get();
      int g = -1;
      if (many == null) {
        for (int k = 0; k < groups; k++) {
          if (groupCarrier[k] == c.carrier() && groupMeter[k].equals(meter)) {
            g = k;
            break;
          }
        }
        if (g < 0 && groups < groupMeter.length) {
          groupMeter[groups] = meter;
          groupCarrier[groups] = c.carrier();
          g = groups++;
        } else if (g < 0) {
          many = new HashMap<>();
          for (int k = 0; k < groups; k++) {
            many.put(new MeterCarrier(groupMeter[k], groupCarrier[k]), k);
          }
        }
      }
      if (many != null) {
        Integer known = many.get(new MeterCarrier(meter, c.carrier()));
        if (known == null) {
          known = groups++;
          many.put(new MeterCarrier(meter, c.carrier()), known);
        }
        g = known;
      }
      groupOf[i] = g;
    }
    if (groups == 0) {
      return;
    }
    // Counting sort of the metered rows by group, then each group by start day.
    int[] count = new int[groups + 1];
    for (int i = 0; i < n; i++) {
      if (groupOf[i] >= 0) {
        count[groupOf[i] + 1]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      count[g + 1] += count[g];
    }
    long[] keyed = new long[count[groups]];
    int[] next = count.clone();
    for (int i = 0; i < n; i++) {
      if (groupOf[i] >= 0) {
        // Start day in the high bits, index in the low 20: sorting sorts by start and keeps the index.
        keyed[next[groupOf[i]]++] = (starts[i] + (1L << 40)) << 20 | i;
      }
    }
    for (int g = 0; g < groups; g++) {
      if (count[g + 1] - count[g] < 2) {
        continue;
      }
      java.util.Arrays.sort(keyed, count[g], count[g + 1]);
      int previous = (int) (keyed[count[g]] & 0xFFFFF);
      for (int k = count[g] + 1; k < count[g + 1]; k++) {
        int current = (int) (keyed[k] & 0xFFFFF);
        if (starts[current] < ends[previous]) {
          Consumption c = consumptions.get(current);
          throw new PeriodOverlapException(field + "[" + c.meterId().orElse("") + "/" + c.carrier() + "].period",
              consumptions.get(previous).period().code(), c.period().code());
        }
        if (ends[current] > ends[previous]) {
          previous = current;
        }
      }
    }
  }
}

package org.anxiao.safety.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.anxiao.core.internal.Require;
import org.anxiao.safety.hazard.HazardGrade;

/**
 * The running tally of one group (a school, a district…), mergeable: merging the tallies of two
 * disjoint parts gives exactly the tally of their union — counts add, overdue and breach rows
 * concatenate (sorted by id when finished), the days-to-close histograms add (so the median stays
 * exact), dynamic zeroing is the absence of breaches. Slices: 0 overall, then one per grade, one per
 * area and one per department of the columns' dictionaries. Not thread-safe: one per group and thread.
 */
final class KpiAccumulator {
  static final int GRADES = 1;
  static final int MAJOR = HazardGrade.MAJOR.ordinal();
  private static final int FIELDS = 5;
  private static final int FOUND = 0;
  private static final int CLOSED = 1;
  private static final int OPEN = 2;
  private static final int RECTIFIED = 3;
  private static final int ON_TIME = 4;
  private static final int OUTCOMES = 4;

  private final int areaBase;
  private final int departmentBase;
  private final int slices;
  private final long[] counts;
  private final boolean[] touched;
  private final IntList[] overdue;
  private final int[][] histogram;
  private final long[] daysTotal;
  private final long[] outcomes;
  private final IntList breaches = new IntList();

  KpiAccumulator(int areas, int departments) {
    areaBase = GRADES + HazardGrade.values().length;
    departmentBase = areaBase + areas;
    slices = departmentBase + departments;
    counts = new long[slices * FIELDS];
    touched = new boolean[slices];
    overdue = new IntList[slices];
    histogram = new int[slices][];
    daysTotal = new long[slices];
    outcomes = new long[departments * OUTCOMES];
  }

  int areaSlice(int area) {
    return areaBase + area;
  }

  int departmentSlice(int department) {
    return departmentBase + department;
  }

  void count(int s, int row, boolean found, boolean closed, boolean open, boolean rectified, boolean onTime,
      boolean isOverdue, int days) {
    int b = s * FIELDS;
    touched[s] = true;
    counts[b + FOUND] += found ? 1 : 0;
    counts[b + CLOSED] += closed ? 1 : 0;
    counts[b + OPEN] += open ? 1 : 0;
    counts[b + RECTIFIED] += rectified ? 1 : 0;
    counts[b + ON_TIME] += onTime ? 1 : 0;
    if (isOverdue) {
      IntList l = overdue[s];
      if (l == null) {
        l = overdue[s] = new IntList();
      }
      l.add(row);
    }
    if (days >= 0) {
      int[] h = histogram[s];
      if (h == null || days >= h.length) {
        h = histogram[s] = Arrays.copyOf(h == null ? new int[0] : h, Math.max(days + 1, h == null ? 64 : h.length * 2));
      }
      h[days]++;
      daysTotal[s] += days;
    }
  }

  void outcome(int department, int outcome) {
    outcomes[department * OUTCOMES + outcome]++;
  }

  void breach(int row) {
    breaches.add(row);
  }

  /** Adds {@code other}'s tally, of the same dictionaries, to this one. */
  void merge(KpiAccumulator other) {
    Require.that(other.slices == slices && other.departmentBase == departmentBase, "other", other.slices,
        "must tally over the same dictionaries");
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    for (int s = 0; s < slices; s++) {
      touched[s] |= other.touched[s];
      if (other.overdue[s] != null) {
        if (overdue[s] == null) {
          overdue[s] = new IntList();
        }
        overdue[s].addAll(other.overdue[s]);
      }
      int[] h = other.histogram[s];
      if (h != null) {
        if (histogram[s] == null || histogram[s].length < h.length) {
          histogram[s] = Arrays.copyOf(histogram[s] == null ? new int[0] : histogram[s], h.length);
        }
        for (int d = 0; d < h.length; d++) {
          histogram[s][d] += h[d];
        }
      }
      daysTotal[s] += other.daysTotal[s];
    }
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] += other.outcomes[i];
    }
    breaches.addAll(other.breaches);
  }

  /** {@return the figures of the tally, ids and names from {@code c}} */
  RegisterFigures finish(RegisterColumns c, KpiWindow w) {
    Map<HazardGrade, Kpis> byGrade = new EnumMap<>(HazardGrade.class);
    for (HazardGrade g : HazardGrade.values()) {
      byGrade.put(g, kpis(GRADES + g.ordinal(), c, w));
    }
    Map<String, Kpis> byArea = new TreeMap<>();
    for (int a = 0; a < c.areas.size(); a++) {
      if (touched[areaBase + a]) {
        byArea.put(c.areas.get(a), kpis(areaBase + a, c, w));
      }
    }
    Map<String, Kpis> byDepartment = new TreeMap<>();
    Map<String, OutcomeCounts> outcomesByDepartment = new TreeMap<>();
    long[] all = new long[OUTCOMES];
    for (int d = 0; d < c.departments.size(); d++) {
      if (touched[departmentBase + d]) {
        byDepartment.put(c.departments.get(d), kpis(departmentBase + d, c, w));
        int b = d * OUTCOMES;
        outcomesByDepartment.put(c.departments.get(d), new OutcomeCounts(outcomes[b + KpiKernel.RESOLVED],
            outcomes[b + KpiKernel.RESOLVING], outcomes[b + KpiKernel.HARD], outcomes[b + KpiKernel.NONE]));
        for (int o = 0; o < OUTCOMES; o++) {
          all[o] += outcomes[b + o];
        }
      }
    }
    List<String> breaking = ids(breaches, c);
    return new RegisterFigures(kpis(0, c, w), byGrade, new TreeMap<>(byArea), new TreeMap<>(byDepartment),
        breaking.isEmpty(), breaking, new TreeMap<>(outcomesByDepartment),
        new OutcomeCounts(all[KpiKernel.RESOLVED], all[KpiKernel.RESOLVING], all[KpiKernel.HARD], all[KpiKernel.NONE]));
  }

  private Kpis kpis(int s, RegisterColumns c, KpiWindow w) {
    int b = s * FIELDS;
    long found = counts[b + FOUND];
    long closed = counts[b + CLOSED];
    return new Kpis(found, closed, counts[b + OPEN], Rate.of(counts[b + RECTIFIED], found, w.ratePlaces()),
        Rate.of(counts[b + ON_TIME], closed, w.ratePlaces()), ids(overdue[s], c), days(s, closed, w));
  }

  private DaysToClose days(int s, long count, KpiWindow w) {
    if (count == 0) {
      return new DaysToClose(0, 0, Optional.empty(), Optional.empty());
    }
    long total = daysTotal[s];
    BigDecimal mean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), w.meanPlaces(), RoundingMode.HALF_EVEN);
    long lower = nth(histogram[s], (count - 1) / 2);
    long upper = nth(histogram[s], count / 2);
    BigDecimal median = BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    return new DaysToClose(count, total, Optional.of(mean), Optional.of(median));
  }

  /** The value of rank {@code n} (0-based) of the multiset the histogram counts. */
  private static long nth(int[] h, long n) {
    long seen = 0;
    for (int d = 0; d < h.length; d++) {
      seen += h[d];
      if (seen > n) {
        return d;
      }
    }
    throw new IllegalStateException("rank " + n + " beyond the histogram's " + seen + " values");
  }

  private static List<String> ids(IntList rows, RegisterColumns c) {
    if (rows == null || rows.size == 0) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(rows.size);
    for (int i = 0; i < rows.size; i++) {
      ids.add(c.ids[rows.values[i]]);
    }
    ids.sort(null);
    return List.copyOf(ids);
  }

  /** A growable list of ints. */
  private static final class IntList {
    int[] values = new int[8];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(IntList other) {
      if (size + other.size > values.length) {
        values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
      }
      System.arraycopy(other.values, 0, values, size, other.size);
      size += other.size;
    }
  }
}

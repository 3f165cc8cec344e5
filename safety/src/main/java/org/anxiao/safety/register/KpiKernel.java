package org.anxiao.safety.register;

/**
 * The one home of the register KPI arithmetic (隐患台账指标内核): one pass over the columns, each row
 * counted into its group's {@link KpiAccumulator}. The typed calculator and the batch path both call
 * {@link #run}. Stateless.
 */
final class KpiKernel {
  /** Outcome columns of {@link KpiAccumulator#outcomes}. */
  static final int RESOLVED = 0;
  static final int RESOLVING = 1;
  static final int HARD = 2;
  static final int NONE = 3;

  private KpiKernel() {}

  /**
   * Counts rows {@code [from, to)} into {@code groups}: row {@code i} goes to
   * {@code groups[keyToGroup[key[i]]]}, or nowhere when that index is negative.
   */
  static void run(RegisterColumns c, KpiWindow w, int[] key, int[] keyToGroup, KpiAccumulator[] groups, int from, int to) {
    final int start = w.start();
    final int asOf = w.asOf();
    final boolean dayOnTime = w.deadlineDayOnTime();
    final boolean noDeadlineOnTime = w.onTimeWithoutDeadline();
    final int[] found = c.found;
    final int[] closed = c.closed;
    final int[] deadline = c.deadline;
    final byte[] grade = c.grade;
    final int[] area = c.area;
    final int[] department = c.department;
    final boolean[] hard = c.hard;
    final boolean[] plan = c.plan;
    for (int i = from; i < to; i++) {
      int g = keyToGroup[key[i]];
      int f = found[i];
      if (g < 0 || f > asOf) {
        continue;
      }
      KpiAccumulator a = groups[g];
      int cl = closed[i];
      int dl = deadline[i];
      boolean closedBy = cl <= asOf;
      boolean foundIn = f >= start;
      boolean closedIn = closedBy && cl >= start;
      boolean hasDeadline = dl != RegisterColumns.NO_DEADLINE;
      boolean overdue = !closedBy && hasDeadline && (dayOnTime ? dl < asOf : dl <= asOf);
      boolean onTime = closedIn && (hasDeadline ? (dayOnTime ? cl <= dl : cl < dl) : noDeadlineOnTime);
      boolean rectified = foundIn && closedBy;
      int days = closedIn ? cl - f : -1;
      int gr = grade[i];
      int d = department[i];
      a.count(0, i, foundIn, closedIn, !closedBy, rectified, onTime, overdue, days);
      a.count(KpiAccumulator.GRADES + gr, i, foundIn, closedIn, !closedBy, rectified, onTime, overdue, days);
      a.count(a.areaSlice(area[i]), i, foundIn, closedIn, !closedBy, rectified, onTime, overdue, days);
      a.count(a.departmentSlice(d), i, foundIn, closedIn, !closedBy, rectified, onTime, overdue, days);
      int outcome = closedBy ? RESOLVED : hard[i] ? HARD : hasDeadline ? RESOLVING : NONE;
      a.outcome(d, outcome);
      if (gr == KpiAccumulator.MAJOR && !closedBy && (overdue || !plan[i])) {
        a.breach(i);
      }
    }
  }
}

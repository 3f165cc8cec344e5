package org.anxiao.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.safety.hazard.HazardGrade;
import org.anxiao.safety.register.RegisterBatchResult;
import org.anxiao.safety.register.RegisterColumns;
import org.anxiao.safety.register.RegisterEntry;
import org.anxiao.safety.register.RegisterKpis;
import org.anxiao.safety.register.RollUpLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P3 — hazard register KPIs (quality.md): 1 000 000 hazards of 4 000 schools in 16 districts (three
 * cities of Shandong) → per district the register KPIs of 2024 overall, per grade, per area (10) and
 * per department (12): found, closed, open, rectification and on-time rates (exact fractions and
 * 4-place decimals), the sorted overdue ids, mean and median days to close, dynamic zeroing and the
 * Minhang outcome counts. Target: the library's batch path ({@link #batch}, {@link RegisterKpis#rollUp}
 * over columns built once) ≤ 2× a hand-written loop over the same primitive arrays computing the
 * same figures ({@link #baselineHandLoop}).
 *
 * <p>Hazards: found uniform over 2024; a deadline for 80 %, 0–60 days after; closed for 70 %, 0–90
 * days after found (those after 2024-12-31 are open); major 5 %, hard to resolve 5 %, complete plan
 * 50 %; fixed seed. Scores are per hazard ({@link OperationsPerInvocation}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class RegisterKpiBenchmark {
  static final int ROWS = 1_000_000;
  static final int SCHOOLS = 4_000;
  static final int AREAS = 10;
  static final int DEPARTMENTS = 12;
  static final String[] DISTRICTS = {"370102", "370103", "370104", "370105", "370112", "370113", "370202", "370203",
      "370211", "370212", "370213", "370214", "370302", "370303", "370304", "370305"};
  static final int NO_DATE = Integer.MIN_VALUE;
  static final int OPEN = Integer.MAX_VALUE;

  final String[] ids = new String[ROWS];
  final int[] district = new int[ROWS];
  final byte[] grade = new byte[ROWS];
  final int[] area = new int[ROWS];
  final int[] department = new int[ROWS];
  final int[] found = new int[ROWS];
  final int[] deadline = new int[ROWS];
  final int[] closed = new int[ROWS];
  final boolean[] hard = new boolean[ROWS];
  final boolean[] plan = new boolean[ROWS];
  final RegisterColumns columns;
  final RegisterKpis kpis;
  final CalendarYear year = new CalendarYear(2024);
  final int start = (int) LocalDate.of(2024, 1, 1).toEpochDay();
  final int asOf = (int) LocalDate.of(2024, 12, 31).toEpochDay();

  /** Builds the register, its columns and the calculator once per trial. */
  public RegisterKpiBenchmark() {
    SplittableRandom r = new SplittableRandom(20261201L);
    RegisterColumns.Builder b = RegisterColumns.builder();
    JurisdictionCode[] codes = Arrays.stream(DISTRICTS).map(JurisdictionCode::of).toArray(JurisdictionCode[]::new);
    for (int i = 0; i < ROWS; i++) {
      int school = r.nextInt(SCHOOLS);
      ids[i] = "H" + i;
      district[i] = school % DISTRICTS.length;
      grade[i] = (byte) (r.nextInt(20) == 0 ? 1 : 0);
      area[i] = r.nextInt(AREAS);
      department[i] = r.nextInt(DEPARTMENTS);
      found[i] = start + r.nextInt(366);
      deadline[i] = r.nextInt(5) == 0 ? NO_DATE : found[i] + r.nextInt(61);
      closed[i] = r.nextInt(10) < 3 ? OPEN : found[i] + r.nextInt(91);
      hard[i] = r.nextInt(20) == 0;
      plan[i] = r.nextBoolean();
      b.add(new RegisterEntry(ids[i], "S" + school, codes[district[i]], Integer.toString(area[i] + 1), "D" + department[i],
          grade[i] == 1 ? HazardGrade.MAJOR : HazardGrade.GENERAL, LocalDate.ofEpochDay(found[i]),
          deadline[i] == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(deadline[i])),
          closed[i] == OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(closed[i])), hard[i], plan[i]));
    }
    columns = b.build();
    kpis = RegisterKpis.in(RuleContext.standard(JurisdictionCode.of("370000"), LocalDate.of(2024, 12, 31)));
  }

  /** The library: one pass over the columns, then each district's figures. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public RegisterBatchResult batch() {
    return kpis.rollUp(year, columns, RollUpLevel.DISTRICT);
  }

  /** The same figures by hand over the same arrays, with the shipped pack's readings written in. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public List<Object> baselineHandLoop() {
    int slices = 3 + AREAS + DEPARTMENTS;
    int groups = DISTRICTS.length;
    long[] counts = new long[groups * slices * 5];
    long[] days = new long[groups * slices];
    int[][] histogram = new int[groups * slices][128];
    int[][] overdue = new int[groups * slices][16];
    int[] overdueSize = new int[groups * slices];
    long[] outcomes = new long[groups * DEPARTMENTS * 4];
    int[][] breaches = new int[groups][16];
    int[] breachSize = new int[groups];
    for (int i = 0; i < ROWS; i++) {
      int f = found[i];
      if (f > asOf) {
        continue;
      }
      int g = district[i];
      int c = closed[i];
      int dl = deadline[i];
      boolean closedBy = c <= asOf;
      boolean foundIn = f >= start;
      boolean closedIn = closedBy && c >= start;
      boolean late = !closedBy && dl != NO_DATE && dl < asOf;
      boolean onTime = closedIn && dl != NO_DATE && c <= dl;
      int[] s = {0, 1 + grade[i], 3 + area[i], 3 + AREAS + department[i]};
      for (int k : s) {
        int slice = g * slices + k;
        int b = slice * 5;
        counts[b] += foundIn ? 1 : 0;
        counts[b + 1] += closedIn ? 1 : 0;
        counts[b + 2] += closedBy ? 0 : 1;
        counts[b + 3] += foundIn && closedBy ? 1 : 0;
        counts[b + 4] += onTime ? 1 : 0;
        if (late) {
          if (overdueSize[slice] == overdue[slice].length) {
            overdue[slice] = Arrays.copyOf(overdue[slice], overdueSize[slice] * 2);
          }
          overdue[slice][overdueSize[slice]++] = i;
        }
        if (closedIn) {
          int d = c - f;
          if (d >= histogram[slice].length) {
            histogram[slice] = Arrays.copyOf(histogram[slice], Math.max(d + 1, histogram[slice].length * 2));
          }
          histogram[slice][d]++;
          days[slice] += d;
        }
      }
      int o = closedBy ? 0 : hard[i] ? 2 : dl != NO_DATE ? 1 : 3;
      outcomes[(g * DEPARTMENTS + department[i]) * 4 + o]++;
      if (grade[i] == 1 && !closedBy && (late || !plan[i])) {
        if (breachSize[g] == breaches[g].length) {
          breaches[g] = Arrays.copyOf(breaches[g], breachSize[g] * 2);
        }
        breaches[g][breachSize[g]++] = i;
      }
    }
    List<Object> out = new ArrayList<>();
    for (int slice = 0; slice < groups * slices; slice++) {
      int b = slice * 5;
      out.add(rate(counts[b + 3], counts[b]));
      out.add(rate(counts[b + 4], counts[b + 1]));
      out.add(sortedIds(overdue[slice], overdueSize[slice]));
      long n = counts[b + 1];
      if (n > 0) {
        out.add(BigDecimal.valueOf(days[slice]).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_EVEN));
        out.add(BigDecimal.valueOf(nth(histogram[slice], (n - 1) / 2) + nth(histogram[slice], n / 2))
            .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
      }
    }
    for (int g = 0; g < groups; g++) {
      out.add(sortedIds(breaches[g], breachSize[g]));
    }
    out.add(outcomes);
    return out;
  }

  private static Optional<BigDecimal> rate(long numerator, long denominator) {
    return denominator == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_EVEN));
  }

  private List<String> sortedIds(int[] rows, int size) {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(ids[rows[i]]);
    }
    out.sort(null);
    return out;
  }

  private static long nth(int[] h, long n) {
    long seen = 0;
    for (int d = 0; d < h.length; d++) {
      seen += h[d];
      if (seen > n) {
        return d;
      }
    }
    throw new IllegalStateException("rank beyond the histogram");
  }
}

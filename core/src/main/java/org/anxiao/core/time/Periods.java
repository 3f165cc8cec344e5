package org.anxiao.core.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * Checks over sets of periods: overlap and gaps. Stateless and thread-safe.
 *
 * <p>All dates in Anxiao are civil dates in {@link #ZONE}; the JVM's default zone is never used.
 */
public final class Periods {
  /** The zone of every civil date and instant conversion in Anxiao: Asia/Shanghai. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Periods() {}

  /**
   * Throws {@link PeriodOverlapException} naming the first two periods (by start) that overlap.
   *
   * @param periods the periods, in any order
   * @param field the field path of the list, used in the message, e.g. {@code readings}
   */
  public static void requireNoOverlap(String field, List<? extends Period> periods) {
    Bounds.code("field", field);
    List<? extends Period> sorted = sortedCopy(field, periods);
    for (int i = 1; i < sorted.size(); i++) {
      Period previous = sorted.get(i - 1);
      Period current = sorted.get(i);
      if (current.start().isBefore(previous.end())) {
        throw new PeriodOverlapException(field, previous.code(), current.code());
      }
    }
  }

  /**
   * {@return the date ranges inside {@code within} that no period covers, in order} Periods may overlap
   * each other and may extend beyond {@code within}.
   *
   * @param periods the periods, in any order
   * @param within  the period to cover
   */
  public static List<DateRange> gaps(List<? extends Period> periods, Period within) {
    Require.nonNull("within", within);
    List<? extends Period> sorted = sortedCopy("periods", periods);
    List<DateRange> gaps = new ArrayList<>();
    LocalDate cursor = within.start();
    for (Period p : sorted) {
      if (!cursor.isBefore(within.end())) {
        break;
      }
      if (p.start().isAfter(cursor)) {
        LocalDate gapEnd = p.start().isBefore(within.end()) ? p.start() : within.end();
        gaps.add(new DateRange(cursor, gapEnd));
      }
      if (p.end().isAfter(cursor)) {
        cursor = p.end();
      }
    }
    if (cursor.isBefore(within.end())) {
      gaps.add(new DateRange(cursor, within.end()));
    }
    return List.copyOf(gaps);
  }

  /**
   * {@return true when the periods, each clipped to {@code within}, cover it without gaps and without
   * overlaps} A period is clipped to the days it shares with {@code within}; one that shares no day
   * drops out. So a period may reach beyond {@code within} (only its days inside count), and two
   * periods that overlap only outside {@code within} do not stop the tiling; two that share a day
   * inside {@code within} do. Equivalently: every day of {@code within} lies in exactly one period.
   *
   * @param periods the periods, in any order
   * @param within  the period to cover
   */
  public static boolean tiles(List<? extends Period> periods, Period within) {
    Require.nonNull("within", within);
    List<? extends Period> sorted = sortedCopy("periods", periods);
    LocalDate cursor = within.start();
    for (Period p : sorted) {
      LocalDate start = p.start().isBefore(within.start()) ? within.start() : p.start();
      LocalDate end = p.end().isAfter(within.end()) ? within.end() : p.end();
      if (!end.isAfter(start)) {
        continue; // shares no day with within
      }
      if (!start.equals(cursor)) {
        return false; // before the cursor: shares a day with an earlier period; after it: a gap
      }
      cursor = end;
    }
    return cursor.equals(within.end());
  }

  private static List<? extends Period> sortedCopy(String field, List<? extends Period> periods) {
    Bounds.size(field, periods);
    List<Period> copy = new ArrayList<>(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      copy.add(Require.nonNullElement(field, i, periods.get(i)));
    }
    copy.sort(Comparator.comparing(Period::start).thenComparing(Period::end));
    return copy;
  }
}

package org.anxiao.core.time;

import java.time.LocalDate;
import org.anxiao.core.internal.Require;

/**
 * An arbitrary closed-open range of dates {@code [start, end)}; at least one day long.
 *
 * @param start first day
 * @param end   day after the last day; after {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) implements Period {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param start first day
   * @param end   day after the last day; after {@code start}
   */
  public DateRange {
    Require.nonNull("start", start);
    Require.nonNull("end", end);
    PeriodCodes.year("start", start.getYear());
    // The end is exclusive: a period whose last day is in MAX_YEAR ends on 1 January of the year after.
    if (!end.equals(LocalDate.of(PeriodCodes.MAX_YEAR + 1, 1, 1))) {
      PeriodCodes.year("end", end.getYear());
    }
    Require.that(end.isAfter(start), "end", end, "must be after start {}", start);
  }

  @Override
  public String code() {
    return start + "/" + end;
  }
}

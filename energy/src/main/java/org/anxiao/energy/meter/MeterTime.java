package org.anxiao.energy.meter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.anxiao.core.internal.Require;

/**
 * The time axis of meter data: wall-clock {@link LocalDateTime}s in Asia/Shanghai, taken at UTC+8
 * throughout (China has kept no daylight saving since 1991; earlier readings are read at UTC+8 too,
 * so a day is always 86 400 s and a month boundary always falls at local midnight).
 */
final class MeterTime {
  /** Earliest and latest year a reading may fall in: the years of a {@link org.anxiao.core.time.Period}. */
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2200;
  static final long SECONDS_PER_DAY = 86_400;
  private static final ZoneOffset UTC8 = ZoneOffset.ofHours(8);

  private MeterTime() {}

  /** The time itself, refused when null or outside the years 1900–2200. */
  static LocalDateTime check(String field, LocalDateTime time) {
    Require.nonNull(field, time);
    Require.that(time.getYear() >= MIN_YEAR && time.getYear() <= MAX_YEAR, field, time,
        "must fall in the years {} to " + MAX_YEAR, MIN_YEAR);
    return time;
  }

  /** Seconds since the epoch of a wall-clock time at UTC+8. */
  static long seconds(LocalDateTime time) {
    return time.toEpochSecond(UTC8);
  }

  /** Seconds since the epoch of a date's local midnight. */
  static long seconds(LocalDate date) {
    return date.atStartOfDay().toEpochSecond(UTC8);
  }

  /** The month index {@code year × 12 + month − 1} of a time. */
  static int monthIndex(LocalDateTime time) {
    return time.getYear() * 12 + time.getMonthValue() - 1;
  }

  /** The first day of the month with index {@code index}. */
  static LocalDate monthStart(int index) {
    return LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
  }
}

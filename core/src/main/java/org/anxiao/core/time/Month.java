package org.anxiao.core.time;

import java.time.LocalDate;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A calendar month (月).
 *
 * @param year  the year, 1900–2200
 * @param month 1–12
 */
public record Month(int year, int month) implements Period {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param year  the year, 1900–2200
   * @param month 1–12
   */
  public Month {
    PeriodCodes.year("year", year);
    Require.that(month >= 1 && month <= 12, "month", month, "must be 1 to 12");
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, month, 1);
  }

  @Override
  public LocalDate end() {
    return start().plusMonths(1);
  }

  @Override
  public String code() {
    // "%04d-%02d", without a Formatter: codes are made on every calculation.
    char[] c = {'0', '0', '0', '0', '-', '0', '0'};
    int y = year;
    for (int i = 3; i >= 0; i--) {
      c[i] = (char) ('0' + y % 10);
      y /= 10;
    }
    c[5] = (char) ('0' + month / 10);
    c[6] = (char) ('0' + month % 10);
    return new String(c);
  }

  /**
   * {@return the month containing {@code date}}
   *
   * @param date the day
   */
  public static Month of(LocalDate date) {
    Bounds.date("date", date);
    return new Month(date.getYear(), date.getMonthValue());
  }
}

package org.anxiao.core.time;

import java.time.LocalDate;
import org.anxiao.core.internal.Require;

/**
 * A calendar quarter (季度).
 *
 * @param year    the year, 1900–2200
 * @param quarter 1–4
 */
public record Quarter(int year, int quarter) implements Period {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param year    the year, 1900–2200
   * @param quarter 1–4
   */
  public Quarter {
    PeriodCodes.year("year", year);
    Require.that(quarter >= 1 && quarter <= 4, "quarter", quarter, "must be 1 to 4");
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, 3 * quarter - 2, 1);
  }

  @Override
  public LocalDate end() {
    return start().plusMonths(3);
  }

  @Override
  public String code() {
    return year + "-Q" + quarter;
  }
}

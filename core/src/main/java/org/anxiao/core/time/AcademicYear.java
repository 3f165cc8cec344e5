package org.anxiao.core.time;

import java.time.LocalDate;
import org.anxiao.core.internal.Bounds;

/**
 * An academic year (学年): 1 September of {@code startYear} to 1 September of the next year, the
 * national convention for primary and secondary schools.
 *
 * @param startYear the year in which it begins, 1900–2199
 */
public record AcademicYear(int startYear) implements Period {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param startYear the year in which it begins, 1900–2199
   */
  public AcademicYear {
    PeriodCodes.year("startYear", startYear);
    PeriodCodes.year("startYear", startYear + 1);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, 9, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(startYear + 1, 9, 1);
  }

  @Override
  public String code() {
    return "AY" + startYear + "-" + (startYear + 1);
  }

  /**
   * {@return the academic year containing {@code date}}
   *
   * @param date the day
   */
  public static AcademicYear of(LocalDate date) {
    Bounds.date("date", date);
    return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
  }
}

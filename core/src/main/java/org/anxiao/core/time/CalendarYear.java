package org.anxiao.core.time;

import java.time.LocalDate;

/**
 * A calendar year (自然年), 1 January to 1 January.
 *
 * @param year the year, 1900–2200
 */
public record CalendarYear(int year) implements Period {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param year the year, 1900–2200
   */
  public CalendarYear {
    PeriodCodes.year("year", year);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, 1, 1);
  }

  @Override
  public LocalDate end() {
    return LocalDate.of(year + 1, 1, 1);
  }

  @Override
  public String code() {
    return Integer.toString(year);
  }

  /** {@return the twelve months of the year, in order} */
  public java.util.List<Month> months() {
    return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> new Month(year, m)).toList();
  }
}

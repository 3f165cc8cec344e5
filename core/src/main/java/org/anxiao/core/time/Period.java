package org.anxiao.core.time;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;

/**
 * A reporting period (统计期): a closed-open range of calendar dates {@code [start, end)} in
 * Asia/Shanghai, with a stable text code used on the wire.
 *
 * <table>
 *   <caption>Kinds and codes</caption>
 *   <tr><th>kind</th><th>code</th><th>dates</th></tr>
 *   <tr><td>{@link CalendarYear}</td><td>{@code 2024}</td><td>1 Jan – 1 Jan</td></tr>
 *   <tr><td>{@link Quarter}</td><td>{@code 2024-Q1}</td><td>1 Jan – 1 Apr</td></tr>
 *   <tr><td>{@link Month}</td><td>{@code 2024-03}</td><td>1 Mar – 1 Apr</td></tr>
 *   <tr><td>{@link AcademicYear} 学年</td><td>{@code AY2024-2025}</td><td>1 Sep 2024 – 1 Sep 2025</td></tr>
 *   <tr><td>{@link Semester} 学期</td><td>{@code AY2024-2025-S1}</td><td>1 Sep – 1 Feb (S1), 1 Feb – 1 Sep (S2)</td></tr>
 *   <tr><td>{@link DateRange}</td><td>{@code 2024-03-04/2024-07-01}</td><td>as given, end exclusive</td></tr>
 * </table>
 *
 * <p>All implementations are immutable records; equality is by kind and dates.
 */
public sealed interface Period permits CalendarYear, Quarter, Month, AcademicYear, Semester, DateRange {

  /** {@return first day, inclusive} */
  LocalDate start();

  /** {@return day after the last day (exclusive)} */
  LocalDate end();

  /** {@return the stable wire code, e.g. {@code 2024-Q1}} */
  @JsonValue
  String code();

  /** {@return number of days in the period} */
  default long days() {
    return ChronoUnit.DAYS.between(start(), end());
  }

  /**
   * {@return true when {@code date} is in {@code [start, end)}}
   *
   * @param date the day
   */
  default boolean contains(LocalDate date) {
    Bounds.date("date", date);
    return !date.isBefore(start()) && date.isBefore(end());
  }

  /**
   * {@return true when the two periods share at least one day}
   *
   * @param other the other period
   */
  default boolean overlaps(Period other) {
    Require.nonNull("other", other);
    return start().isBefore(other.end()) && other.start().isBefore(end());
  }

  /**
   * {@return true when {@code other} lies wholly inside this period}
   *
   * @param other the other period
   */
  default boolean encloses(Period other) {
    Require.nonNull("other", other);
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /** {@return the same dates as a plain {@link DateRange}} */
  default DateRange toDateRange() {
    return new DateRange(start(), end());
  }

  /**
   * Parses a period code.
   *
   * @param code the period code
   * @return the period
   * @throws InvalidValueException if the code matches no kind or names an impossible date
   */
  static Period parse(String code) {
    if (code == null) {
      throw new InvalidValueException("period", null, "is required");
    }
    Matcher m;
    if ((m = PeriodCodes.YEAR.matcher(code)).matches()) {
      return new CalendarYear(Integer.parseInt(m.group(1)));
    }
    if ((m = PeriodCodes.QUARTER.matcher(code)).matches()) {
      return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = PeriodCodes.MONTH.matcher(code)).matches()) {
      return new Month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = PeriodCodes.ACADEMIC_YEAR.matcher(code)).matches()) {
      AcademicYear ay = new AcademicYear(Integer.parseInt(m.group(1)));
      if (Integer.parseInt(m.group(2)) != ay.startYear() + 1) {
        throw new InvalidValueException("period", code, "an academic year spans two consecutive years");
      }
      return m.group(3) == null ? ay : new Semester(ay, Integer.parseInt(m.group(3)));
    }
    if ((m = PeriodCodes.RANGE.matcher(code)).matches()) {
      return new DateRange(PeriodCodes.date(m.group(1)), PeriodCodes.date(m.group(2)));
    }
    throw new InvalidValueException("period", code,
        "must be a period code such as 2024, 2024-Q1, 2024-03, AY2024-2025, AY2024-2025-S1 or 2024-03-01/2024-04-01");
  }
}

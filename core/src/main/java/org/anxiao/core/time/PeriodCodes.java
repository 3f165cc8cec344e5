package org.anxiao.core.time;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.anxiao.core.error.InvalidValueException;

/** Period code patterns and checks shared by the {@link Period} records. */
final class PeriodCodes {
  static final Pattern YEAR = Pattern.compile("(\\d{4})");
  static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  static final Pattern ACADEMIC_YEAR = Pattern.compile("AY(\\d{4})-(\\d{4})(?:-S(\\d))?");
  static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
  /** Years outside this range are rejected as input errors. */
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2200;

  private PeriodCodes() {}

  static void year(String field, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(field, year, "must be between " + MIN_YEAR + " and " + MAX_YEAR);
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidValueException("period", text, "is not a valid calendar date");
    }
  }
}

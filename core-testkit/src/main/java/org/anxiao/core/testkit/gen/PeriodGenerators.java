package org.anxiao.core.testkit.gen;

import static org.anxiao.core.testkit.gen.ValueGenerators.dates;
import static org.quicktheories.generators.SourceDSL.integers;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.time.AcademicYear;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.time.Quarter;
import org.anxiao.core.time.Semester;
import org.anxiao.core.time.Periods;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of reporting periods: calendar years, quarters, months, academic years, semesters and date ranges
 * (end exclusive); edge dates and periods (month ends, leap days, year ends, core's years 1900–2200); impossible
 * period codes and overlapping periods labelled with the error core raises.
 */
public final class PeriodGenerators {
  private PeriodGenerators() {}

  /** {@return periods of every kind, years 1990–2150} */
  public static Gen<Period> periods() {
    Gen<Integer> years = integers().between(1990, 2150);
    Gen<Period> y = years.map(CalendarYear::new);
    Gen<Period> q = years.zip(integers().between(1, 4), Quarter::new);
    Gen<Period> m = years.zip(integers().between(1, 12), Month::new);
    Gen<Period> ay = years.map(AcademicYear::new);
    Gen<Period> s = years.zip(integers().between(1, 2), (yr, t) -> new Semester(new AcademicYear(yr), t));
    Gen<Period> r = dates().zip(integers().between(1, 800), (d, n) -> new DateRange(d, d.plusDays(n)));
    return Generate.oneOf(y, q, m, ay, s, r);
  }

  /** {@return calendar years 1990–2150} */
  public static Gen<CalendarYear> calendarYears() {
    return integers().between(1990, 2150).map(CalendarYear::new);
  }

  /** {@return quarters of the years 1990–2150} */
  public static Gen<Quarter> quarters() {
    return integers().between(1990, 2150).zip(integers().between(1, 4), Quarter::new);
  }

  /** {@return months of the years 1990–2150} */
  public static Gen<Month> months() {
    return integers().between(1990, 2150).zip(integers().between(1, 12), Month::new);
  }

  /** {@return academic years (September to August) starting 1990–2150} */
  public static Gen<AcademicYear> academicYears() {
    return integers().between(1990, 2150).map(AcademicYear::new);
  }

  /** {@return semesters (term 1 autumn, term 2 spring) of the academic years 1990–2150} */
  public static Gen<Semester> semesters() {
    return academicYears().zip(integers().between(1, 2), Semester::new);
  }

  /** {@return date ranges (end exclusive, after the start) of 1 to 800 days from 1950 on} */
  public static Gen<DateRange> dateRanges() {
    return dates().zip(integers().between(1, 800), (d, n) -> new DateRange(d, d.plusDays(n)));
  }

  /**
   * {@return periods of every kind in the years {@code fromYear}–{@code toYear} (date ranges start
   * in {@code fromYear}–{@code toYear} and last up to 97 days)}
   *
   * @param fromYear the first year, at least 1900
   * @param toYear   the last year, at most 2199 (an academic year or range may end in the next)
   */
  public static Gen<Period> periods(int fromYear, int toYear) {
    Gen<Integer> years = integers().between(fromYear, toYear);
    return years.zip(integers().between(0, 5), integers().between(1, 400),
        (y, kind, n) -> switch (kind) {
          case 0 -> new CalendarYear(y);
          case 1 -> new Quarter(y, 1 + n % 4);
          case 2 -> new Month(y, 1 + n % 12);
          case 3 -> new AcademicYear(y);
          case 4 -> new Semester(new AcademicYear(y), 1 + n % 2);
          default -> new DateRange(LocalDate.of(y, 1, 1).plusDays(n), LocalDate.of(y, 1, 1).plusDays(n + n % 97 + 1));
        });
  }

  /**
   * {@return dates where an off-by-one in a period shows: month ends and the day after, 28 and
   * 29 February of leap and common years (2000 and 2024 leap, 1900 and 2100 not), 31 December and
   * 1 January, and the edges of core's years 1900 and 2200}
   */
  public static Gen<LocalDate> edgeDates() {
    Gen<LocalDate> monthEnds = integers().between(1900, 2199).zip(integers().between(1, 12), (y, m) -> {
      LocalDate end = LocalDate.of(y, m, 1).plusMonths(1).minusDays(1);
      return end;
    });
    Gen<LocalDate> fixed = Generate.pick(List.of(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29),
        LocalDate.of(2024, 3, 1), LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1), LocalDate.of(2000, 2, 29),
        LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1), LocalDate.of(2100, 2, 28), LocalDate.of(2100, 3, 1),
        LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(2024, 12, 31),
        LocalDate.of(2025, 1, 1), LocalDate.of(2024, 8, 31), LocalDate.of(2024, 9, 1)));
    return monthEnds.mix(monthEnds.map(d -> d.plusDays(1)), 50).mix(fixed, 40);
  }

  /**
   * {@return periods at the edges: date ranges between two {@link #edgeDates()} (or one day from
   * one), and years, quarters, months and academic years at core's first and last years}
   */
  public static Gen<Period> edgePeriods() {
    Gen<Period> ranges = edgeDates().zip(edgeDates(), integers().between(1, 3), (a, b, days) ->
        a.isBefore(b) ? new DateRange(a, b) : b.isBefore(a) ? new DateRange(b, a) : new DateRange(a, a.plusDays(days)));
    Gen<Period> limits = Generate.pick(List.of(new CalendarYear(1900), new CalendarYear(2200), new Quarter(2200, 4),
        new Month(2200, 12), new Month(1900, 1), new Month(2024, 2), new Month(2023, 2), new AcademicYear(1900),
        new AcademicYear(2199), new Semester(new AcademicYear(2199), 2), new Quarter(2024, 1)));
    return ranges.mix(limits, 30);
  }

  /** Codes no period has, each refused by {@code Period.parse} with {@code INVALID_VALUE} naming the field shown. */
  private static final List<List<String>> IMPOSSIBLE_CODES = List.of(
      List.of("2023-02-29/2023-03-01", "period"), List.of("2024-02-30/2024-03-01", "period"),
      List.of("2024-04-31/2024-05-01", "period"), List.of("2024-13", "month"), List.of("2024-00", "month"),
      List.of("2024-Q5", "quarter"), List.of("2024-Q0", "quarter"), List.of("AY2024-2026", "period"),
      List.of("AY2024-2025-S3", "term"), List.of("1899", "year"), List.of("2201", "year"), List.of("24", "period"),
      List.of("2024-3", "period"), List.of("2024-03-01/2024-03-01", "end"), List.of("2024-03-02/2024-03-01", "end"),
      List.of("", "period"), List.of("2024 ", "period"));

  /**
   * {@return impossible period codes, each labelled with the {@code INVALID_VALUE} and field
   * {@code Period.parse} raises: days no calendar has (30 February, 29 February 2023), month 13,
   * quarter 5, an academic year over three years, term 3, years outside 1900–2200, an empty range}
   */
  public static Gen<InvalidInput<Period>> invalidCodes() {
    return Generate.pick(IMPOSSIBLE_CODES).map(c -> InvalidInput.of("period code \"" + c.get(0) + "\"",
        "INVALID_VALUE", c.get(1), () -> Period.parse(c.get(0))));
  }

  /**
   * {@return overlapping periods, labelled {@code PERIOD_OVERLAP} naming the list's field: two
   * ranges sharing at least one day, or a month within its quarter, checked by
   * {@code Periods.requireNoOverlap("periods", ...)}}
   */
  public static Gen<InvalidInput<List<Period>>> overlapping() {
    Gen<List<Period>> ranges = dateRanges().zip(integers().between(0, 799), integers().between(1, 100), (r, at, len) -> {
      LocalDate start = r.start().plusDays(at % r.days());
      return List.<Period>of(r, new DateRange(start, start.plusDays(len)));
    });
    Gen<List<Period>> nested = months().map(m -> List.<Period>of(new Quarter(m.year(), (m.month() + 2) / 3), m));
    return ranges.mix(nested, 30).map(ps -> InvalidInput.of("overlapping " + ps, "PERIOD_OVERLAP", "periods", () -> {
      Periods.requireNoOverlap("periods", ps);
      return ps;
    }));
  }
}

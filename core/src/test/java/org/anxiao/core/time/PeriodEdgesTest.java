package org.anxiao.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Year bounds of the period kinds, the conversions between them, and the relations that answer false. */
class PeriodEdgesTest {
  private static void refused(String field, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    assertEquals(InvalidValueException.CODE, e.errorCode());
    assertEquals(field, e.field().orElseThrow());
  }

  @Test
  void calendarYearsRunFrom1900To2200Inclusive() {
    assertEquals(1900, new CalendarYear(1900).year());
    assertEquals(2200, new CalendarYear(2200).year());
    refused("year", () -> new CalendarYear(1899));
    refused("year", () -> new CalendarYear(2201));
    refused("year", () -> new Quarter(1899, 4));
    refused("year", () -> new Quarter(2201, 1));
    assertEquals(new Quarter(2200, 4), Period.parse("2200-Q4"));
    refused("start", () -> new DateRange(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 2)));
    assertEquals(1, new DateRange(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 2)).days());
    assertEquals("1899", assertThrows(InvalidValueException.class, () -> new Month(1899, 12)).value().orElseThrow());
    assertEquals(new Month(2200, 12), Period.parse("2200-12"));
  }

  @Test
  void anAcademicYearNeedsBothOfItsYearsInRange() {
    assertEquals(LocalDate.of(1900, 9, 1), new AcademicYear(1900).start());
    assertEquals(LocalDate.of(2200, 9, 1), new AcademicYear(2199).end());
    refused("startYear", () -> new AcademicYear(2200));
    refused("startYear", () -> new AcademicYear(1899));
  }

  @Test
  void aSemesterIsTermOneOrTwo() {
    AcademicYear ay = new AcademicYear(2024);
    assertEquals(LocalDate.of(2025, 2, 1), new Semester(ay, 2).start());
    refused("term", () -> new Semester(ay, 0));
    refused("term", () -> new Semester(ay, 3));
  }

  @Test
  void monthOfADateIsTheCalendarMonthContainingIt() {
    Month m = Month.of(LocalDate.of(2024, 2, 29));
    assertEquals(new Month(2024, 2), m);
    assertTrue(m.contains(LocalDate.of(2024, 2, 1)));
    assertFalse(m.contains(LocalDate.of(2024, 3, 1)), "the end is exclusive");
    assertEquals(new Month(2024, 12), Month.of(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void toDateRangeKeepsStartAndEnd() {
    Period semester = new Semester(new AcademicYear(2024), 1);
    DateRange range = semester.toDateRange();
    assertEquals(new DateRange(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 2, 1)), range);
    assertEquals(semester.days(), range.days());
    assertEquals(new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)), new Month(2024, 3).toDateRange());
  }

  @Test
  void enclosesIsFalseWhenTheOtherReachesOutsideOnEitherSide() {
    CalendarYear y2024 = new CalendarYear(2024);
    assertTrue(y2024.encloses(new Quarter(2024, 4)), "sharing the end");
    assertTrue(y2024.encloses(new Month(2024, 1)), "sharing the start");
    assertTrue(y2024.encloses(y2024));
    assertFalse(y2024.encloses(new AcademicYear(2024)), "ends after");
    assertFalse(y2024.encloses(new AcademicYear(2023)), "starts before");
    assertFalse(new Month(2024, 3).encloses(y2024));
  }

  @Test
  void tilesIsFalseForOverlappingPeriodsEvenWhenTheyCoverTheWindow() {
    CalendarYear y2024 = new CalendarYear(2024);
    List<Period> quarters = List.of(new Quarter(2024, 1), new Quarter(2024, 2), new Quarter(2024, 3), new Quarter(2024, 4));
    assertTrue(Periods.tiles(quarters, y2024));
    List<Period> overlapping = List.of(new Quarter(2024, 1), new Month(2024, 3), new Quarter(2024, 2), new Quarter(2024, 3),
        new Quarter(2024, 4));
    assertTrue(Periods.gaps(overlapping, y2024).isEmpty(), "covers the year");
    assertFalse(Periods.tiles(overlapping, y2024));
    assertFalse(Periods.tiles(List.of(new Quarter(2024, 1)), y2024), "leaves a gap");
  }

  @Test
  void tilesClipsEveryPeriodToWithinBeforeLookingForOverlaps() {
    CalendarYear y2024 = new CalendarYear(2024);
    // 2023 and 2023-06 overlap, but only in 2023, outside within: clipped, they vanish.
    List<Period> overlapOutside = List.of(new CalendarYear(2023), new Month(2023, 6), y2024);
    assertTrue(Periods.gaps(overlapOutside, y2024).isEmpty());
    assertTrue(Periods.tiles(overlapOutside, y2024), "an overlap wholly outside within does not stop tiling");
    // A period reaching past within: only its days inside count.
    List<Period> reachingPast = List.of(Period.parse("2023-12-01/2024-07-01"), Period.parse("2024-07-01/2025-03-01"));
    assertTrue(Periods.tiles(reachingPast, y2024), "periods extending past within still tile it");
    // Two periods that start before within and share days inside it do not tile.
    List<Period> shareInside = List.of(Period.parse("2023-01-01/2024-01-15"), Period.parse("2023-06-01/2025-01-01"));
    assertTrue(Periods.gaps(shareInside, y2024).isEmpty());
    assertFalse(Periods.tiles(shareInside, y2024), "they share 2024-01-01..2024-01-14");
    // An overlap straddling the edge: 2024-12-20..2024-12-31 inside within is shared.
    List<Period> straddle = List.of(Period.parse("2024-01-01/2025-01-10"), Period.parse("2024-12-20/2025-02-01"));
    assertFalse(Periods.tiles(straddle, y2024));
    // Periods outside within only: nothing covers it.
    assertFalse(Periods.tiles(List.of(new CalendarYear(2023), new CalendarYear(2025)), y2024));
    assertFalse(Periods.tiles(List.of(), y2024));
  }

  @Test
  void tilesIsTrueExactlyWhenEveryDayOfWithinIsInExactlyOnePeriod() {
    // Exhaustive over small lists of day ranges inside a 6-day window and 2 days either side.
    LocalDate origin = LocalDate.of(2024, 3, 1);
    Period within = new DateRange(origin.plusDays(2), origin.plusDays(8));
    List<DateRange> ranges = new java.util.ArrayList<>();
    for (int a = 0; a < 10; a++) {
      for (int b = a + 1; b <= 10; b++) {
        ranges.add(new DateRange(origin.plusDays(a), origin.plusDays(b)));
      }
    }
    for (DateRange r1 : ranges) {
      for (DateRange r2 : ranges) {
        for (int n = 1; n <= 2; n++) {
          List<Period> periods = n == 1 ? List.of(r1) : List.of(r1, r2);
          boolean exactlyOnce = true;
          for (LocalDate d = within.start(); d.isBefore(within.end()); d = d.plusDays(1)) {
            LocalDate day = d;
            long covering = periods.stream().filter(p -> p.contains(day)).count();
            exactlyOnce &= covering == 1;
          }
          assertEquals(exactlyOnce, Periods.tiles(periods, within), periods::toString);
        }
      }
    }
  }
}

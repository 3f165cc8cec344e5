package org.anxiao.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void kindsHaveTheDocumentedDates() {
    assertEquals(LocalDate.of(2024, 1, 1), new CalendarYear(2024).start());
    assertEquals(366, new CalendarYear(2024).days(), "leap year");
    assertEquals(LocalDate.of(2024, 4, 1), new Quarter(2024, 2).start());
    assertEquals(91, new Quarter(2024, 2).days());
    assertEquals(29, new Month(2024, 2).days());
    AcademicYear ay = new AcademicYear(2024);
    assertEquals(LocalDate.of(2024, 9, 1), ay.start());
    assertEquals(LocalDate.of(2025, 9, 1), ay.end());
    assertEquals(LocalDate.of(2025, 2, 1), new Semester(ay, 1).end());
    assertEquals(new Semester(ay, 1).end(), new Semester(ay, 2).start());
    assertEquals(ay, AcademicYear.of(LocalDate.of(2025, 8, 31)));
    assertEquals(new AcademicYear(2025), AcademicYear.of(LocalDate.of(2025, 9, 1)));
  }

  @Test
  void codesParse() {
    assertEquals(new Quarter(2024, 1), Period.parse("2024-Q1"));
    assertEquals(new Month(2024, 3), Period.parse("2024-03"));
    assertEquals(new Semester(new AcademicYear(2024), 2), Period.parse("AY2024-2025-S2"));
    assertEquals(new DateRange(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 7, 1)), Period.parse("2024-03-04/2024-07-01"));
  }

  @Test
  void impossibleInputsAreRejectedNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Period.parse("2024-02-30/2024-03-01"));
    assertEquals("period", e.field().orElseThrow());
    assertEquals("month", assertThrows(InvalidValueException.class, () -> new Month(2024, 13)).field().orElseThrow());
    assertEquals("end", assertThrows(InvalidValueException.class,
        () -> new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1))).field().orElseThrow());
    assertThrows(InvalidValueException.class, () -> Period.parse("AY2024-2026"));
    assertThrows(InvalidValueException.class, () -> Period.parse("spring"));
    assertThrows(InvalidValueException.class, () -> Period.parse(null));
    assertThrows(InvalidValueException.class, () -> new CalendarYear(10_000));
  }

  @Test
  void overlapIsDetectedAndNamed() {
    List<Period> ps = List.of(new Month(2024, 1), Period.parse("2024-01-20/2024-02-10"), new Month(2024, 3));
    PeriodOverlapException e = assertThrows(PeriodOverlapException.class, () -> Periods.requireNoOverlap("readings", ps));
    assertEquals("readings", e.field().orElseThrow());
    assertTrue(e.getMessage().contains("2024-01") && e.getMessage().contains("2024-01-20/2024-02-10"), e.getMessage());
    Periods.requireNoOverlap("readings", List.of(new Month(2024, 1), new Month(2024, 2)));
  }

  @Test
  void gapsAreListed() {
    CalendarYear y = new CalendarYear(2024);
    List<DateRange> gaps = Periods.gaps(List.of(new Month(2024, 1), new Month(2024, 3), new Quarter(2024, 4)), y);
    assertEquals(List.of(Period.parse("2024-02-01/2024-03-01"), Period.parse("2024-04-01/2024-10-01")), gaps);
    assertTrue(Periods.tiles(y.months(), y));
    assertFalse(Periods.tiles(List.of(new Quarter(2024, 1), new Month(2024, 3)), new Quarter(2024, 1)), "overlap");
  }
}

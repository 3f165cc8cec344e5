package org.anxiao.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Periods in the last year codes may name (2200) end, exclusively, on 1 January 2201: that end is a
 * valid date range end, and the checks over periods that reach it work; a day later is refused.
 */
class LastYearTest {
  private static final LocalDate END = LocalDate.of(2201, 1, 1);

  @Test
  void aPeriodEndingWithTheLastYearIsADateRange() {
    Period year = Period.parse("2200");
    assertEquals(END, year.end());
    assertEquals(new DateRange(LocalDate.of(2200, 1, 1), END), year.toDateRange());
    assertEquals(31, Period.parse("2200-12-01/2201-01-01").days());
  }

  @Test
  void gapsAndTilesReachTheLastDay() {
    Period year = Period.parse("2200");
    assertEquals(List.of(new DateRange(LocalDate.of(2200, 4, 1), END)),
        Periods.gaps(List.of(Period.parse("2200-Q1")), year));
    assertTrue(Periods.tiles(List.of(Period.parse("2200-Q1"), Period.parse("2200-04-01/2201-01-01")), year));
  }

  @Test
  void beyondTheLastDayIsRefused() {
    assertThrows(InvalidValueException.class, () -> Period.parse("2200-12-01/2201-01-02"));
    assertThrows(InvalidValueException.class, () -> Period.parse("2201"));
  }
}

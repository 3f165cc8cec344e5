package org.anxiao.energy.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.EndUse;
import org.junit.jupiter.api.Test;

/**
 * The overlap check past its 64 meter-and-carrier slots (where it switches to a map), across several
 * meters, and with consumptions given out of date order.
 */
class ConsumptionChecksBoundariesTest {
  private static final CalendarYear YEAR = new CalendarYear(2024);

  private static Consumption metered(String meter, Period period) {
    return new Consumption(Carrier.ELECTRICITY, period, Measure.of("1", "kWh"), Optional.of(meter), Optional.empty(),
        EndUse.WHOLE, false, Optional.empty());
  }

  private static Month month(int m) {
    return new Month(2024, m);
  }

  /** Meters M0 … M64 (65 meter-and-carrier groups, one more than the slots), each with January. */
  private static List<Consumption> sixtyFiveMeters() {
    List<Consumption> list = new ArrayList<>();
    for (int i = 0; i <= 64; i++) {
      list.add(metered("M" + i, month(1)));
    }
    return list;
  }

  private static Optional<String> overlap(List<Consumption> list) {
    return assertThrows(PeriodOverlapException.class, () -> ConsumptionChecks.require("consumptions", YEAR, list))
        .field();
  }

  @Test
  void sixtyFiveMetersWithoutOverlapPass() {
    List<Consumption> list = sixtyFiveMeters();
    // A second month of M0 and of M64: still no overlap.
    list.add(metered("M0", month(2)));
    list.add(metered("M64", month(2)));
    assertDoesNotThrow(() -> ConsumptionChecks.require("consumptions", YEAR, list));
  }

  @Test
  void anOverlapOfTheSixtyFifthMeterIsFound() {
    List<Consumption> list = sixtyFiveMeters();
    list.add(metered("M64", month(1)));
    assertEquals(Optional.of("consumptions[M64/ELECTRICITY].period"), overlap(list));
  }

  @Test
  void anOverlapOfAMeterSeenBeforeTheSwitchIsFound() {
    List<Consumption> list = sixtyFiveMeters();
    list.add(metered("M0", month(1)));
    assertEquals(Optional.of("consumptions[M0/ELECTRICITY].period"), overlap(list));
  }

  @Test
  void eachMeterIsCheckedOnItsOwn() {
    // A: January and February (no overlap); B: January twice (overlap); rows interleaved.
    List<Consumption> list = List.of(metered("A", month(1)), metered("B", month(1)), metered("A", month(2)),
        metered("B", month(1)));
    assertEquals(Optional.of("consumptions[B/ELECTRICITY].period"), overlap(list));
    // Three meters of two months each, none overlapping.
    assertDoesNotThrow(() -> ConsumptionChecks.require("consumptions", YEAR, List.of(metered("A", month(1)),
        metered("B", month(1)), metered("C", month(1)), metered("C", month(2)), metered("B", month(2)),
        metered("A", month(2)))));
  }

  @Test
  void consumptionsOutOfDateOrderAreSortedFirst() {
    // March, January, February of one meter: adjacent, not overlapping, whatever the order given.
    assertDoesNotThrow(() -> ConsumptionChecks.require("consumptions", YEAR,
        List.of(metered("A", month(3)), metered("A", month(1)), metered("A", month(2)))));
  }

  @Test
  void anOverlapWithTheLatestEndingConsumptionIsFound() {
    // January, February, February: the second February overlaps the first, not January.
    PeriodOverlapException e = assertThrows(PeriodOverlapException.class, () -> ConsumptionChecks.require(
        "consumptions", YEAR, List.of(metered("A", month(1)), metered("A", month(2)), metered("A", month(2)))));
    assertEquals(Optional.of("2024-02 and 2024-02"), e.value());
  }
}

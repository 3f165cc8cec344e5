package org.anxiao.energy.meter;

import static org.anxiao.energy.meter.MeterFixtures.METERS_2024;
import static org.anxiao.energy.meter.MeterFixtures.SCHOOL;
import static org.anxiao.energy.meter.MeterFixtures.amount;
import static org.anxiao.energy.meter.MeterFixtures.assertAmount;
import static org.anxiao.energy.meter.MeterFixtures.at;
import static org.anxiao.energy.meter.MeterFixtures.dec;
import static org.anxiao.energy.meter.MeterFixtures.monthValue;
import static org.anxiao.energy.meter.MeterFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.junit.jupiter.api.Test;

/**
 * Register differences, rollover and rounding on the time axis ({@link MeterSeries}) at their
 * boundaries, and the messages that name the data at fault.
 */
class MeterSeriesBoundariesTest {
  private static final Meter E1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh");
  private static final int JANUARY_2024 = 2024 * 12;

  private static BigDecimal month(MeterDataInput data, int index) {
    return MeterSeries.of(data).get(0).months().get(index).amount;
  }

  private static InvalidValueException refused(String field, MeterDataInput data) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MeterSeries.of(data));
    assertEquals(Optional.of(field), e.field(), e.getMessage());
    return e;
  }

  @Test
  void aWrapOfExactlyHalfTheSpanIsRefusedAndOneJustBelowIsAccepted() {
    Meter wraps = E1.withRollover(dec("100000"));
    // 100000 − 99800 + 49800 = 50000: not less than half the span (50000).
    InvalidValueException e = refused("registerReadings[1].reading", MeterDataInput.ofRegisters(List.of(wraps),
        List.of(read("E1", at(2024, 1, 1), "99800", "kWh"), read("E1", at(2024, 2, 1), "49800", "kWh")), List.of()));
    assertTrue(e.rule().contains("would mean 50000"), e.rule());
    // 100000 − 99800 + 49799.9 = 49999.9, all in January (1 Jan to 1 Feb).
    assertAmount("49999.9", month(MeterDataInput.ofRegisters(List.of(wraps), List.of(read("E1", at(2024, 1, 1),
        "99800", "kWh"), read("E1", at(2024, 2, 1), "49799.9", "kWh")), List.of()), JANUARY_2024));
  }

  @Test
  void aFallNamesThePreviousValueAsReadingOrInitialReading() {
    InvalidValueException afterReading = refused("registerReadings[1].reading", MeterDataInput.ofRegisters(List.of(E1),
        List.of(read("E1", at(2024, 1, 1), "5000", "kWh"), read("E1", at(2024, 7, 1), "630", "kWh")), List.of()));
    assertTrue(afterReading.rule().contains("5000 (registerReadings[0].reading at 2024-01-01T00:00)"),
        afterReading.rule());
    // After a replacement the register restarts at its initial reading, 500; 300 is below it.
    InvalidValueException afterReplacement = refused("registerReadings[1].reading", MeterDataInput.ofRegisters(
        List.of(E1), List.of(read("E1", at(2024, 1, 1), "100", "kWh"), read("E1", at(2024, 7, 1), "300", "kWh")),
        List.of(new MeterReplacement("E1", at(2024, 3, 1), Measure.of("200", "kWh"), Measure.of("500", "kWh")))));
    assertTrue(afterReplacement.rule().contains("500 (replacements[0].initialReading at 2024-03-01T00:00)"),
        afterReplacement.rule());
  }

  @Test
  void twoDataAtOneTimeAreToldApartByKind() {
    InvalidValueException readings = refused("registerReadings[1].readAt", MeterDataInput.ofRegisters(List.of(E1),
        List.of(read("E1", at(2024, 1, 1), "1", "kWh"), read("E1", at(2024, 1, 1), "2", "kWh")), List.of()));
    assertTrue(readings.rule().startsWith("repeats the time of registerReadings[0] of meter E1"), readings.rule());
    InvalidValueException replacement = refused("replacements[0].at", MeterDataInput.ofRegisters(List.of(E1),
        List.of(read("E1", at(2024, 1, 1), "1", "kWh"), read("E1", at(2024, 6, 1), "4", "kWh")),
        List.of(new MeterReplacement("E1", at(2024, 6, 1), Measure.of("4", "kWh"), Measure.of("0", "kWh")))));
    assertTrue(replacement.rule().startsWith("coincides with registerReadings[1]"), replacement.rule());
  }

  @Test
  void intervalsGivenOutOfOrderAreTakenInTimeOrder() {
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    MeterDataInput data = MeterDataInput.ofIntervals(List.of(w1), List.of(monthValue("W1", 2024, 2, "7", "m3"),
        monthValue("W1", 2024, 1, "5", "m3")));
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)),
        data, GapHandling.reject());
    assertAmount("5", amount(r, "W1", 2024, 1));
    assertAmount("7", amount(r, "W1", 2024, 2));
  }

  @Test
  void aProductBeyondThirtyTwoPlacesIsRoundedHalfEven() {
    // (3 × 10⁻³²) × 0.5 = 1.5 × 10⁻³², 33 places: rounded half-even to 32 places, 2 × 10⁻³².
    Meter halved = E1.withMultiplier(dec("0.5"));
    assertAmount("0.00000000000000000000000000000002", month(MeterDataInput.ofRegisters(List.of(halved),
        List.of(read("E1", at(2024, 1, 1), "0", "kWh"),
            read("E1", at(2024, 2, 1), "0.00000000000000000000000000000003", "kWh")), List.of()), JANUARY_2024));
  }

  @Test
  void aShareIsRoundedToNinePlacesWhenTheAmountHasFewer() {
    // 1 kWh from 31 Jan to 3 Feb (3 days): January's day is 1 × 1/3 = 0.333333333 to 9 places, February the rest.
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(E1), List.of(read("E1", at(2024, 1, 31), "0", "kWh"),
        read("E1", at(2024, 2, 3), "1", "kWh")), List.of());
    assertEquals(new BigDecimal("0.333333333"), month(data, JANUARY_2024));
    assertEquals(new BigDecimal("0.666666667"), month(data, JANUARY_2024 + 1));
  }

  @Test
  void theCoverageOfEachMeterIsFoundByItsId() {
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    Meter w2 = Meter.interval("W2", Carrier.WATER, "m3");
    MeterDataInput data = MeterDataInput.ofIntervals(List.of(w1, w2), List.of(monthValue("W1", 2024, 1, "5", "m3"),
        monthValue("W1", 2024, 2, "5", "m3"), monthValue("W2", 2024, 1, "3", "m3")));
    MeterDataResult r = METERS_2024.monthly(SCHOOL, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)),
        data, GapHandling.linear());
    MeterCoverage second = r.coverageOf("W2").orElseThrow();
    assertEquals("W2", second.meterId());
    // W2 has January only: 1 month of 2 with data, 31 of 60 days.
    assertEquals(1, second.monthsWithData());
    assertEquals(31.0, second.daysCovered());
    assertEquals(2, r.coverageOf("W1").orElseThrow().monthsWithData());
    assertEquals(Optional.empty(), r.coverageOf("W3"));
  }

  @Test
  void aProfileZeroInTheReferenceMonthsNamesThem() {
    // A profile that is zero in May and July cannot be scaled to their data to estimate June.
    MonthlyProfile zeroAround = MonthlyProfile.of("1", "1", "1", "1", "0", "1", "0", "1", "1", "1", "1", "1");
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    MeterDataInput data = MeterDataInput.ofIntervals(List.of(w1), List.of(monthValue("W1", 2024, 5, "310", "m3"),
        monthValue("W1", 2024, 7, "372", "m3")));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> METERS_2024.monthly(SCHOOL,
        new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 1)), data, GapHandling.profile(zeroAround)));
    assertTrue(e.rule().contains("[2024-05, 2024-07] whose data estimate 2024-06 of meter W1"), e.rule());
  }

  @Test
  void theCalculatorsTextNamesItsJurisdictionAndDate() {
    String text = METERS_2024.toString();
    assertTrue(text.startsWith("anxiao.energy.meter-data " + MeterFixtures.CN + " 2024-12-31 "), text);
  }
}

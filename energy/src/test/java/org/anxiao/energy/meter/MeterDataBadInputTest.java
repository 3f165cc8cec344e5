package org.anxiao.energy.meter;

import static org.anxiao.energy.meter.MeterFixtures.METERS_2024;
import static org.anxiao.energy.meter.MeterFixtures.SCHOOL;
import static org.anxiao.energy.meter.MeterFixtures.at;
import static org.anxiao.energy.meter.MeterFixtures.dec;
import static org.anxiao.energy.meter.MeterFixtures.monthValue;
import static org.anxiao.energy.meter.MeterFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.DateRange;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.EndUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad meter data: each refused with its typed exception, naming the field. */
class MeterDataBadInputTest {
  private static final Meter E1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh");

  private static <T extends AnxiaoException> T refused(Class<T> type, String field, Executable call) {
    T e = assertThrows(type, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
    return e;
  }

  private static MeterDataResult year(MeterDataInput data) {
    return METERS_2024.monthly(SCHOOL, new CalendarYear(2024), data, GapHandling.linear());
  }

  @Test
  void aNegativeReadingIsRefused() {
    refused(InvalidValueException.class, "reading", () -> read("E1", at(2024, 1, 1), "-0.1", "kWh"));
    refused(InvalidValueException.class, "amount",
        () -> IntervalReading.of("W1", new CalendarYear(2024), Measure.of("-3", "m3")));
    refused(InvalidValueException.class, "finalReading",
        () -> new MeterReplacement("E1", at(2024, 1, 1), Measure.of("-1", "kWh"), Measure.of("0", "kWh")));
  }

  @Test
  void notANumberIsRefused() {
    refused(InvalidValueException.class, "value", () -> read("E1", at(2024, 1, 1), "NaN", "kWh"));
    AnxiaoException e = assertThrows(AnxiaoException.class, () -> AnxiaoJson.strict().read(
        "{\"meterId\":\"E1\",\"readAt\":\"2024-01-01T00:00:00\",\"reading\":{\"value\":\"NaN\",\"unit\":\"kWh\"}}",
        RegisterReading.class));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    refused(InvalidValueException.class, "multiplier", () -> E1.withMultiplier(BigDecimal.ZERO));
  }

  @Test
  void aRegisterGoingBackwardsWithoutRolloverOrReplacementIsRefused() {
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(E1), List.of(
        read("E1", at(2024, 1, 1), "5000", "kWh"), read("E1", at(2024, 7, 1), "630", "kWh")), List.of());
    InvalidValueException e = refused(InvalidValueException.class, "registerReadings[1].reading", () -> year(data));
    assertEquals(Optional.of("630"), e.value());
    assertTrue(e.rule().contains("5000") && e.rule().contains("registerReadings[0]"), e.rule());
  }

  @Test
  void aFallTooLargeForARolloverIsRefused() {
    Meter wraps = E1.withRollover(dec("100000"));
    // 100000 − 99800 + 60000 = 60200, not less than half the span (50000): not a plausible wrap.
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(wraps), List.of(
        read("E1", at(2024, 1, 1), "99800", "kWh"), read("E1", at(2024, 2, 1), "60000", "kWh")), List.of());
    InvalidValueException e = refused(InvalidValueException.class, "registerReadings[1].reading", () -> year(data));
    assertTrue(e.rule().contains("60200") && e.rule().contains("99800"), e.rule());
    refused(InvalidValueException.class, "registerReadings[0].reading", () -> MeterDataInput.ofRegisters(List.of(wraps),
        List.of(read("E1", at(2024, 1, 1), "100000", "kWh")), List.of()));
  }

  @Test
  void aFallBeforeAReplacementIsStillRefused() {
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(E1), List.of(read("E1", at(2024, 1, 1), "5000", "kWh"),
        read("E1", at(2024, 7, 1), "630", "kWh")),
        List.of(new MeterReplacement("E1", at(2024, 3, 1), Measure.of("4990", "kWh"), Measure.of("0", "kWh"))));
    refused(InvalidValueException.class, "replacements[0].finalReading", () -> year(data));
  }

  @Test
  void anUnknownMeterIdIsRefused() {
    refused(UnknownCodeException.class, "registerReadings[1].meterId", () -> MeterDataInput.ofRegisters(List.of(E1),
        List.of(read("E1", at(2024, 1, 1), "1", "kWh"), read("E9", at(2024, 2, 1), "2", "kWh")), List.of()));
    refused(UnknownCodeException.class, "replacements[0].meterId", () -> MeterDataInput.ofRegisters(List.of(E1),
        List.of(), List.of(new MeterReplacement("E9", at(2024, 1, 1), Measure.of("1", "kWh"), Measure.of("0", "kWh")))));
    refused(InvalidValueException.class, "intervalReadings[0].meterId", () -> MeterDataInput.ofIntervals(List.of(E1),
        List.of(monthValue("E1", 2024, 1, "5", "kWh"))));
  }

  @Test
  void mixedUnitsAreRefused() {
    refused(UnitMismatchException.class, "registerReadings[1].reading", () -> MeterDataInput.ofRegisters(List.of(E1),
        List.of(read("E1", at(2024, 1, 1), "1", "kWh"), read("E1", at(2024, 2, 1), "2", "MWh")), List.of()));
    refused(UnitMismatchException.class, "unit", () -> Meter.cumulative("E1", Carrier.ELECTRICITY, "m3"));
    refused(UnitMismatchException.class, "unit", () -> Meter.cumulative("E1", Carrier.ELECTRICITY, "kgce"));
    refused(UnitMismatchException.class, "unit", () -> Meter.interval("G1", Carrier.NATURAL_GAS, "kg"));
    refused(UnknownCodeException.class, "unit", () -> Meter.interval("G1", Carrier.NATURAL_GAS, "furlong"));
  }

  @Test
  void duplicateTimestampsAreRefused() {
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(E1), List.of(read("E1", at(2024, 1, 1), "1", "kWh"),
        read("E1", at(2024, 1, 1), "1", "kWh"), read("E1", at(2025, 1, 1), "9", "kWh")), List.of());
    refused(InvalidValueException.class, "registerReadings[1].readAt", () -> year(data));
    MeterDataInput atSwap = MeterDataInput.ofRegisters(List.of(E1), List.of(read("E1", at(2024, 1, 1), "1", "kWh"),
        read("E1", at(2024, 6, 1), "4", "kWh"), read("E1", at(2025, 1, 1), "9", "kWh")),
        List.of(new MeterReplacement("E1", at(2024, 6, 1), Measure.of("4", "kWh"), Measure.of("0", "kWh"))));
    refused(InvalidValueException.class, "replacements[0].at", () -> year(atSwap));
    refused(InvalidValueException.class, "meters[1].id", () -> MeterDataInput.ofRegisters(List.of(E1, E1), List.of(),
        List.of()));
  }

  @Test
  void overlappingIntervalsAreRefused() {
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    MeterDataInput data = MeterDataInput.ofIntervals(List.of(w1), List.of(monthValue("W1", 2024, 1, "5", "m3"),
        new IntervalReading("W1", LocalDateTime.of(2024, 1, 31, 0, 0), LocalDateTime.of(2024, 2, 2, 0, 0),
            Measure.of("1", "m3"))));
    refused(PeriodOverlapException.class, "intervalReadings[1]", () -> year(data));
    refused(InvalidValueException.class, "end", () -> new IntervalReading("W1", at(2024, 2, 1), at(2024, 2, 1),
        Measure.of("1", "m3")));
  }

  @Test
  void aPeriodWithNoDataAtAllIsMissing() {
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(E1), List.of(read("E1", at(2023, 1, 1), "1", "kWh"),
        read("E1", at(2023, 12, 1), "9", "kWh")), List.of());
    MissingValueException e = refused(MissingValueException.class, "meters[E1]", () -> year(data));
    assertEquals("MISSING_VALUE", e.errorCode());
    refused(MissingValueException.class, "meters[E1]", () -> year(MeterDataInput.ofRegisters(List.of(E1), List.of(),
        List.of())));
    refused(MissingValueException.class, "meters[E1]", () -> year(MeterDataInput.ofRegisters(List.of(E1),
        List.of(read("E1", at(2024, 3, 1), "1", "kWh")), List.of())));
    refused(MissingValueException.class, "meters", () -> MeterDataInput.ofRegisters(List.of(), List.of(), List.of()));
  }

  @Test
  void aPeriodOfPartMonthsIsRefused() {
    MeterDataInput data = MeterDataInput.ofRegisters(List.of(E1), List.of(read("E1", at(2024, 1, 1), "1", "kWh"),
        read("E1", at(2025, 1, 1), "9", "kWh")), List.of());
    refused(InvalidValueException.class, "period", () -> METERS_2024.monthly(SCHOOL,
        new DateRange(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 1)), data, GapHandling.reject()));
  }

  @Test
  void aMeterOptionOutOfPlaceIsRefused() {
    refused(InvalidValueException.class, "rollover", () -> Meter.interval("W1", Carrier.WATER, "m3")
        .withRollover(dec("99999")));
    refused(InvalidValueException.class, "rollover", () -> E1.withRollover(dec("-1")));
    refused(InvalidValueException.class, "id", () -> new Meter("E\u202E1", Carrier.ELECTRICITY, "kWh", Optional.empty(),
        EndUse.WHOLE, RegisterKind.CUMULATIVE, Optional.empty(), BigDecimal.ONE));
    refused(InvalidValueException.class, "readAt", () -> read("E1", LocalDateTime.of(1899, 12, 31, 0, 0), "1", "kWh"));
  }

  @Test
  void aBadProfileOrHandlingIsRefused() {
    refused(InvalidValueException.class, "weights", () -> MonthlyProfile.of("1", "2"));
    refused(InvalidValueException.class, "weights", () -> MonthlyProfile.of("0", "0", "0", "0", "0", "0", "0", "0", "0",
        "0", "0", "0"));
    refused(InvalidValueException.class, "weights[3]", () -> MonthlyProfile.of("1", "1", "1", "-1", "1", "1", "1", "1",
        "1", "1", "1", "1"));
    refused(MissingValueException.class, "profile",
        () -> new GapHandling(Optional.of(EstimationMethod.PROFILE), Optional.empty()));
    MonthlyProfile flat = MonthlyProfile.of("1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1");
    refused(InvalidValueException.class, "profile",
        () -> new GapHandling(Optional.of(EstimationMethod.LINEAR), Optional.of(flat)));
    // A profile that is zero in May and July cannot be scaled to their data to estimate June.
    MonthlyProfile zeroAround = MonthlyProfile.of("1", "1", "1", "1", "0", "1", "0", "1", "1", "1", "1", "1");
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    MeterDataInput data = MeterDataInput.ofIntervals(List.of(w1), List.of(monthValue("W1", 2024, 5, "310", "m3"),
        monthValue("W1", 2024, 7, "372", "m3")));
    refused(InvalidValueException.class, "gaps.profile", () -> METERS_2024.monthly(SCHOOL,
        new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 1)), data, GapHandling.profile(zeroAround)));
  }
}

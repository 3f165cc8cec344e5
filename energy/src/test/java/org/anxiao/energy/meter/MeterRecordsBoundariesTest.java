package org.anxiao.energy.meter;

import static org.anxiao.energy.meter.MeterFixtures.at;
import static org.anxiao.energy.meter.MeterFixtures.monthValue;
import static org.anxiao.energy.meter.MeterFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.EndUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The meter records' checks, each at its limit and one step past it, naming the field. */
class MeterRecordsBoundariesTest {
  private static final Month FEBRUARY = new Month(2024, 2);
  private static final Month JANUARY = new Month(2024, 1);

  private static <T extends AnxiaoException> T refused(Class<T> type, String field, Executable call) {
    T e = assertThrows(type, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
    return e;
  }

  @Test
  void coverageMonthsLieBetweenNoneAndThePeriodsMonths() {
    MeterCoverage all = new MeterCoverage("E1", 12, 12, 0, 366, 366, true);
    assertEquals(12, all.monthsWithData());
    assertEquals(0, new MeterCoverage("E1", 12, 0, 12, 366, 0, false).monthsWithData());
    refused(InvalidValueException.class, "monthsWithData", () -> new MeterCoverage("E1", 12, 13, -1, 366, 366, false));
    refused(InvalidValueException.class, "monthsWithData", () -> new MeterCoverage("E1", 12, -1, 13, 366, 0, false));
    InvalidValueException e = refused(InvalidValueException.class, "missingMonths",
        () -> new MeterCoverage("E1", 12, 10, 1, 366, 300, false));
    // 12 months less 10 with data = 2.
    assertTrue(e.rule().endsWith("less the months with data, 2"), e.rule());
  }

  @Test
  void coveredDaysLieBetweenNoneAndThePeriodsDays() {
    refused(InvalidValueException.class, "daysCovered", () -> new MeterCoverage("E1", 12, 12, 0, 366, 366.5, true));
    refused(InvalidValueException.class, "daysCovered", () -> new MeterCoverage("E1", 12, 1, 11, 366, -0.5, false));
    // 183 of 366 days: a share of one half.
    assertEquals(0.5, new MeterCoverage("E1", 12, 12, 0, 366, 183, true).coveredShare());
    assertEquals(1.0, new MeterCoverage("E1", 12, 12, 0, 366, 366, true).coveredShare());
    // A period of no days has no share, not 0 ÷ 0.
    assertEquals(0.0, new MeterCoverage("E1", 0, 0, 0, 0, 0, true).coveredShare());
  }

  @Test
  void anEstimateCoversAtMostItsMonthAndRestsOnOneOrTwoMonths() {
    Measure one = Measure.of("1", "kWh");
    EstimatedMonth whole = new EstimatedMonth("E1", FEBRUARY, EstimationMethod.LINEAR, one, 29, List.of(JANUARY));
    assertEquals(29, whole.days());
    refused(InvalidValueException.class, "days",
        () -> new EstimatedMonth("E1", FEBRUARY, EstimationMethod.LINEAR, one, 29.5, List.of(JANUARY)));
    refused(InvalidValueException.class, "days",
        () -> new EstimatedMonth("E1", FEBRUARY, EstimationMethod.LINEAR, one, 0, List.of(JANUARY)));
    refused(InvalidValueException.class, "references",
        () -> new EstimatedMonth("E1", FEBRUARY, EstimationMethod.LINEAR, one, 1, List.of()));
    refused(InvalidValueException.class, "references", () -> new EstimatedMonth("E1", FEBRUARY,
        EstimationMethod.LINEAR, one, 1, List.of(JANUARY, new Month(2024, 3), new Month(2024, 4))));
    assertEquals(2, new EstimatedMonth("E1", FEBRUARY, EstimationMethod.LINEAR, one, 1,
        List.of(JANUARY, new Month(2024, 3))).references().size());
  }

  @Test
  void aGapIsAtMostItsMonthAndWholeExactlyWhenItIsAll() {
    assertTrue(new MeterGap("E1", FEBRUARY, 29, true).wholeMonth());
    refused(InvalidValueException.class, "missingDays", () -> new MeterGap("E1", FEBRUARY, 29.5, false));
    refused(InvalidValueException.class, "missingDays", () -> new MeterGap("E1", FEBRUARY, 0, false));
    refused(InvalidValueException.class, "wholeMonth", () -> new MeterGap("E1", FEBRUARY, 29, false));
    refused(InvalidValueException.class, "wholeMonth", () -> new MeterGap("E1", FEBRUARY, 28, true));
  }

  @Test
  void aBuildingIdMustBeACode() {
    refused(InvalidValueException.class, "buildingId", () -> new Meter("E1", Carrier.ELECTRICITY, "kWh",
        Optional.of("B\u202E1"), EndUse.WHOLE, RegisterKind.CUMULATIVE, Optional.empty(), BigDecimal.ONE));
    assertEquals(Optional.of("B1"), new Meter("E1", Carrier.ELECTRICITY, "kWh", Optional.of("B1"), EndUse.WHOLE,
        RegisterKind.CUMULATIVE, Optional.empty(), BigDecimal.ONE).buildingId());
  }

  @Test
  void aProfileHasAWeightForMonthsOneToTwelveOnly() {
    MonthlyProfile p = MonthlyProfile.of("31", "29", "31", "30", "31", "30", "31", "31", "30", "31", "30", "62");
    assertEquals(new BigDecimal("31"), p.weight(1));
    assertEquals(new BigDecimal("62"), p.weight(12));
    refused(InvalidValueException.class, "month", () -> p.weight(0));
    refused(InvalidValueException.class, "month", () -> p.weight(13));
  }

  @Test
  void readingsFallInTheYears1900To2200() {
    assertEquals(1900, read("E1", LocalDateTime.of(1900, 1, 1, 0, 0), "1", "kWh").readAt().getYear());
    assertEquals(2200, read("E1", LocalDateTime.of(2200, 12, 31, 23, 0), "1", "kWh").readAt().getYear());
    refused(InvalidValueException.class, "readAt", () -> read("E1", LocalDateTime.of(2201, 1, 1, 0, 0), "1", "kWh"));
    refused(InvalidValueException.class, "readAt", () -> read("E1", LocalDateTime.of(1899, 12, 31, 23, 0), "1", "kWh"));
  }

  @Test
  void everyValueOfTheDataIsInItsMetersUnit() {
    Meter w1 = Meter.interval("W1", Carrier.WATER, "m3");
    refused(UnitMismatchException.class, "intervalReadings[0].amount",
        () -> MeterDataInput.ofIntervals(List.of(w1), List.of(monthValue("W1", 2024, 1, "5", "kWh"))));
    Meter e1 = Meter.cumulative("E1", Carrier.ELECTRICITY, "kWh");
    refused(UnitMismatchException.class, "replacements[0].finalReading", () -> MeterDataInput.ofRegisters(List.of(e1),
        List.of(), List.of(new MeterReplacement("E1", at(2024, 3, 1), Measure.of("5", "MWh"), Measure.of("0", "kWh")))));
    refused(UnitMismatchException.class, "replacements[0].initialReading", () -> MeterDataInput.ofRegisters(List.of(e1),
        List.of(), List.of(new MeterReplacement("E1", at(2024, 3, 1), Measure.of("5", "kWh"), Measure.of("0", "MWh")))));
    Meter wraps = e1.withRollover(new BigDecimal("100000"));
    refused(InvalidValueException.class, "replacements[0].initialReading", () -> MeterDataInput.ofRegisters(
        List.of(wraps), List.of(), List.of(new MeterReplacement("E1", at(2024, 3, 1), Measure.of("5", "kWh"),
            Measure.of("100000", "kWh")))));
  }
}

package org.anxiao.energy.water;

import static org.anxiao.energy.water.WaterFixtures.SCHOOL;
import static org.anxiao.energy.water.WaterFixtures.YEAR;
import static org.anxiao.energy.water.WaterFixtures.meter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.junit.jupiter.api.Test;

/** Water balances worked by hand; the tolerances are the meters' stated accuracy, no rule value is read. */
class WaterBalancesTest {
  static final WaterBalances BALANCE = WaterBalances.create();

  /** Sub-meters 4 000 + 3 500 + 1 800 = 9 300 m³, each at ±{@code tolerance}. */
  static List<MeteredVolume> subMeters(String tolerance) {
    return List.of(meter("W1", "4000", tolerance), meter("W2", "3500", tolerance), meter("W3", "1800", tolerance));
  }

  @Test
  void theWorkedBalanceShowsASignificantLoss() {
    WaterBalanceResult r = BALANCE.balance(SCHOOL, YEAR, meter("W0", "10000", "0.02"), subMeters("0.02"));
    // Σ sub = 4 000 + 3 500 + 1 800 = 9 300 m³
    assertEquals(9300, r.subMeteredVolume(), 1e-9);
    // U = 10 000 − 9 300 = 700 m³; L = 700 ÷ 10 000 = 0.07 (7 %)
    assertEquals(700, r.unaccountedVolume(), 1e-9);
    assertEquals(0.07, r.leakRate(), 1e-15);
    // B = 0.02 × 10 000 + 0.02 × (4 000 + 3 500 + 1 800) = 200 + 186 = 386 m³; 700 > 386
    assertEquals(386, r.band(), 1e-9);
    assertEquals(BalanceStatus.LOSS, r.status());
    assertTrue(r.significant());
    assertEquals(700, AnxiaoUnits.toDouble(r.unaccounted(), AnxiaoUnits.CUBIC_METER), 1e-9);
    assertEquals(386, AnxiaoUnits.toDouble(r.uncertainty(), AnxiaoUnits.CUBIC_METER), 1e-9);
    assertEquals(10000, AnxiaoUnits.toDouble(r.supplied(), AnxiaoUnits.CUBIC_METER), 1e-9);
    assertEquals(9300, AnxiaoUnits.toDouble(r.subMetered(), AnxiaoUnits.CUBIC_METER), 1e-9);
    assertEquals(List.of(), r.rulesApplied());
    assertFalse(r.anyEstimated());
  }

  @Test
  void coarseMetersPutTheSameDifferenceWithinTolerance() {
    WaterBalanceResult r = BALANCE.balance(SCHOOL, YEAR, meter("W0", "10000", "0.04"), subMeters("0.04"));
    // B = 0.04 × (10 000 + 9 300) = 772 m³ ≥ 700: the loss may be meter error
    assertEquals(772, r.band(), 1e-9);
    assertEquals(BalanceStatus.WITHIN_TOLERANCE, r.status());
    assertFalse(r.significant());
  }

  @Test
  void toleranceMayDifferByMeter() {
    WaterBalanceResult r = BALANCE.balance(SCHOOL, YEAR, meter("W0", "10000", "0.01"),
        List.of(meter("W1", "4000", "0.02"), meter("W2", "3500", "0.025"), meter("W3", "1800", "0.05")));
    // B = 0.01 × 10 000 + 0.02 × 4 000 + 0.025 × 3 500 + 0.05 × 1 800 = 100 + 80 + 87.5 + 90 = 357.5 m³
    assertEquals(357.5, r.band(), 1e-9);
  }

  @Test
  void subMetersAboveTheSupplyAreReportedNotHidden() {
    WaterBalanceResult r = BALANCE.balance(SCHOOL, YEAR, meter("W0", "8000", "0.02"), subMeters("0.02"));
    // U = 8 000 − 9 300 = −1 300 m³; L = −1 300 ÷ 8 000 = −0.1625
    assertEquals(-1300, r.unaccountedVolume(), 1e-9);
    assertEquals(-0.1625, r.leakRate(), 1e-15);
    // B = 0.02 × (8 000 + 9 300) = 346 m³; −1 300 < −346
    assertEquals(346, r.band(), 1e-9);
    assertEquals(BalanceStatus.EXCESS, r.status());
    assertTrue(r.significant());
    // Within tolerance on the other side: supply 9 200, U = −100, B = 0.02 × 18 500 = 370.
    assertEquals(BalanceStatus.WITHIN_TOLERANCE,
        BALANCE.balance(SCHOOL, YEAR, meter("W0", "9200", "0.02"), subMeters("0.02")).status());
  }

  @Test
  void aDifferenceExactlyOnTheBandIsWithinTolerance() {
    // Supply 1 000 at ±10 %, one sub-meter 800 at 0: U = 200, B = 100 — significant; sub at ±12.5 %: B = 100 + 100 = 200.
    assertEquals(BalanceStatus.LOSS, BALANCE.balance(SCHOOL, YEAR, meter("W0", "1000", "0.1"),
        List.of(meter("W1", "800", "0"))).status());
    assertEquals(BalanceStatus.WITHIN_TOLERANCE, BALANCE.balance(SCHOOL, YEAR, meter("W0", "1000", "0.1"),
        List.of(meter("W1", "800", "0.125"))).status());
  }

  @Test
  void aRangeWithTheSameDatesIsTheSamePeriodAndEstimatesAreCarried() {
    Period sameDates = Period.parse("2024-01-01/2025-01-01");
    MeteredVolume estimated = new MeteredVolume(meter("W1", sameDates, "4000", "0.02").consumption().asEstimated(),
        new BigDecimal("0.02"));
    WaterBalanceResult r = BALANCE.balance(SCHOOL, YEAR, meter("W0", "10000", "0.02"), List.of(estimated));
    assertEquals(6000, r.unaccountedVolume(), 1e-9);
    assertTrue(r.anyEstimated());
  }

  @Test
  void badInputNamesItsField() {
    MeteredVolume supply = meter("W0", "10000", "0.02");
    assertEquals(Optional.of("amount"), assertThrows(InvalidValueException.class, () -> meter("W1", "-1", "0.02")).field());
    assertEquals(Optional.of("amount"), assertThrows(UnitMismatchException.class, () -> new MeteredVolume(
        Consumption.of(Carrier.WATER, YEAR, "1", "kWh"), BigDecimal.ZERO)).field());
    assertEquals(Optional.of("tolerance"), assertThrows(InvalidValueException.class, () -> meter("W1", "1", "-0.01")).field());
    assertEquals(Optional.of("tolerance"), assertThrows(InvalidValueException.class, () -> meter("W1", "1", "1")).field());
    assertEquals(Optional.of("consumption.carrier"), assertThrows(InvalidValueException.class, () -> new MeteredVolume(
        Consumption.of(Carrier.NATURAL_GAS, YEAR, "1", "m3"), BigDecimal.ZERO)).field());
    assertEquals(Optional.of("consumption.meterId"), assertThrows(MissingValueException.class, () -> new MeteredVolume(
        Consumption.of(Carrier.WATER, YEAR, "1", "m3"), BigDecimal.ZERO)).field());
    assertEquals(Optional.of("supply"), assertThrows(MissingValueException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, null, subMeters("0.02"))).field());
    assertEquals(Optional.of("subMeters"), assertThrows(MissingValueException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, supply, List.of())).field());
    assertEquals(Optional.of("subMeters[1].consumption.period"), assertThrows(InvalidValueException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, supply, List.of(meter("W1", "1", "0"), meter("W2", new Month(2024, 3), "1", "0"))))
        .field());
    assertEquals(Optional.of("supply.consumption.period"), assertThrows(InvalidValueException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, meter("W0", new CalendarYear(2023), "1", "0"), subMeters("0"))).field());
    PeriodOverlapException twice = assertThrows(PeriodOverlapException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, supply, List.of(meter("W1", "1", "0"), meter("W1", "2", "0"))));
    assertEquals(Optional.of("subMeters[1].consumption.meterId"), twice.field());
    assertEquals("PERIOD_OVERLAP", twice.errorCode());
    assertEquals(Optional.of("subMeters[0].consumption.meterId"), assertThrows(PeriodOverlapException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, supply, List.of(meter("W0", "1", "0")))).field());
    assertEquals(Optional.of("supply.consumption.amount"), assertThrows(InvalidValueException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, meter("W0", "0", "0.02"), subMeters("0.02"))).field());
    List<MeteredVolume> withNull = new ArrayList<>(subMeters("0"));
    withNull.add(null);
    assertEquals(Optional.of("subMeters[3]"), assertThrows(MissingValueException.class,
        () -> BALANCE.balance(SCHOOL, YEAR, supply, withNull)).field());
    // NaN has no decimal form: the wire reader refuses it as a tolerance.
    assertThrows(org.anxiao.core.error.WireFormatException.class, () -> AnxiaoJson.strict().read(
        "{\"consumption\":{\"carrier\":\"WATER\",\"period\":\"2024\",\"amount\":{\"value\":\"1\",\"unit\":\"m3\"},"
            + "\"meterId\":\"W1\"},\"tolerance\":\"NaN\"}", MeteredVolume.class));
  }

  @Test
  void theResultIsConsistentByConstruction() {
    // A status that contradicts the numbers is refused.
    assertEquals(Optional.of("status"), assertThrows(InvalidValueException.class, () -> new WaterBalanceResult(SCHOOL, YEAR,
        10000, 9300, 700, 0.07, 386, BalanceStatus.WITHIN_TOLERANCE, meter("W0", "10000", "0.02"), subMeters("0.02")))
        .field());
    assertEquals(Optional.of("leakRate"), assertThrows(InvalidValueException.class, () -> new WaterBalanceResult(SCHOOL, YEAR,
        10000, 9300, 700, 1.5, 386, BalanceStatus.LOSS, meter("W0", "10000", "0.02"), subMeters("0.02"))).field());
  }

  @Test
  void theResultBecomesAnAssessmentAndRoundTrips() {
    WaterBalanceResult r = BALANCE.balance(SCHOOL, YEAR, meter("W0", "10000", "0.02"), subMeters("0.02"));
    Assessment a = r.toAssessment(Instant.parse("2025-01-05T00:00:00Z"));
    assertEquals("anxiao.energy.water-balance", a.calculator());
    assertTrue(a.packs().isEmpty());
    assertTrue(a.findings().isEmpty());
    String json = AnxiaoJson.strict().write(r);
    assertEquals(r, AnxiaoJson.strict().read(json, WaterBalanceResult.class));
    MeteredVolume m = meter("W1", "4000", "0.02");
    assertEquals(m, AnxiaoJson.strict().read(AnxiaoJson.strict().write(m), MeteredVolume.class));
    WaterBalanceResult other = BALANCE.balance(SCHOOL, YEAR, meter("W0", "10001", "0.02"), subMeters("0.02"));
    assertFalse(a.inputsDigest().equals(other.toAssessment(Instant.EPOCH).inputsDigest()));
  }

  @Test
  void theCalculatorReadsNoRule() {
    assertEquals("anxiao.energy.water-balance", BALANCE.id().value());
    assertTrue(BALANCE.requirements().isEmpty());
    assertEquals(Measure.of("10000", "m3"), meter("W0", "10000", "0.02").consumption().amount());
  }
}

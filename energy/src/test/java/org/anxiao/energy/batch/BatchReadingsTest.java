package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalentRule;
import org.anxiao.energy.carbon.EmissionFactorRule;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchReadings}: table rows (school id, carrier name, period start, value, unit) into the
 * batch's primitive columns — each kind of bad row with its code and column, the order the columns
 * are checked in, unit conversion, the chunk's life cycle, and a two-school example worked by hand
 * from the Beijing pack's coefficients.
 */
class BatchReadingsTest {
  private static final YearMonth JAN_2024 = YearMonth.of(2024, 1);
  private static final LocalDateTime MID_JAN = LocalDateTime.of(2024, 1, 15, 8, 0);
  private static final BatchFactors FACTORS = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 10_000, 4_000);
  private static final BatchReadings READINGS = BatchReadings.of(FACTORS, List.of("BJ001", "BJ002"), JAN_2024, 12);

  private static void assertRefused(AnxiaoException e, String code, String field) {
    assertNotNull(e, "the row was accepted");
    assertEquals(code, e.errorCode(), e::getMessage);
    assertEquals(Optional.of(field), e.field(), e::getMessage);
  }

  @Test
  void eachKindOfBadRowIsRefusedWithItsCodeAndColumn() {
    BatchReadings.Columns c = READINGS.columns(16);
    // school_id: not a school of the batch, or absent.
    assertRefused(c.add("BJ999", "ELECTRICITY", MID_JAN, 1, "kWh"), "UNKNOWN_CODE", "school_id");
    assertRefused(c.add("bj001", "ELECTRICITY", MID_JAN, 1, "kWh"), "UNKNOWN_CODE", "school_id");
    assertRefused(c.add(null, "ELECTRICITY", MID_JAN, 1, "kWh"), "UNKNOWN_CODE", "school_id");
    // carrier: not a Carrier name (names are exact), absent, or one the factors do not accept.
    assertRefused(c.add("BJ001", "COKE_OVEN_GAS", MID_JAN, 1, "kWh"), "UNKNOWN_CODE", "carrier");
    assertRefused(c.add("BJ001", "electricity", MID_JAN, 1, "kWh"), "UNKNOWN_CODE", "carrier");
    assertRefused(c.add("BJ001", null, MID_JAN, 1, "kWh"), "UNKNOWN_CODE", "carrier");
    assertFalse(FACTORS.accepts(Carrier.KEROSENE), "the Beijing packs give kerosene no Scope 1 factor");
    assertRefused(c.add("BJ001", "KEROSENE", MID_JAN, 1, "kg"), "UNKNOWN_CODE", "carrier");
    // period_start: before the first month, after the last, or absent.
    assertRefused(c.add("BJ001", "ELECTRICITY", LocalDateTime.of(2023, 12, 31, 23, 59, 59), 1, "kWh"),
        "INVALID_VALUE", "period_start");
    assertRefused(c.add("BJ001", "ELECTRICITY", LocalDateTime.of(2025, 1, 1, 0, 0), 1, "kWh"),
        "INVALID_VALUE", "period_start");
    assertRefused(c.add("BJ001", "ELECTRICITY", LocalDateTime.MIN, 1, "kWh"), "INVALID_VALUE", "period_start");
    assertRefused(c.add("BJ001", "ELECTRICITY", LocalDateTime.MAX, 1, "kWh"), "INVALID_VALUE", "period_start");
    assertRefused(c.add("BJ001", "ELECTRICITY", null, 1, "kWh"), "INVALID_VALUE", "period_start");
    // unit: not a unit code, absent, or a unit of another kind than the carrier's.
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, 1, "furlong"), "UNKNOWN_CODE", "unit");
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, 1, "KWH"), "UNKNOWN_CODE", "unit");
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, 1, null), "UNKNOWN_CODE", "unit");
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, 1, "m3"), "UNIT_MISMATCH", "unit");
    assertRefused(c.add("BJ001", "NATURAL_GAS", MID_JAN, 1, "kWh"), "UNIT_MISMATCH", "unit");
    assertRefused(c.add("BJ001", "DIESEL", MID_JAN, 1, "m3"), "UNIT_MISMATCH", "unit");
    assertRefused(c.add("BJ001", "DIESEL", MID_JAN, 1, "tCO2e"), "UNIT_MISMATCH", "unit");
    // value: negative, NaN, infinite.
    for (double bad : new double[] {-1, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, bad, "kWh"), "INVALID_VALUE", "value");
    }
    // None of them took a place in the columns.
    assertEquals(0, c.size());
    assertEquals(0, c.addTo(READINGS.accumulator()).result().rowsAdded());
  }

  @Test
  void theRefusalNamesTheOffendingValue() {
    BatchReadings.Columns c = READINGS.columns(1);
    assertEquals(Optional.of("BJ999"), c.add("BJ999", "ELECTRICITY", MID_JAN, 1, "kWh").value());
    assertEquals(Optional.of("furlong"), c.add("BJ001", "ELECTRICITY", MID_JAN, 1, "furlong").value());
    assertEquals(Optional.of("-2.5"), c.add("BJ001", "ELECTRICITY", MID_JAN, -2.5, "kWh").value());
  }

  @Test
  void theFirstMonthAndTheLastInstantOfTheLastMonthAreInside() {
    BatchReadings.Columns c = READINGS.columns(2);
    assertNull(c.add("BJ001", "ELECTRICITY", LocalDateTime.of(2024, 1, 1, 0, 0), 100, "kWh"));
    assertNull(c.add("BJ002", "ELECTRICITY", LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_999), 100, "kWh"));
    BatchResult r = c.addTo(READINGS.accumulator()).result();
    double e = r.kgce(0, 0) / 100;
    assertTrue(e > 0);
    assertEquals(100 * e, r.kgce(1, 11), 0);
    assertEquals(0, r.kgce(1, 0), 0);
  }

  @Test
  void zeroAndTheLargestFiniteAmountAreAccepted() {
    BatchReadings.Columns c = READINGS.columns(2);
    // Zero and Double.MAX_VALUE in the carrier's own unit (a factor of exactly 1): both lie in [0, MAX_VALUE].
    assertNull(c.add("BJ001", "ELECTRICITY", MID_JAN, 0, "kWh"));
    assertNull(c.add("BJ002", "ELECTRICITY", MID_JAN, Double.MAX_VALUE, "kWh"));
    BatchResult r = c.addTo(READINGS.accumulator()).result();
    assertEquals(2, r.rowsAdded());
    assertEquals(0, r.rowsRejected());
    double e = FACTORS.weights()[Carrier.ELECTRICITY.ordinal() * BatchFactors.K];
    assertEquals(0, r.kgce(0, 0), 0);
    assertEquals(Double.MAX_VALUE * e, r.kgce(1, 0), 0);
    // One step past either end is refused.
    BatchReadings.Columns d = READINGS.columns(1);
    assertRefused(d.add("BJ001", "ELECTRICITY", MID_JAN, -Double.MIN_VALUE, "kWh"), "INVALID_VALUE", "value");
    assertRefused(d.add("BJ001", "ELECTRICITY", MID_JAN, Double.POSITIVE_INFINITY, "kWh"), "INVALID_VALUE", "value");
    assertEquals(0, d.size());
  }

  @Test
  void aPeriodOutsideTheMonthsNamesTheFirstAndTheLastMonth() {
    BatchReadings.Columns c = READINGS.columns(1);
    AnxiaoException e = c.add("BJ001", "ELECTRICITY", LocalDateTime.of(2025, 1, 1, 0, 0), 1, "kWh");
    assertRefused(e, "INVALID_VALUE", "period_start");
    assertEquals("must lie in 2024-01 to 2024-12", e.rule());
    BatchReadings one = BatchReadings.of(FACTORS, List.of("BJ001", "BJ002"), JAN_2024, 1);
    assertEquals("must lie in 2024-01 to 2024-01",
        one.columns(1).add("BJ001", "ELECTRICITY", LocalDateTime.of(2024, 2, 1, 0, 0), 1, "kWh").rule());
  }

  @Test
  void upToTenThousandMonths() {
    BatchReadings longest = BatchReadings.of(FACTORS, List.of("BJ001", "BJ002"), JAN_2024, 10_000);
    assertEquals(10_000, longest.months());
    // Period 9 999 (the last month, 2857-04) is inside; the month after it is not.
    BatchReadings.Columns c = longest.columns(2);
    assertNull(c.add("BJ002", "ELECTRICITY", LocalDateTime.of(2857, 4, 30, 0, 0), 100, "kWh"));
    assertRefused(c.add("BJ002", "ELECTRICITY", LocalDateTime.of(2857, 5, 1, 0, 0), 100, "kWh"), "INVALID_VALUE",
        "period_start");
    BatchResult r = c.addTo(longest.accumulator()).result();
    assertEquals(100 * FACTORS.weights()[Carrier.ELECTRICITY.ordinal() * BatchFactors.K], r.kgce(1, 9_999), 1e-9);
    assertEquals("BatchReadings{2 schools, 12 months from 2024-01}", READINGS.toString());
    assertEquals("BatchReadings{2 schools, 10000 months from 2024-01}", longest.toString());
  }

  @Test
  void aRowWithTwoFaultsReportsTheEarlierColumn() {
    BatchReadings.Columns c = READINGS.columns(1);
    LocalDateTime before = LocalDateTime.of(2020, 1, 1, 0, 0);
    // school_id before every other column.
    assertRefused(c.add("BJ999", "NO_SUCH", before, -1, "furlong"), "UNKNOWN_CODE", "school_id");
    // carrier before period_start, unit and value; a carrier the factors refuse, too.
    assertRefused(c.add("BJ001", "NO_SUCH", before, -1, "furlong"), "UNKNOWN_CODE", "carrier");
    assertRefused(c.add("BJ001", "KEROSENE", before, -1, "furlong"), "UNKNOWN_CODE", "carrier");
    // period_start before unit and value.
    assertRefused(c.add("BJ001", "ELECTRICITY", before, -1, "furlong"), "INVALID_VALUE", "period_start");
    // unit before value, for an unknown unit and for one of another kind.
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, -1, "furlong"), "UNKNOWN_CODE", "unit");
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, Double.NaN, "kg"), "UNIT_MISMATCH", "unit");
    // value last.
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, -1, "kWh"), "INVALID_VALUE", "value");
  }

  @Test
  void valuesAreConvertedToTheCarriersUnit() {
    double e = FACTORS.weights()[Carrier.ELECTRICITY.ordinal() * BatchFactors.K];
    double diesel = FACTORS.weights()[Carrier.DIESEL.ordinal() * BatchFactors.K];
    double dieselCo2 = FACTORS.weights()[Carrier.DIESEL.ordinal() * BatchFactors.K + 1];
    double heat = FACTORS.weights()[Carrier.HEAT.ordinal() * BatchFactors.K];
    BatchReadings.Columns c = READINGS.columns(8);
    // 1.5 MWh + 500 kWh = 2 000 kWh in January.
    assertNull(c.add("BJ001", "ELECTRICITY", MID_JAN, 1.5, "MWh"));
    assertNull(c.add("BJ001", "ELECTRICITY", MID_JAN, 500, "kWh"));
    // 0.2 t of diesel = 200 kg in February.
    assertNull(c.add("BJ001", "DIESEL", LocalDateTime.of(2024, 2, 3, 0, 0), 0.2, "t"));
    // 2 GJ of heat = 2 000 MJ in March; 1 000 kJ = 1 MJ.
    assertNull(c.add("BJ001", "HEAT", LocalDateTime.of(2024, 3, 1, 0, 0), 2, "GJ"));
    assertNull(c.add("BJ001", "HEAT", LocalDateTime.of(2024, 3, 1, 0, 0), 1000, "kJ"));
    BatchResult r = c.addTo(READINGS.accumulator()).result();
    assertEquals(2000 * e, r.kgce(0, 0), 1e-9);
    // The grid kWh as Scope 2 sees them: 2 000 kWh × 0.5366 kgCO₂/kWh = 1 073.2 kg.
    assertEquals(1.0732, r.scope2LocationTonnes()[0], 1e-12);
    assertEquals(200 * diesel, r.kgce(0, 1), 1e-9);
    assertEquals(200 * dieselCo2 / 1000, r.scope1Tonnes()[1], 1e-12);
    assertEquals(2001 * heat, r.kgce(0, 2), 1e-9);
    // Heat Scope 2: 2 001 MJ × 0.11 kgCO₂/MJ = 220.11 kg.
    assertEquals(0.22011, r.scope2LocationTonnes()[2], 1e-12);
    assertEquals(5, r.rowsAdded());
  }

  @Test
  void aValueThatOverflowsOnConversionIsRefusedByTheRowNotLater() {
    // 10³⁰⁶ MWh is finite, but 10³⁰⁹ kWh is not: the row must be refused as a bad value, never accepted and
    // then rejected by the accumulator under another field (value[0]) and the chunk's index.
    BatchReadings.Columns c = READINGS.columns(1);
    assertRefused(c.add("BJ001", "ELECTRICITY", MID_JAN, 1e306, "MWh"), "INVALID_VALUE", "value");
    assertEquals(0, c.size());
  }

  @Test
  void columnsFillUpAreSummedAndCleared() {
    BatchReadings.Columns c = READINGS.columns(2);
    assertFalse(c.isFull());
    assertNull(c.add("BJ001", "ELECTRICITY", MID_JAN, 100, "kWh"));
    assertEquals(1, c.size());
    // A refused row takes no place.
    assertNotNull(c.add("BJ001", "ELECTRICITY", MID_JAN, -1, "kWh"));
    assertEquals(1, c.size());
    assertFalse(c.isFull());
    assertNull(c.add("BJ002", "ELECTRICITY", MID_JAN, 300, "kWh"));
    assertTrue(c.isFull());
    assertThrows(IllegalStateException.class, () -> c.add("BJ001", "ELECTRICITY", MID_JAN, 1, "kWh"));
    // Even a bad row is not checked once full: the caller must sum and clear first.
    assertThrows(IllegalStateException.class, () -> c.add("BJ999", "ELECTRICITY", MID_JAN, 1, "kWh"));

    BatchAccumulator acc = READINGS.accumulator();
    assertEquals(acc, c.addTo(acc));
    double e = acc.result().kgce(0, 0) / 100;
    assertEquals(300 * e, acc.result().kgce(1, 0), 1e-12);
    assertEquals(2, acc.result().rowsAdded());

    c.clear();
    assertEquals(0, c.size());
    assertFalse(c.isFull());
    // After clear, addTo sums the new rows only: the cleared ones are not summed twice.
    assertNull(c.add("BJ001", "ELECTRICITY", LocalDateTime.of(2024, 2, 1, 0, 0), 50, "kWh"));
    c.addTo(acc);
    BatchResult r = acc.result();
    assertEquals(3, r.rowsAdded());
    assertEquals(100 * e, r.kgce(0, 0), 1e-12);
    assertEquals(50 * e, r.kgce(0, 1), 1e-12);
    // An empty chunk adds nothing.
    c.clear();
    c.addTo(acc);
    assertEquals(3, acc.result().rowsAdded());
    // An accumulator over other months is refused, not summed with the wrong indices.
    assertEquals(Optional.of("accumulator"), assertThrows(InvalidValueException.class,
        () -> c.addTo(READINGS.factors().accumulator(READINGS.months() + 1))).field());

    assertEquals(Optional.of("capacity"), assertThrows(InvalidValueException.class, () -> READINGS.columns(0)).field());
    assertEquals(Optional.of("accumulator"), assertThrows(MissingValueException.class, () -> c.addTo(null)).field());
  }

  @Test
  void theReaderIsBoundToOneIdPerSchoolNoneTwice() {
    assertEquals(Optional.of("schoolIds[1]"), assertThrows(InvalidValueException.class,
        () -> BatchReadings.of(FACTORS, List.of("BJ001", "BJ001"), JAN_2024, 12)).field());
    assertEquals(Optional.of("schoolIds"), assertThrows(InvalidValueException.class,
        () -> BatchReadings.of(FACTORS, List.of("BJ001"), JAN_2024, 12)).field());
    assertEquals(Optional.of("schoolIds"), assertThrows(InvalidValueException.class,
        () -> BatchReadings.of(FACTORS, List.of("BJ001", "BJ002", "BJ003"), JAN_2024, 12)).field());
    assertEquals(Optional.of("schoolIds[1]"), assertThrows(MissingValueException.class,
        () -> BatchReadings.of(FACTORS, Arrays.asList("BJ001", null), JAN_2024, 12)).field());
    assertEquals(Optional.of("factors"), assertThrows(MissingValueException.class,
        () -> BatchReadings.of(null, List.of("BJ001", "BJ002"), JAN_2024, 12)).field());
    assertEquals(Optional.of("schoolIds"), assertThrows(MissingValueException.class,
        () -> BatchReadings.of(FACTORS, null, JAN_2024, 12)).field());
    assertEquals(Optional.of("firstMonth"), assertThrows(MissingValueException.class,
        () -> BatchReadings.of(FACTORS, List.of("BJ001", "BJ002"), null, 12)).field());
    for (int months : new int[] {0, -1, 10_001}) {
      assertEquals(Optional.of("months"), assertThrows(InvalidValueException.class,
          () -> BatchReadings.of(FACTORS, List.of("BJ001", "BJ002"), JAN_2024, months)).field());
    }
    // The reader says what it was bound to; its accumulator is over its factors and months.
    assertEquals(List.of("BJ001", "BJ002"), READINGS.schoolIds());
    assertEquals(JAN_2024, READINGS.firstMonth());
    assertEquals(12, READINGS.months());
    assertEquals(FACTORS, READINGS.factors());
    assertEquals(12, READINGS.accumulator().result().periods());
    assertEquals(2, READINGS.accumulator().result().schools());
  }

  @Test
  void twoSchoolsWorkedByHandFromTheBoundRuleValues() {
    // The coefficients as the Beijing packs bind them, read here through a trace (not re-typed).
    CoalEquivalentRule coal = BatchFixtures.CONTEXT.bind(CoalEquivalentRule.KIND).value();
    EmissionFactorRule co2 = BatchFixtures.CONTEXT.bind(EmissionFactorRule.KIND).value();
    RuleTrace trace = RuleTrace.under(BatchFixtures.CONTEXT.policy());
    double electricity = trace.use(coal.electricityCalorific()).doubleValue();
    double gas = trace.row(coal.byVolume(), Carrier.NATURAL_GAS).doubleValue();
    double diesel = trace.row(coal.byMass(), Carrier.DIESEL).doubleValue();
    double heat = trace.use(coal.heat()).doubleValue();
    double gasCo2 = trace.row(co2.byVolume(), Carrier.NATURAL_GAS).doubleValue();
    double dieselCo2 = trace.row(co2.byMass(), Carrier.DIESEL).doubleValue();

    // The table: the rows as a data lake would hold them, one of them bad.
    record Row(String school, String carrier, LocalDateTime start, double value, String unit) {}
    List<Row> table = List.of(
        new Row("BJ001", "ELECTRICITY", LocalDateTime.of(2024, 1, 1, 0, 0), 120_000, "kWh"),
        new Row("BJ001", "NATURAL_GAS", LocalDateTime.of(2024, 1, 10, 0, 0), 2_000, "m3"),
        new Row("BJ001", "ELECTRICITY", LocalDateTime.of(2024, 2, 1, 0, 0), 1.5, "MWh"),
        new Row("BJ002", "ELECTRICITY", LocalDateTime.of(2024, 1, 1, 0, 0), 30_000, "kWh"),
        new Row("BJ002", "ELECTRICITY", LocalDateTime.of(2024, 1, 1, 0, 0), -5, "kWh"),
        new Row("BJ002", "HEAT", LocalDateTime.of(2024, 1, 1, 0, 0), 10, "GJ"),
        new Row("BJ002", "DIESEL", LocalDateTime.of(2024, 3, 1, 0, 0), 0.2, "t"));
    BatchReadings.Columns c = READINGS.columns(3);
    BatchAccumulator acc = READINGS.accumulator();
    List<Integer> refused = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      if (c.isFull()) {
        c.addTo(acc);
        c.clear();
      }
      Row row = table.get(i);
      if (c.add(row.school(), row.carrier(), row.start(), row.value(), row.unit()) != null) {
        refused.add(i);
      }
    }
    c.addTo(acc);
    BatchResult r = acc.result();
    assertEquals(List.of(4), refused);
    assertEquals(6, r.rowsAdded());
    assertEquals(0, r.rowsRejected());

    // BJ001: January 120 000 kWh and 2 000 m³ gas, February 1 500 kWh.
    double jan1 = 120_000 * electricity + 2_000 * gas;
    double feb1 = 1_500 * electricity;
    assertEquals(jan1, r.kgce(0, 0), 1e-9 * jan1);
    assertEquals(feb1, r.kgce(0, 1), 1e-9 * feb1);
    assertEquals(jan1 + feb1, r.totalKgce(0), 1e-9 * (jan1 + feb1));
    assertEquals((jan1 + feb1) / 10_000, r.kgcePerSquareMetre(0), 1e-9);
    assertEquals(2_000 * gasCo2 / 1000, r.scope1Tonnes()[0], 1e-12);
    // BJ002: January 30 000 kWh and 10 000 MJ heat, March 200 kg diesel.
    double jan2 = 30_000 * electricity + 10_000 * heat;
    double mar2 = 200 * diesel;
    assertEquals(jan2, r.kgce(1, 0), 1e-9 * jan2);
    assertEquals(mar2, r.kgce(1, 2), 1e-9 * mar2);
    assertEquals(jan2 + mar2, r.totalKgce(1), 1e-9 * (jan2 + mar2));
    assertEquals((jan2 + mar2) / 4_000, r.kgcePerSquareMetre(1), 1e-9);
    assertEquals(200 * dieselCo2 / 1000, r.scope1Tonnes()[12 + 2], 1e-12);
    // The figures cite the rule values they were computed from.
    assertTrue(r.rules().containsAll(trace.applied()), () -> r.rules() + " lacks some of " + trace.applied());
  }
}

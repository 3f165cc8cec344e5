package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anxiao.core.batch.Failure;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.junit.jupiter.api.Test;

/** The batch API worked by hand on a few rows, and its treatment of bad rows. */
class EnergyBatchTest {
  private static final int ELECTRICITY = Carrier.ELECTRICITY.ordinal();
  private static final int GAS = Carrier.NATURAL_GAS.ordinal();
  private static final int HEAT = Carrier.HEAT.ordinal();

  @Test
  void twoSchoolsTwoMonthsWorkedByHand() {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 10_000, 5_000);
    // School 0: January 100 000 kWh + 1 000 m³ gas, February 80 000 kWh. School 1: January 10 000 MJ heat.
    int[] school = {0, 0, 0, 1};
    int[] carrier = {ELECTRICITY, GAS, ELECTRICITY, HEAT};
    int[] period = {0, 0, 1, 0};
    double[] value = {100_000, 1_000, 80_000, 10_000};
    BatchResult r = EnergyBatch.run(factors, 2, school, carrier, period, value);
    // kgce: 100 000 × 0.1229 + 1 000 × 1.2143 = 12 290 + 1 214.3 = 13 504.3; 80 000 × 0.1229 = 9 832.
    assertEquals(13504.3, r.kgce(0, 0), 1e-9);
    assertEquals(9832, r.kgce(0, 1), 1e-9);
    // Heat: 10 000 MJ × 0.03412 = 341.2 kgce.
    assertEquals(341.2, r.kgce(1, 0), 1e-9);
    // Intensity of school 0: (13 504.3 + 9 832) / 10 000 m² = 2.33363 kgce/m².
    assertEquals(2.33363, r.kgcePerSquareMetre(0), 1e-12);
    // Scope 1 of school 0 in January: 1 000 m³ × 2.162 kgCO₂/m³ = 2 162 kg = 2.162 t.
    assertEquals(2.162, r.scope1Tonnes()[0], 1e-12);
    // Location-based, school 0: 180 000 kWh × 0.5366 = 96 588 kg = 96.588 t; + Scope 1 2.162 t = 98.75 t.
    assertEquals(98.75, r.locationTonnes(0), 1e-9);
    // Heat of school 1: 10 000 MJ × 0.11 kgCO₂/MJ = 1 100 kg = 1.1 t, in both Scope 2 methods.
    assertEquals(1.1, r.scope2LocationTonnes()[2], 1e-12);
    assertEquals(1.1, r.scope2MarketTonnes()[2], 1e-12);
    assertEquals(4, r.rowsAdded());
    assertEquals(0, r.rowsRejected());
  }

  @Test
  void greenPowerIsDeductedInMarketBasedScope2Only() {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000);
    BatchAccumulator acc = factors.accumulator(1).add(new int[] {0}, new int[] {ELECTRICITY}, new int[] {0},
        new double[] {100_000}, 0, 1);
    acc.addGreenPower(new int[] {0}, new int[] {0}, new double[] {30_000}, 0, 1);
    BatchResult r = acc.result();
    // Location: 100 000 × 0.5366 = 53 660 kg; market: (100 000 − 30 000) × 0.5856 = 40 992 kg.
    assertEquals(53.66, r.scope2LocationTonnes()[0], 1e-12);
    assertEquals(40.992, r.scope2MarketTonnes()[0], 1e-12);
    // More green power than grid kWh: the remainder is zero and a failure says so.
    acc.addGreenPower(new int[] {0}, new int[] {0}, new double[] {80_000}, 0, 1);
    BatchResult over = acc.result();
    assertEquals(0, over.scope2MarketTonnes()[0]);
    assertEquals(Optional.of("0/0"), over.failures().get(0).key());
    assertEquals(Optional.of("greenKwh"), over.failures().get(0).field());
  }

  @Test
  void badRowsAreFailuresNamingTheirRowAndAreNeverSummed() {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000, 1_000);
    int[] school = {0, 2, 0, 0, 0, 1, 0};
    int[] carrier = {ELECTRICITY, ELECTRICITY, 99, ELECTRICITY, Carrier.KEROSENE.ordinal(), ELECTRICITY, ELECTRICITY};
    int[] period = {0, 0, 0, 5, 0, 0, 0};
    double[] value = {100, 1, 1, 1, 1, -1, Double.NaN};
    BatchResult r = EnergyBatch.run(factors, 1, school, carrier, period, value);
    assertEquals(12.29, r.kgce(0, 0), 1e-12);
    assertEquals(0, r.kgce(1, 0));
    assertEquals(1, r.rowsAdded());
    assertEquals(6, r.rowsRejected());
    List<Failure> f = r.failures();
    assertEquals(List.of(1, 2, 3, 4, 5, 6), f.stream().map(Failure::index).toList());
    assertEquals(List.of("school[1]", "carrier[2]", "period[3]", "carrier[4]", "value[5]", "value[6]"),
        f.stream().map(x -> x.field().orElseThrow()).toList());
    assertEquals(List.of("INVALID_VALUE", "UNKNOWN_CODE", "INVALID_VALUE", "UNKNOWN_CODE", "INVALID_VALUE", "INVALID_VALUE"),
        f.stream().map(Failure::errorCode).toList());
  }

  @Test
  void columnsOfDifferentLengthsAndBadFactorsAreRefused() {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.CALORIFIC, 1_000);
    assertEquals(Optional.of("school"), assertThrows(InvalidValueException.class, () -> factors.accumulator(1)
        .add(new int[2], new int[1], new int[1], new double[1], 0, 1)).field());
    assertEquals(Optional.of("from"), assertThrows(InvalidValueException.class, () -> factors.accumulator(1)
        .add(new int[1], new int[1], new int[1], new double[1], 0, 2)).field());
    assertEquals(Optional.of("area[0]"), assertThrows(InvalidValueException.class,
        () -> BatchFixtures.factors(ElectricityBasis.CALORIFIC, 0)).field());
    assertEquals(Optional.of("periods"), assertThrows(InvalidValueException.class, () -> factors.accumulator(0)).field());
    assertEquals(Optional.of("kWh[0]"), assertThrows(InvalidValueException.class, () -> factors.accumulator(1)
        .addGreenPower(new int[1], new int[1], new double[] {-1}, 0, 1)).field());
  }

  @Test
  void partitionsMergeToTheWhole() {
    BatchFactors factors = BatchFixtures.factors(ElectricityBasis.PRIMARY, 100, 200);
    int[] school = {0, 1, 0, 1};
    int[] carrier = {ELECTRICITY, GAS, GAS, ELECTRICITY};
    int[] period = {0, 0, 0, 0};
    double[] value = {10, 20, 30, 40};
    BatchResult whole = EnergyBatch.run(factors, 1, school, carrier, period, value);
    BatchAccumulator left = factors.accumulator(1).add(school, carrier, period, value, 0, 2);
    BatchAccumulator right = factors.accumulator(1).add(school, carrier, period, value, 2, 4);
    BatchResult merged = left.merge(right).result();
    for (int s = 0; s < 2; s++) {
      assertEquals(whole.totalKgce(s), merged.totalKgce(s), 1e-12);
      assertEquals(whole.marketTonnes(s), merged.marketTonnes(s), 1e-15);
    }
    assertTrue(whole.rules().size() >= 3, whole.rules().toString());
    assertEquals(ElectricityBasis.PRIMARY, merged.basis());
    assertThrows(InvalidValueException.class, () -> left.merge(BatchFixtures.factors(ElectricityBasis.PRIMARY, 1).accumulator(1)));
  }
}

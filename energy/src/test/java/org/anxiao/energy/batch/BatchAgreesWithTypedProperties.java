package org.anxiao.energy.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.time.Month;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.energy.carbon.CarbonAccounting;
import org.anxiao.energy.carbon.CarbonInputs;
import org.anxiao.energy.carbon.CarbonResult;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GreenPowerPurchase;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalents;
import org.anxiao.core.unit.Measure;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The batch API gives the typed API's figures on random data: for random readings of schools in
 * Zhejiang (331102) and Shandong (370100) in 2023, each school's kgce, Scope 1, location-based
 * (MEE provincial row) and market-based tCO₂ from {@link EnergyBatch} equal those of
 * {@link CoalEquivalents} and {@link CarbonAccounting} on the same readings, within
 * 8·n·ε of the sum of magnitudes (the two sum the same products in different groupings).
 */
class BatchAgreesWithTypedProperties {
  private static final double EPS = Math.ulp(1.0) / 2;
  private static final LocalDate DATE = LocalDate.of(2023, 12, 31);
  private static final CalendarYear YEAR = new CalendarYear(2023);
  private static final List<String> PLACES = List.of("331102", "370100");
  private static final List<Carrier> CARRIERS = List.of(Carrier.ELECTRICITY, Carrier.NATURAL_GAS, Carrier.DIESEL,
      Carrier.LPG, Carrier.HEAT, Carrier.GASOLINE);

  /** A reading: school 0..3, carrier, month 1..12, amount with three decimals up to 10⁶. */
  record Row(int school, Carrier carrier, int month, long milli) {}

  private static Gen<List<Row>> rows() {
    Gen<Row> row = integers().between(0, 3).zip(integers().between(0, CARRIERS.size() - 1), integers().between(1, 12),
        longs().between(0, 1_000_000_000L), (s, c, m, v) -> new Row(s, CARRIERS.get(c), m, v));
    return lists().of(row).ofSizeBetween(1, 60);
  }

  private static RuleContext context(int school) {
    return RuleContext.standard(JurisdictionCode.of(PLACES.get(school % 2)), DATE);
  }

  private static FactorSet set(int school) {
    return FactorSet.mee(GridRegion.provinceOf(JurisdictionCode.of(PLACES.get(school % 2))));
  }

  @Test
  void batchEqualsTypedOnRandomData() {
    List<BatchSchool> schools = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      schools.add(new BatchSchool(context(s), set(s), AnxiaoUnits.of(1000 + s, AnxiaoUnits.SQUARE_METER)));
    }
    BatchFactors factors = BatchFactors.resolve(ElectricityBasis.CALORIFIC, schools);
    qt().withExamples(100).forAll(rows(), longs().between(0, 100_000)).checkAssert((rows, green) -> {
      Object[][] typed = new Object[4][];
      int n = rows.size();
      int[] school = new int[n];
      int[] carrier = new int[n];
      int[] month = new int[n];
      double[] value = new double[n];
      for (int i = 0; i < n; i++) {
        Row r = rows.get(i);
        school[i] = r.school();
        carrier[i] = r.carrier().ordinal();
        month[i] = r.month() - 1;
        value[i] = BigDecimal.valueOf(r.milli(), 3).doubleValue();
      }
      BatchAccumulator acc = factors.accumulator(12).add(school, carrier, month, value, 0, n);
      for (int s = 0; s < 4; s++) {
        List<Consumption> list = new ArrayList<>();
        double[] gridKwh = new double[13];
        for (Row r : rows) {
          if (r.school() == s) {
            list.add(Consumption.of(r.carrier(), new Month(2023, r.month()), BigDecimal.valueOf(r.milli(), 3).toPlainString(),
                r.carrier().unit()));
            gridKwh[r.month()] += r.carrier() == Carrier.ELECTRICITY ? BigDecimal.valueOf(r.milli(), 3).doubleValue() : 0;
          }
        }
        // The batch deducts green power per month; the typed API over the year: buy it in the month of most kWh.
        int top = 1;
        for (int m = 2; m <= 12; m++) {
          top = gridKwh[m] > gridKwh[top] ? m : top;
        }
        if (list.isEmpty()) {
          continue;
        }
        double g = Math.min(green, Math.floor(gridKwh[top]));
        Subject subject = Subject.of(SubjectKind.SCHOOL, "S" + s);
        CarbonInputs inputs = CarbonInputs.of(list).withFactorSets(List.of(set(s)));
        if (g > 0) {
          inputs = inputs.withMarketBased(List.of(new GreenPowerPurchase(new Month(2023, top), Measure.of(
              BigDecimal.valueOf((long) g).toPlainString(), "kWh"), true, false)), List.of());
          acc.addGreenPower(new int[] {s}, new int[] {top - 1}, new double[] {g}, 0, 1);
        } else {
          inputs = inputs.withMarketBased(List.of(), List.of());
        }
        typed[s] = new Object[] {CoalEquivalents.in(context(s)).convert(subject, YEAR, list, ElectricityBasis.CALORIFIC)
            .totalKgce(), CarbonAccounting.in(context(s)).account(subject, YEAR, inputs), n};
      }
      BatchResult batch = acc.result();
      for (int s = 0; s < 4; s++) {
        if (typed[s] == null) {
          assertEquals(0, batch.totalKgce(s));
          continue;
        }
        double kgce = (double) typed[s][0];
        CarbonResult carbon = (CarbonResult) typed[s][1];
        double tolerance = 8 * n * EPS;
        assertEquals(kgce, batch.totalKgce(s), tolerance * (kgce + 1));
        double scope1 = carbon.scope1Kg() / 1000;
        double location = carbon.locationBased().get(0).kgCO2() / 1000;
        double market = carbon.marketBased().orElseThrow().kgCO2() / 1000;
        assertEquals(scope1 + location, batch.locationTonnes(s), tolerance * (scope1 + location + 1));
        assertEquals(scope1 + market, batch.marketTonnes(s), tolerance * (scope1 + market + 1));
        assertEquals(kgce / (1000 + s), batch.kgcePerSquareMetre(s), tolerance * (kgce + 1));
      }
    });
  }

  @Test
  void schoolsWithOtherCoalPacksAreRefusedInOneBatch() {
    // Shanghai's primary-basis electricity comes from its own (unverified) pack: not Zhejiang's weights.
    List<BatchSchool> schools = List.of(
        new BatchSchool(context(0), set(0), AnxiaoUnits.of(1000, AnxiaoUnits.SQUARE_METER)),
        new BatchSchool(RuleContext.standard(JurisdictionCode.of("310112"), DATE).withPolicy(
            org.anxiao.core.rule.VerificationPolicy.ALLOW_UNVERIFIED), FactorSet.mee(GridRegion.provinceOf(
                JurisdictionCode.of("310112"))), AnxiaoUnits.of(1000, AnxiaoUnits.SQUARE_METER)));
    assertEquals(Optional.of("schools[1]"), assertThrows(InvalidValueException.class,
        () -> BatchFactors.resolve(ElectricityBasis.PRIMARY, schools)).field());
  }
}

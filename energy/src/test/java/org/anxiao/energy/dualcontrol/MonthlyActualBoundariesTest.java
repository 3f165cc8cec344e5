package org.anxiao.energy.dualcontrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carbon.CarbonAccounting;
import org.anxiao.energy.carbon.CarbonInputs;
import org.anxiao.energy.carbon.CarbonResult;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.carrier.EndUse;
import org.anxiao.energy.coal.CoalEquivalentResult;
import org.anxiao.energy.coal.CoalEquivalents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link MonthlyActual}'s factories and {@link MonthlyActual#split}'s checks and slots (Shanghai packs, 2023). */
class MonthlyActualBoundariesTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S");
  private static final CalendarYear YEAR = new CalendarYear(2023);
  private static final RuleContext SHANGHAI = RuleContext.standard(JurisdictionCode.of("310112"), LocalDate.of(2023, 12, 31));
  private static final FactorSet MEE = FactorSet.mee(GridRegion.provinceOf(JurisdictionCode.of("310112")));

  private static void refused(String field, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
  }

  private static Consumption of(Carrier carrier, Period period, String amount) {
    return Consumption.of(carrier, period, amount, carrier.unit());
  }

  private static CoalEquivalentResult coal(Period period, List<Consumption> energy) {
    return CoalEquivalents.in(SHANGHAI).convert(SCHOOL, period, energy, ElectricityBasis.CALORIFIC);
  }

  private static CarbonResult carbon(List<Consumption> energy) {
    return CarbonAccounting.in(SHANGHAI).account(SCHOOL, YEAR, CarbonInputs.of(energy).withFactorSets(List.of(MEE)));
  }

  @Test
  void energyInTonnesIsConvertedToKilograms() {
    // 15 tce = 15 000 kgce; 0.5 tce renewable = 500 kgce.
    MonthlyActual m = MonthlyActual.of(new Month(2024, 1), ElectricityBasis.CALORIFIC,
        AnxiaoUnits.of("15", AnxiaoUnits.TONNE_COAL_EQUIVALENT), AnxiaoUnits.of("0.5", AnxiaoUnits.TONNE_COAL_EQUIVALENT),
        AnxiaoUnits.of("40", AnxiaoUnits.CUBIC_METER), AnxiaoUnits.of("3", AnxiaoUnits.TONNE_CO2E));
    assertEquals(15_000, m.energyKgce(), 1e-9);
    assertEquals(500, m.renewableKgce(), 1e-9);
    assertEquals(40, m.waterM3(), 1e-9);
    assertEquals(3_000, m.carbonKgCO2e(), 1e-9);
  }

  @Test
  void aMonthsStandardCoalResultGivesItsActualsAndAYearsIsRefused() {
    // March 2023: 1 000 kWh grid + 100 kWh self-consumed PV, each × 0.1229 = 122.9 + 12.29 = 135.19 kgce, PV 12.29.
    Month march = new Month(2023, 3);
    CoalEquivalentResult month = coal(march, List.of(of(Carrier.ELECTRICITY, march, "1000"),
        of(Carrier.PV_SELF_CONSUMED, march, "100")));
    MonthlyActual m = MonthlyActual.of(month, AnxiaoUnits.of("5", AnxiaoUnits.CUBIC_METER),
        AnxiaoUnits.of("7", AnxiaoUnits.KILOGRAM_CO2E));
    assertEquals(march, m.month());
    assertEquals(ElectricityBasis.CALORIFIC, m.electricityBasis());
    assertEquals(135.19, m.energyKgce(), 1e-9);
    assertEquals(12.29, m.renewableKgce(), 1e-9);
    assertEquals(5, m.waterM3(), 0);
    assertEquals(7, m.carbonKgCO2e(), 0);
    CoalEquivalentResult year = coal(YEAR, List.of(of(Carrier.ELECTRICITY, march, "1000")));
    refused("energy.reportingPeriod", () -> MonthlyActual.of(year, AnxiaoUnits.of("5", AnxiaoUnits.CUBIC_METER),
        AnxiaoUnits.of("7", AnxiaoUnits.KILOGRAM_CO2E)));
  }

  @Test
  void aYearWithJanuaryAloneGivesOneMonth() {
    // January: 1 000 kWh × 0.1229 = 122.9 kgce; CO₂ 1 000 × 0.5737 = 573.7 kg (MEE Shanghai, as MonthlyActualSplitTest).
    List<Consumption> energy = List.of(of(Carrier.ELECTRICITY, new Month(2023, 1), "1000"));
    List<MonthlyActual> months = MonthlyActual.split(coal(YEAR, energy), carbon(energy), MEE, List.of());
    assertEquals(1, months.size());
    assertEquals(122.9, months.get(0).energyKgce(), 1e-9);
    assertEquals(573.7, months.get(0).carbonKgCO2e(), 1e-9);
  }

  @Test
  void aMeasuredCalorificValueKeepsItsOwnSlot() {
    // Grid electricity 1 000 kWh in each month (consumptions 0–11), natural gas 100 m³ in January at the pack's
    // coefficient (12) and 100 m³ in March at a measured 35 000 kJ/m³ (13): the carrier's line shows the pack's
    // coefficient, so March's gas must come from its own value, 100 × 35 000 / 29 307 = 119.4254… kgce.
    List<Consumption> energy = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      energy.add(of(Carrier.ELECTRICITY, new Month(2023, m), "1000"));
    }
    energy.add(of(Carrier.NATURAL_GAS, new Month(2023, 1), "100"));
    energy.add(new Consumption(Carrier.NATURAL_GAS, new Month(2023, 3), Measure.of("100", "m3"), Optional.of("G"),
        Optional.empty(), EndUse.SPECIAL, false, Optional.of(new BigDecimal("35000"))));
    CoalEquivalentResult annual = coal(YEAR, energy);
    List<MonthlyActual> months = MonthlyActual.split(annual, carbon(energy), MEE, List.of());
    assertEquals(12, months.size());
    // February: electricity alone, 1 000 × 0.1229.
    assertEquals(122.9, months.get(1).energyKgce(), 1e-9);
    assertEquals(122.9 + 100 * 35_000.0 / 29_307, months.get(2).energyKgce(), 1e-9);
    double sum = 0;
    for (MonthlyActual m : months) {
      sum += m.energyKgce();
    }
    assertEquals(annual.totalKgce(), sum, 1e-9);
  }

  @Test
  void splitRefusesAnotherYearsCarbonNettedPvAndWaterThatIsNotWater() {
    List<Consumption> energy = List.of(of(Carrier.ELECTRICITY, new Month(2023, 1), "1000"));
    CoalEquivalentResult annual = coal(YEAR, energy);
    CarbonResult c = carbon(energy);
    CarbonResult otherYear = new CarbonResult(c.subject(), new CalendarYear(2022), c.scope1(), c.scope1Kg(),
        c.locationBased(), c.marketBased(), c.pvSelfConsumedKwh(), c.pvExportedKwh(), c.pvNettedKwh(), c.rules(),
        c.packs(), c.request());
    refused("carbon.reportingPeriod", () -> MonthlyActual.split(annual, otherYear, MEE, List.of()));
    CarbonResult netted = new CarbonResult(c.subject(), c.reportingPeriod(), c.scope1(), c.scope1Kg(),
        c.locationBased(), c.marketBased(), c.pvSelfConsumedKwh(), 10, 10, c.rules(), c.packs(), c.request());
    refused("carbon.pvNettedKwh", () -> MonthlyActual.split(annual, netted, MEE, List.of()));
    refused("water[0].carrier", () -> MonthlyActual.split(annual, c, MEE,
        List.of(of(Carrier.ELECTRICITY, new Month(2023, 1), "5"))));
  }
}

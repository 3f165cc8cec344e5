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

/** Splitting a year's results into months gives what converting each month gives, worked by hand for March. */
class MonthlyActualSplitTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "S");
  private static final CalendarYear YEAR = new CalendarYear(2023);
  private static final RuleContext SHANGHAI = RuleContext.standard(JurisdictionCode.of("310112"), LocalDate.of(2023, 12, 31));
  private static final FactorSet MEE = FactorSet.mee(GridRegion.provinceOf(JurisdictionCode.of("310112")));

  private static Consumption of(Carrier carrier, int month, String amount) {
    return Consumption.of(carrier, new Month(2023, month), amount, carrier.unit());
  }

  @Test
  void theMonthsOfAYearAreItsMonthlyConversions() {
    List<Consumption> energy = new ArrayList<>();
    for (int m = 1; m <= 3; m++) {
      energy.add(of(Carrier.ELECTRICITY, m, Integer.toString(10_000 * m)));
      energy.add(of(Carrier.PV_SELF_CONSUMED, m, "1000"));
    }
    // March's gas carries a measured calorific value of 35 000 kJ/m³.
    energy.add(new Consumption(Carrier.NATURAL_GAS, new Month(2023, 3), Measure.of("100", "m3"), Optional.of("G"),
        Optional.empty(), EndUse.SPECIAL, false, Optional.of(new BigDecimal("35000"))));
    List<Consumption> water = List.of(of(Carrier.WATER, 1, "50"), of(Carrier.WATER, 3, "70"));
    CoalEquivalents coal = CoalEquivalents.in(SHANGHAI);
    CarbonAccounting carbon = CarbonAccounting.in(SHANGHAI);
    CoalEquivalentResult annual = coal.convert(SCHOOL, YEAR, energy, ElectricityBasis.CALORIFIC);
    CarbonResult co2 = carbon.account(SCHOOL, YEAR, CarbonInputs.of(energy).withFactorSets(List.of(MEE)));
    List<MonthlyActual> months = MonthlyActual.split(annual, co2, MEE, water);
    assertEquals(3, months.size());
    // March: 30 000 kWh × 0.1229 = 3 687; PV 1 000 × 0.1229 = 122.9; gas 100 × 35 000 / 29 307 = 119.4254…
    // → 3 929.3254…; CO₂ 30 000 × 0.5737 + 100 × 2.162 = 17 211 + 216.2 = 17 427.2 kg; water 70 m³.
    MonthlyActual march = months.get(2);
    assertEquals(3687 + 122.9 + 100 * 35000.0 / 29307, march.energyKgce(), 1e-9);
    assertEquals(122.9, march.renewableKgce(), 1e-9);
    assertEquals(17427.2, march.carbonKgCO2e(), 1e-9);
    assertEquals(70, march.waterM3(), 0);
    assertEquals(0, months.get(1).waterM3(), 0);
    double sum = 0;
    for (int m = 1; m <= 3; m++) {
      List<Consumption> month = new ArrayList<>();
      for (Consumption c : energy) {
        if (c.period().equals(new Month(2023, m))) {
          month.add(c);
        }
      }
      CoalEquivalentResult one = coal.convert(SCHOOL, new Month(2023, m), month, ElectricityBasis.CALORIFIC);
      CarbonResult oneCo2 = carbon.account(SCHOOL, new Month(2023, m), CarbonInputs.of(month).withFactorSets(List.of(MEE)));
      assertEquals(one.totalKgce(), months.get(m - 1).energyKgce(), 1e-9);
      assertEquals(AnxiaoUnits.toDouble(oneCo2.locationTotal(MEE), AnxiaoUnits.KILOGRAM_CO2E),
          months.get(m - 1).carbonKgCO2e(), 1e-9);
      sum += months.get(m - 1).energyKgce();
    }
    assertEquals(annual.totalKgce(), sum, 1e-9);
  }

  @Test
  void aYearOfQuartersOrAnotherSetIsRefused() {
    List<Consumption> q = List.of(Consumption.of(Carrier.ELECTRICITY, org.anxiao.core.time.Period.parse("2023-Q1"), "1", "kWh"));
    CoalEquivalentResult annual = CoalEquivalents.in(SHANGHAI).convert(SCHOOL, YEAR, q, ElectricityBasis.CALORIFIC);
    CarbonResult co2 = CarbonAccounting.in(SHANGHAI).account(SCHOOL, YEAR, CarbonInputs.of(q).withFactorSets(List.of(MEE)));
    assertEquals(Optional.of("annual.consumptions[0].period"), assertThrows(InvalidValueException.class,
        () -> MonthlyActual.split(annual, co2, MEE, List.of())).field());
    assertEquals(Optional.of("set"), assertThrows(InvalidValueException.class,
        () -> MonthlyActual.split(annual, co2, FactorSet.shanghaiReporting(), List.of())).field());
  }
}

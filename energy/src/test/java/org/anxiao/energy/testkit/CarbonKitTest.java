package org.anxiao.energy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.testkit.law.Laws;
import org.anxiao.core.time.CalendarYear;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carbon.CarbonAccounting;
import org.anxiao.energy.carbon.CarbonInputs;
import org.anxiao.energy.carbon.CarbonResult;
import org.anxiao.energy.carbon.FactorSet;
import org.anxiao.energy.carbon.GreenPowerPurchase;
import org.anxiao.energy.carbon.GridRegion;
import org.anxiao.energy.carbon.LocationBasedScope2;
import org.anxiao.energy.carbon.MarketBasedScope2;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.junit.jupiter.api.Test;

/**
 * Carbon at the year switch of the shipped MEE grid-factor packs, and its monotone laws: what
 * {@link CarbonAccounting} documents — location-based Scope 2 is grid kWh × a factor (never
 * negative), market-based counts settled green power at zero and the rest at the residual mix, with
 * green power + certificates + residual = grid. It does not promise market-based ≤ location-based
 * (the residual-mix factor is above the national average: with little green power market-based is
 * the larger), so that is not asserted.
 */
class CarbonKitTest {
  private static final Subject SCHOOL = Subject.of(SubjectKind.SCHOOL, "kit");
  private static final JurisdictionCode XUHUI = JurisdictionCode.of("310104");
  private static final CalendarYear Y2022 = new CalendarYear(2022);
  private static final CarbonAccounting CARBON_2022 = CarbonAccounting.in(RuleContext.standard(XUHUI, LocalDate.of(2022, 12, 31)));
  private static final List<FactorSet> SETS = List.of(FactorSet.mee(GridRegion.NATIONAL), FactorSet.mee(GridRegion.of("310000")),
      FactorSet.shanghaiReporting());
  /** The largest kWh the kit's {@link ConsumptionGenerators#thousands()} draws. */
  private static final BigDecimal GRID = BigDecimal.valueOf(1_000_000_000L);
  private final Laws laws = Laws.standard().withExamples(80);

  private static CarbonResult electricity(CarbonAccounting carbon, CalendarYear year, BigDecimal kwh, BigDecimal green) {
    return carbon.account(SCHOOL, year, CarbonInputs.of(List.of(Consumption.of(Carrier.ELECTRICITY, year, kwh.toPlainString(), "kWh"),
        Consumption.of(Carrier.HEAT, year, "50000", "MJ"))).withFactorSets(SETS)
        .withMarketBased(List.of(new GreenPowerPurchase(year, new Measure(green, "kWh"), true, true)), List.of()));
  }

  @Test
  void eachMeeYearIsInForceFromItsFirstDayAndNotTheDayBefore() {
    List<GridFactorYears.Switch> switches = GridFactorYears.switches();
    assertTrue(switches.size() >= 7, switches::toString);
    for (GridFactorYears.Switch s : switches) {
      CalendarYear year = new CalendarYear(s.day().getYear());
      CarbonAccounting carbon = CarbonAccounting.in(RuleContext.standard(JurisdictionCode.of("110000"), s.day()));
      CarbonInputs in = CarbonInputs.of(List.of(Consumption.of(Carrier.ELECTRICITY, year, "1000", "kWh")))
          .withFactorSets(List.of(FactorSet.mee(GridRegion.NATIONAL)));
      if (s.inForce().isEmpty()) {
        AnxiaoException e = assertThrows(AnxiaoException.class, () -> carbon.account(SCHOOL, year, in), s::toString);
        assertEquals("RULE_NOT_FOUND", e.errorCode(), s.toString());
      } else {
        LocationBasedScope2 national = carbon.account(SCHOOL, year, in).locationBased().get(0);
        PackRef used = national.line(Carrier.ELECTRICITY).orElseThrow().factorRule().pack();
        assertEquals(s.inForce().get(), used, s.toString());
      }
    }
    // Consecutive switch days name different packs (or none): the switch is on the first day.
    for (int i = 0; i + 1 < switches.size(); i += 2) {
      assertTrue(!switches.get(i).inForce().equals(switches.get(i + 1).inForce()), switches.get(i) + " / " + switches.get(i + 1));
    }
  }

  @Test
  void locationBasedCo2IsNonDecreasingInKwh() {
    for (int set = 0; set < SETS.size(); set++) {
      int k = set;
      laws.monotone(ConsumptionGenerators.thousands(), kwh -> electricity(CARBON_2022, Y2022, kwh, BigDecimal.ZERO)
          .locationBased().get(k).kgCO2());
    }
  }

  @Test
  void marketBasedCo2IsNeverNegativeAndNonIncreasingAsGreenPowerIsAdded() {
    laws.monotone(ConsumptionGenerators.thousands(), green -> {
      MarketBasedScope2 m = electricity(CARBON_2022, Y2022, GRID, green).marketBased().orElseThrow();
      assertTrue(m.kgCO2() >= 0, () -> "negative " + m);
      assertEquals(m.gridKwh(), m.greenPowerKwh() + m.certificatesKwh() + m.residualKwh(), 1e-6);
      return -m.kgCO2();
    });
  }
}

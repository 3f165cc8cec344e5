package org.anxiao.energy.carbon;

import static org.anxiao.energy.carbon.CarbonFixtures.MEE_NATIONAL;
import static org.anxiao.energy.carbon.CarbonFixtures.SCHOOL;
import static org.anxiao.energy.carbon.CarbonFixtures.XUHUI;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2022;
import static org.anxiao.energy.carbon.CarbonFixtures.context;
import static org.anxiao.energy.carbon.CarbonFixtures.kwh;
import static org.anxiao.energy.carbon.CarbonFixtures.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.junit.jupiter.api.Test;

/** Corners of {@link CarbonAccounting}, {@link Scope1Emissions} and {@link Scope2Factors}. */
class CarbonCalculatorsBoundariesTest {
  private static final CarbonAccounting CARBON_2022 = CarbonAccounting.in(context(XUHUI, 2022));

  @Test
  void itNamesTheKindsItReadsAndItsContext() {
    assertEquals(List.of(EmissionFactorRule.KIND, GridFactorRule.MEE, Scope2AccountingRule.KIND),
        CARBON_2022.requirements());
    String text = CARBON_2022.toString();
    assertTrue(text.startsWith(CarbonAccounting.ID + " "), text);
    assertTrue(text.contains("310104") && text.contains("2022-12-31"), text);
    String scope1 = CARBON_2022.scope1().toString();
    assertTrue(scope1.startsWith("Scope1Emissions ") && scope1.contains("2022-12-31"), scope1);
    String scope2 = CARBON_2022.scope2().toString();
    assertTrue(scope2.startsWith("Scope2Factors ") && scope2.contains("310104"), scope2);
  }

  @Test
  void certificatesOutsideThePeriodAreRefused() {
    Period march = Period.parse("2022-03");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CARBON_2022.account(SCHOOL, march,
        CarbonInputs.of(List.of(kwh(march, "10"))).withMarketBased(List.of(),
            List.of(new GreenCertificates(Y2022, Measure.of("1", "kWh"))))));
    assertEquals(Optional.of("certificates[0].period"), e.field());
  }

  @Test
  void estimatedHeatIsCarriedToTheHeatLine() {
    // 1 000 GJ estimated + 500 GJ metered = 1 500 000 MJ, of which 1 000 000 MJ estimated;
    // × NDRC default 0.11 kgCO₂/MJ = 165 000 kg.
    CarbonInputs in = CarbonInputs.of(List.of(use(Carrier.HEAT, Y2022, "1000", "GJ").asEstimated(),
        use(Carrier.HEAT, Y2022, "500", "GJ"))).withFactorSets(List.of(MEE_NATIONAL));
    EmissionLine heat = CARBON_2022.account(SCHOOL, Y2022, in).locationBased().get(0).line(Carrier.HEAT).orElseThrow();
    assertEquals(1_500_000, heat.amount(), 1e-6);
    assertEquals(1_000_000, heat.estimatedAmount(), 1e-6);
    assertEquals(165_000, heat.kgCO2(), 1e-6);
  }

  @Test
  void estimatedFuelIsCarriedToTheScope1Line() {
    // Diesel 10 kg estimated + 5 kg metered = 15 kg, 10 kg estimated; × 3.096 = 46.44 kg.
    CarbonInputs in = CarbonInputs.of(List.of(use(Carrier.DIESEL, Y2022, "10", "kg").asEstimated(),
        use(Carrier.DIESEL, Y2022, "5", "kg")));
    CarbonResult r = CARBON_2022.account(SCHOOL, Y2022, in);
    EmissionLine diesel = r.scope1Line(Carrier.DIESEL).orElseThrow();
    assertEquals(15, diesel.amount(), 1e-12);
    assertEquals(10, diesel.estimatedAmount(), 1e-12);
    assertEquals(46.44, diesel.kgCO2(), 1e-9);
    assertTrue(r.anyEstimated());
  }

  @Test
  void heatHasALocationWeightOnlyWhereSomeFactorGivesOne() {
    // MEE has no heat factor of its own: the NDRC default 0.11 kgCO₂/MJ weighs heat.
    CarrierWeights standard = CARBON_2022.scope2().locationWeights(MEE_NATIONAL);
    assertEquals(0.11, standard.weight(Carrier.HEAT).orElseThrow(), 0);
    // Neither MEE nor a fuels-only emission-factor pack gives one: heat has no weight, and it is no error.
    RuleContext ctx = RuleContext.of(CarbonFixtures.withoutHeatFactor(), XUHUI, LocalDate.of(2022, 12, 31));
    CarrierWeights none = Scope2Factors.in(ctx).locationWeights(MEE_NATIONAL);
    assertFalse(none.weight(Carrier.HEAT).isPresent());
    assertEquals(0.5366, none.weight(Carrier.ELECTRICITY).orElseThrow(), 0);
  }
}

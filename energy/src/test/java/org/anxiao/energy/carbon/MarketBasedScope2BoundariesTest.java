package org.anxiao.energy.carbon;

import static org.anxiao.energy.carbon.CarbonFixtures.SCHOOL;
import static org.anxiao.energy.carbon.CarbonFixtures.XUHUI;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2022;
import static org.anxiao.energy.carbon.CarbonFixtures.context;
import static org.anxiao.energy.carbon.CarbonFixtures.kwh;
import static org.anxiao.energy.carbon.CarbonFixtures.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The domain of each {@link MarketBasedScope2} component, and its derived values. */
class MarketBasedScope2BoundariesTest {
  private static final FactorSet RESIDUAL = FactorSet.mee(GridRegion.NATIONAL_RESIDUAL);

  private static MarketBasedScope2 figure(double grid, double green, double certificates, double notCounted,
      double residual, double kg) {
    return new MarketBasedScope2(RESIDUAL, grid, green, certificates, notCounted, residual, List.of(), Optional.empty(),
        kg, List.of(), List.of());
  }

  private static InvalidValueException refused(String field, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(Optional.of(field), e.field(), e.getMessage());
    return e;
  }

  @Test
  void eachAmountMustBeZeroOrMore() {
    // With green power and certificates at zero, a negative grid is caught by its own check, not the sum's.
    refused("gridKwh", () -> figure(-1, 0, 0, 0, 0, 0));
    refused("greenPowerKwh", () -> figure(10, -1, 0, 0, 0, 0));
    refused("certificatesKwh", () -> figure(10, 0, -1, 0, 0, 0));
    refused("notCountedKwh", () -> figure(10, 0, 0, -1, 0, 0));
    refused("residualKwh", () -> figure(10, 0, 0, 0, -1, 0));
    refused("kgCO2", () -> figure(10, 0, 0, 0, 10, -1));
    refused("gridKwh", () -> figure(Double.NaN, 0, 0, 0, 0, 0));
  }

  @Test
  void instrumentsCountedAtZeroMayReachButNotExceedTheGrid() {
    // 60 + 40 = 100 = grid: allowed, residual 0.
    assertEquals(100, figure(100, 60, 40, 0, 0, 0).zeroRatedKwh());
    // 60 + 50 = 110 > 100: refused on greenPowerKwh, naming the sum 110.
    InvalidValueException e = refused("greenPowerKwh", () -> figure(100, 60, 50, 0, 0, 0));
    assertEquals(Optional.of("110.0"), e.value());
    // Green power alone above the grid: 120 + 0 > 100.
    refused("greenPowerKwh", () -> figure(100, 120, 0, 0, 0, 0));
  }

  @Test
  void zeroRatedIsGreenPowerPlusCertificates() {
    // 300 000 + 100 000 = 400 000 kWh of 1 000 000.
    MarketBasedScope2 m = figure(1_000_000, 300_000, 100_000, 0, 600_000, 0);
    assertEquals(400_000, m.zeroRatedKwh());
  }

  @Test
  void aLineIsFoundByItsCarrierOnly() {
    // 2022, national accounting pack: 1 000 kWh, no instruments → residual 1 000 × 0.5856 = 585.6 kg;
    // 10 GJ = 10 000 MJ heat × NDRC default 0.11 = 1 100 kg.
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "1000"), use(Carrier.HEAT, Y2022, "10", "GJ")))
        .withMarketBased(List.of(), List.of());
    MarketBasedScope2 m = CarbonAccounting.in(context(XUHUI, 2022)).account(SCHOOL, Y2022, in).marketBased()
        .orElseThrow();
    EmissionLine heat = m.line(Carrier.HEAT).orElseThrow();
    assertEquals(Carrier.HEAT, heat.carrier());
    assertEquals(1_100, heat.kgCO2(), 1e-9);
    assertEquals(585.6, m.line(Carrier.ELECTRICITY).orElseThrow().kgCO2(), 1e-9);
    assertTrue(m.line(Carrier.PV_SELF_CONSUMED).isEmpty());
    assertEquals(1_685.6, m.kgCO2(), 1e-9);
  }

  @Test
  void theMarketFigureStartsFromGridElectricityAfterNettedPv() {
    // Fictional Shanghai pack nets exported PV: grid 100 000 − exported 5 000 = 95 000 kWh;
    // 10 000 kWh of certificates at zero → residual 85 000 × 0.5856 = 49 776 kg.
    RuleContext ctx = RuleContext.of(CarbonFixtures.registryWith(CarbonFixtures.shanghaiOptIn()), XUHUI,
        LocalDate.of(2022, 12, 31));
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "100000"), use(Carrier.PV_EXPORTED, Y2022, "5000", "kWh")))
        .withMarketBased(List.of(), List.of(new GreenCertificates(Y2022, Measure.of("10", "MWh"))));
    MarketBasedScope2 m = CarbonAccounting.in(ctx).account(SCHOOL, Y2022, in).marketBased().orElseThrow();
    assertEquals(95_000, m.gridKwh(), 1e-9);
    assertEquals(85_000, m.residualKwh(), 1e-9);
    assertEquals(49_776, m.kgCO2(), 1e-6);
  }
}

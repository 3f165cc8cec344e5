package org.anxiao.energy.carbon;

import static org.anxiao.energy.carbon.CarbonFixtures.MEE_NATIONAL;
import static org.anxiao.energy.carbon.CarbonFixtures.SCHOOL;
import static org.anxiao.energy.carbon.CarbonFixtures.XUHUI;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2022;
import static org.anxiao.energy.carbon.CarbonFixtures.context;
import static org.anxiao.energy.carbon.CarbonFixtures.kwh;
import static org.anxiao.energy.carbon.CarbonFixtures.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.energy.carrier.Carrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The domains of the small carbon records: factor, line, factor set, grid region, location-based figure. */
class CarbonRecordsBoundariesTest {
  private static final AppliedRule CN_ROW =
      CarbonAccounting.in(context(XUHUI, 2022)).scope2().electricity(MEE_NATIONAL).rules().get(0);

  private static void refused(String field, Executable call) {
    assertEquals(Optional.of(field), assertThrows(InvalidValueException.class, call).field());
  }

  private static EmissionLine line(double amount, double estimated, double kg) {
    return new EmissionLine(EmissionScope.SCOPE_2, Carrier.ELECTRICITY, amount, estimated, new BigDecimal("0.5366"),
        CN_ROW, kg);
  }

  @Test
  void aFactorNamesAtLeastOneRule() {
    refused("rules", () -> new EmissionFactor(BigDecimal.ONE, "kgCO2/kWh", List.of()));
    assertEquals(1, new EmissionFactor(BigDecimal.ONE, "kgCO2/kWh", List.of(CN_ROW)).rules().size());
  }

  @Test
  void aLinesAmountsAndEmissionsAreBounded() {
    // A negative amount is caught by its own check (with estimated 0, "0 ≤ −1" would also fail, on estimatedAmount).
    refused("amount", () -> line(-1, 0, 0));
    refused("estimatedAmount", () -> line(1, 2, 0));
    refused("estimatedAmount", () -> line(1, -1, 0));
    refused("kgCO2", () -> line(1, 0, -1));
    // Estimated equal to the amount is allowed: 10 kWh × 0.5366 = 5.366 kg.
    assertEquals(10, line(10, 10, 5.366).estimatedAmount());
  }

  @Test
  void aFactorSetKindIsALowerCaseDottedId() {
    refused("kind", () -> new FactorSet("Anxiao.Energy.Grid", GridRegion.NATIONAL));
    refused("kind", () -> new FactorSet("anxiao..energy", GridRegion.NATIONAL));
    // kind[row], from the kind id and the row code.
    assertEquals(GridFactorRule.MEE.id() + "[CN]", MEE_NATIONAL.toString());
  }

  @Test
  void aProvinceRowComesFromASixDigitCode() {
    // Xuhui 310104 → Shanghai 310000.
    assertEquals(GridRegion.of("310000"), GridRegion.provinceOf(XUHUI));
    assertEquals("310000", GridRegion.provinceOf(XUHUI).toString());
    // CN is not a six-digit code: refused on the jurisdiction, not on a made-up row "CN0000".
    refused("jurisdiction", () -> GridRegion.provinceOf(JurisdictionCode.CN));
  }

  @Test
  void aLocationFigureIsZeroOrMoreAndFindsLinesByCarrier() {
    refused("kgCO2", () -> new LocationBasedScope2(MEE_NATIONAL, List.of(), Optional.empty(), -1, List.of(), List.of()));
    // 2022 MEE national: 1 000 kWh × 0.5366 = 536.6 kg; 10 GJ = 10 000 MJ × NDRC default 0.11 = 1 100 kg.
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "1000"), use(Carrier.HEAT, Y2022, "10", "GJ")))
        .withFactorSets(List.of(MEE_NATIONAL));
    LocationBasedScope2 figure = CarbonAccounting.in(context(XUHUI, 2022)).account(SCHOOL, Y2022, in)
        .locationBased().get(0);
    EmissionLine heat = figure.line(Carrier.HEAT).orElseThrow();
    assertEquals(Carrier.HEAT, heat.carrier());
    assertEquals(1_100, heat.kgCO2(), 1e-9);
    assertEquals(536.6, figure.line(Carrier.ELECTRICITY).orElseThrow().kgCO2(), 1e-9);
    assertTrue(figure.line(Carrier.STEAM).isEmpty());
  }
}

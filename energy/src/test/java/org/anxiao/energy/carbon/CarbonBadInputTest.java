package org.anxiao.energy.carbon;

import static org.anxiao.energy.carbon.CarbonFixtures.BEIJING;
import static org.anxiao.energy.carbon.CarbonFixtures.MEE_NATIONAL;
import static org.anxiao.energy.carbon.CarbonFixtures.MEE_SHANGHAI;
import static org.anxiao.energy.carbon.CarbonFixtures.SCHOOL;
import static org.anxiao.energy.carbon.CarbonFixtures.SH_REPORTING;
import static org.anxiao.energy.carbon.CarbonFixtures.XUHUI;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2022;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2024;
import static org.anxiao.energy.carbon.CarbonFixtures.context;
import static org.anxiao.energy.carbon.CarbonFixtures.electricity;
import static org.anxiao.energy.carbon.CarbonFixtures.kwh;
import static org.anxiao.energy.carbon.CarbonFixtures.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.AnxiaoException;
import org.anxiao.core.error.InvalidValueException;
import org.anxiao.core.error.MissingValueException;
import org.anxiao.core.error.PeriodOverlapException;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.error.UnitMismatchException;
import org.anxiao.core.error.UnknownCodeException;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.carrier.EndUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input is refused with a typed error naming the field, never a NaN or a silent zero. */
class CarbonBadInputTest {
  private static final CarbonAccounting CARBON_2022 = CarbonAccounting.in(context(XUHUI, 2022));

  private static <E extends AnxiaoException> void refused(Class<E> type, String code, String field, Executable call) {
    E e = assertThrows(type, call);
    assertEquals(code, e.errorCode(), e.getMessage());
    assertEquals(Optional.of(field), e.field(), e.getMessage());
  }

  private static CarbonResult account(CarbonInputs in) {
    return CARBON_2022.account(SCHOOL, Y2022, in);
  }

  @Test
  void aFuelWithoutAFactorIsUnknownNeverZero() {
    // The NDRC pack has no kerosene, raw coal or oil-field gas row.
    for (Carrier fuel : List.of(Carrier.KEROSENE, Carrier.RAW_COAL)) {
      refused(UnknownCodeException.class, "UNKNOWN_CODE", "consumptions[1].carrier",
          () -> account(CarbonInputs.of(List.of(use(Carrier.DIESEL, Y2022, "1", "kg"), use(fuel, Y2022, "1", "kg")))));
    }
    refused(UnknownCodeException.class, "UNKNOWN_CODE", "consumptions[0].carrier",
        () -> account(CarbonInputs.of(List.of(use(Carrier.NATURAL_GAS_OIL_FIELD, Y2022, "1", "m3")))));
    refused(UnknownCodeException.class, "UNKNOWN_CODE", "fuel", () -> CARBON_2022.scope1().factor(Carrier.KEROSENE));
    refused(InvalidValueException.class, "INVALID_VALUE", "fuel", () -> CARBON_2022.scope1().factor(Carrier.ELECTRICITY));
  }

  @Test
  void negativeOrWrongUnitAmountsAreRefused() {
    refused(InvalidValueException.class, "INVALID_VALUE", "amount", () -> kwh(Y2022, "-1"));
    refused(UnitMismatchException.class, "UNIT_MISMATCH", "amount", () -> use(Carrier.ELECTRICITY, Y2022, "1", "m3"));
    refused(InvalidValueException.class, "INVALID_VALUE", "amount",
        () -> new GreenPowerPurchase(Y2022, Measure.of("-5", "kWh"), true, false));
    refused(UnitMismatchException.class, "UNIT_MISMATCH", "amount",
        () -> new GreenCertificates(Y2022, Measure.of("5", "kg")));
  }

  @Test
  void greenPowerOrCertificatesBeyondTheConsumptionAreRefused() {
    // 1 000 kWh used; 1 200 kWh of settled green power counted at zero would be a double count.
    refused(InvalidValueException.class, "INVALID_VALUE", "greenPower",
        () -> account(CarbonInputs.of(List.of(kwh(Y2022, "1000"))).withMarketBased(
            List.of(new GreenPowerPurchase(Y2022, Measure.of("1200", "kWh"), true, false)), List.of())));
    // 800 kWh green power fits; 800 + 1 MWh of certificates does not: the certificates are named.
    refused(InvalidValueException.class, "INVALID_VALUE", "certificates",
        () -> account(CarbonInputs.of(List.of(kwh(Y2022, "1000"))).withMarketBased(
            List.of(new GreenPowerPurchase(Y2022, Measure.of("800", "kWh"), true, false)),
            List.of(new GreenCertificates(Y2022, Measure.of("1", "MWh"))))));
    // Exactly the consumption is allowed: residual zero.
    assertEquals(0, account(CarbonInputs.of(List.of(kwh(Y2022, "1000"))).withMarketBased(
        List.of(new GreenPowerPurchase(Y2022, Measure.of("1000", "kWh"), true, false)), List.of()))
        .marketBased().orElseThrow().kgCO2());
  }

  @Test
  void heatWithoutAnyFactorIsRuleNotFound() {
    // A fuels-only emission-factor pack and the MEE set (no heat): purchased heat has no factor.
    RuleContext ctx = RuleContext.of(CarbonFixtures.withoutHeatFactor(), XUHUI, LocalDate.of(2022, 12, 31));
    RulePackException e = assertThrows(RulePackException.class, () -> CarbonAccounting.in(ctx).account(SCHOOL, Y2022,
        CarbonInputs.of(List.of(use(Carrier.HEAT, Y2022, "10", "GJ"))).withFactorSets(List.of(MEE_NATIONAL))));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
    assertEquals(Optional.of("parameters.heat"), e.field());
    // Electricity alone is fine there: 1 000 × 0.5366.
    assertEquals(536.6, CarbonAccounting.in(ctx).account(SCHOOL, Y2022, electricity(Y2022, "1000", MEE_NATIONAL))
        .locationBased().get(0).kgCO2(), 1e-9);
  }

  @Test
  void steamHasNoFactorAndWaterIsNotEnergy() {
    refused(UnknownCodeException.class, "UNKNOWN_CODE", "consumptions[1].carrier",
        () -> account(CarbonInputs.of(List.of(kwh(Y2022, "1"), use(Carrier.STEAM, Y2022, "1", "kg")))
            .withFactorSets(List.of(MEE_NATIONAL))));
    refused(InvalidValueException.class, "INVALID_VALUE", "consumptions[0].carrier",
        () -> account(CarbonInputs.of(List.of(use(Carrier.WATER, Y2022, "1", "m3")))));
  }

  @Test
  void aYearWithoutFactorsIsRuleNotFound() {
    CarbonAccounting carbon2024 = CarbonAccounting.in(context(XUHUI, 2024));
    RulePackException e = assertThrows(RulePackException.class,
        () -> carbon2024.account(SCHOOL, Y2024, electricity(Y2024, "1", MEE_SHANGHAI)));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
    assertThrows(RulePackException.class, () -> carbon2024.account(SCHOOL, Y2024,
        CarbonInputs.of(List.of(kwh(Y2024, "1"))).withMarketBased(List.of(), List.of())));
    // Scope 1 needs no grid factor: 1 kg diesel × 3.096 in 2024.
    assertEquals(3.096, carbon2024.account(SCHOOL, Y2024, CarbonInputs.of(List.of(use(Carrier.DIESEL, Y2024, "1", "kg"))))
        .scope1Kg(), 1e-12);
  }

  @Test
  void aSetOrRowTheRegistryLacksIsUnknown() {
    // Beijing (110000) has no row in the bundled MEE packs; GRID-NORTH neither.
    refused(UnknownCodeException.class, "UNKNOWN_CODE", "factorSets[1].region",
        () -> account(electricity(Y2022, "1", MEE_NATIONAL, FactorSet.mee(GridRegion.of("110000")))));
    refused(UnknownCodeException.class, "UNKNOWN_CODE", "factorSets[0].kind",
        () -> account(electricity(Y2022, "1", new FactorSet("test.no-such-set", GridRegion.NATIONAL))));
    refused(InvalidValueException.class, "INVALID_VALUE", "factorSets[0].kind",
        () -> account(electricity(Y2022, "1", new FactorSet("anxiao.energy.emission-factors", GridRegion.NATIONAL))));
    // Shanghai's reporting set is not in force in Beijing.
    RulePackException e = assertThrows(RulePackException.class, () -> CarbonAccounting.in(context(BEIJING, 2022))
        .account(SCHOOL, Y2022, electricity(Y2022, "1", SH_REPORTING)));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
    refused(InvalidValueException.class, "INVALID_VALUE", "code", () -> GridRegion.of("Shanghai"));
  }

  @Test
  void inputsOutsideThePeriodOrIncompleteAreRefused() {
    Period march = Period.parse("2022-03");
    refused(InvalidValueException.class, "INVALID_VALUE", "consumptions[0].period",
        () -> CARBON_2022.account(SCHOOL, march, electricity(Y2022, "1", MEE_NATIONAL)));
    refused(InvalidValueException.class, "INVALID_VALUE", "greenPower[0].period",
        () -> CARBON_2022.account(SCHOOL, march, CarbonInputs.of(List.of(kwh(march, "10"))).withMarketBased(
            List.of(new GreenPowerPurchase(Y2022, Measure.of("1", "kWh"), true, false)), List.of())));
    refused(MissingValueException.class, "MISSING_VALUE", "consumptions", () -> account(CarbonInputs.of(List.of())));
    refused(MissingValueException.class, "MISSING_VALUE", "factorSets",
        () -> account(CarbonInputs.of(List.of(kwh(Y2022, "1")))));
    Consumption a = new Consumption(Carrier.ELECTRICITY, Period.parse("2022-03"), Measure.of("1", "kWh"),
        Optional.of("M1"), Optional.empty(), EndUse.WHOLE, false, Optional.empty());
    Consumption b = new Consumption(Carrier.ELECTRICITY, Period.parse("2022-Q1"), Measure.of("1", "kWh"),
        Optional.of("M1"), Optional.empty(), EndUse.WHOLE, false, Optional.empty());
    assertThrows(PeriodOverlapException.class, () -> account(CarbonInputs.of(List.of(a, b))
        .withFactorSets(List.of(MEE_NATIONAL))));
  }

  @Test
  void inputsThatCouldBeSilentlyIgnoredAreRefused() {
    refused(InvalidValueException.class, "INVALID_VALUE", "greenPower", () -> new CarbonInputs(List.of(kwh(Y2022, "1")),
        List.of(MEE_NATIONAL), false, List.of(new GreenPowerPurchase(Y2022, Measure.of("1", "kWh"), true, false)), List.of()));
    refused(InvalidValueException.class, "INVALID_VALUE", "certificates", () -> new CarbonInputs(List.of(kwh(Y2022, "1")),
        List.of(MEE_NATIONAL), false, List.of(), List.of(new GreenCertificates(Y2022, Measure.of("1", "MWh")))));
    refused(InvalidValueException.class, "INVALID_VALUE", "factorSets[1]",
        () -> electricity(Y2022, "1", MEE_NATIONAL, MEE_NATIONAL));
  }
}

package org.anxiao.energy.carbon;

import static org.anxiao.energy.carbon.CarbonFixtures.MEE_NATIONAL;
import static org.anxiao.energy.carbon.CarbonFixtures.MEE_SHANGHAI;
import static org.anxiao.energy.carbon.CarbonFixtures.SCHOOL;
import static org.anxiao.energy.carbon.CarbonFixtures.SH_REPORTING;
import static org.anxiao.energy.carbon.CarbonFixtures.XUHUI;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2021;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2022;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2023;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2024;
import static org.anxiao.energy.carbon.CarbonFixtures.context;
import static org.anxiao.energy.carbon.CarbonFixtures.electricity;
import static org.anxiao.energy.carbon.CarbonFixtures.kwh;
import static org.anxiao.energy.carbon.CarbonFixtures.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.error.RulePackException;
import org.anxiao.core.finding.Assessment;
import org.anxiao.core.json.AnxiaoJson;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.Verification;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, each from the cited pack values: MEE/NBS grid factors (公告2024年第12号, 第33号,
 * 公告2025年第47号), Shanghai's reporting factors (沪环气〔2022〕34号), the NDRC public-building defaults
 * (2015) and the national Scope 2 accounting pack.
 */
class CarbonAccountingTest {
  private static final double TOL = 1e-6;

  private static CarbonAccounting carbon(int year) {
    return CarbonAccounting.in(context(XUHUI, year));
  }

  @Test
  void theSameKwhUnderThreeFactorSetsSideBySide() {
    // A Shanghai school, 2022, 1 234 567 kWh of grid electricity:
    //   MEE Shanghai 2022:        1 234 567 × 0.5849 = 722 098.2383 kg = 722.0982383 t
    //   Shanghai reporting:       1 234 567 × 0.42   = 518 518.14 kg   = 518.51814 t
    //   MEE national 2022:        1 234 567 × 0.5366 = 662 468.6522 kg = 662.4686522 t
    CarbonResult r = carbon(2022).account(SCHOOL, Y2022, electricity(Y2022, "1234567", MEE_SHANGHAI, SH_REPORTING,
        MEE_NATIONAL));
    assertEquals(3, r.locationBased().size());
    assertEquals(List.of(MEE_SHANGHAI, SH_REPORTING, MEE_NATIONAL),
        r.locationBased().stream().map(LocationBasedScope2::factorSet).toList(), "in the order asked");
    assertEquals(722.0982383, tonnes(r.locationBased(MEE_SHANGHAI).orElseThrow()), TOL);
    assertEquals(518.51814, tonnes(r.locationBased(SH_REPORTING).orElseThrow()), TOL);
    assertEquals(662.4686522, tonnes(r.locationBased(MEE_NATIONAL).orElseThrow()), TOL);
    // Each figure names its row, pack and exact value.
    EmissionLine national = r.locationBased(MEE_NATIONAL).orElseThrow().line(Carrier.ELECTRICITY).orElseThrow();
    assertEquals(new BigDecimal("0.5366"), national.factor());
    assertEquals("electricity[CN]", national.factorRule().parameter());
    assertEquals(PackRef.of("cn.mee.grid-factors.2022", "1.0.0"), national.factorRule().pack());
    assertEquals(List.of("cn.mee.grid-factors.2022@1.0.0/electricity[310000]", "sh.sthj.reporting-factors@1.0.0/electricity[310000]",
        "cn.mee.grid-factors.2022@1.0.0/electricity[CN]"), names(r.rulesApplied()));
    assertEquals(0, r.scope1Kg());
    assertTrue(r.marketBased().isEmpty());
  }

  @Test
  void theNationalAverageOfEachYearIsItsOwnNotAnotherSeries() {
    // 1 000 000 kWh × national average: 2021 0.5568 → 556.8 t; 2022 0.5366 → 536.6 t; 2023 0.5306 → 530.6 t.
    // The swap bug (0.5366 for 2021, 0.5568 for 2022) and the carbon-market 0.5703 (570.3 t) are both wrong.
    assertEquals(556.8, tonnes(nationalOf(2021, Y2021)), TOL);
    assertEquals(536.6, tonnes(nationalOf(2022, Y2022)), TOL);
    assertEquals(530.6, tonnes(nationalOf(2023, Y2023)), TOL);
  }

  private static LocationBasedScope2 nationalOf(int year, org.anxiao.core.time.Period period) {
    return carbon(year).account(SCHOOL, period, electricity(period, "1000000", MEE_NATIONAL)).locationBased().get(0);
  }

  @Test
  void aYearWithoutMeeFactorsIsRefusedAndAPinReproducesAnotherYear() {
    // No MEE pack is in force in 2024: the nearest year is never taken silently.
    RulePackException e = assertThrows(RulePackException.class,
        () -> carbon(2024).account(SCHOOL, Y2024, electricity(Y2024, "1000", MEE_NATIONAL)));
    assertEquals(RulePackException.NOT_FOUND, e.errorCode());
    // Pinning the 2023 pack applies it on purpose: 1 000 × 0.5306 = 530.6 kg.
    RuleContext pinned = context(XUHUI, 2024).pin(PackRef.of("cn.mee.grid-factors.2023", "1.0.0"));
    CarbonResult r = CarbonAccounting.in(pinned).account(SCHOOL, Y2024, electricity(Y2024, "1000", MEE_NATIONAL));
    assertEquals(530.6, r.locationBased().get(0).kgCO2(), TOL);
    // Pinning the packs of a past result reproduces it exactly.
    CarbonResult past = carbon(2023).account(SCHOOL, Y2023, electricity(Y2023, "1000", MEE_NATIONAL, SH_REPORTING));
    RuleContext again = context(XUHUI, 2023);
    for (PackRef p : past.packs()) {
      again = again.pin(p);
    }
    assertEquals(past, CarbonAccounting.in(again).account(SCHOOL, Y2023, past.request()));
  }

  @Test
  void marketBasedWithPartSettledAsGreenPowerBesideLocationBased() {
    // 2022, Shanghai school, 1 234 567 kWh; green power 300 000 kWh settled, 50 000 kWh not yet settled;
    // certificates for 100 MWh = 100 000 kWh. National pack: settled green power and certificates at zero.
    //   counted at zero: 300 000 + 100 000 = 400 000 kWh; unsettled 50 000 kWh not counted
    //   residual: 1 234 567 − 400 000 = 834 567 kWh × 0.5856 (CN-RESIDUAL 2022) = 488 722.4352 kg
    //   location (MEE Shanghai): 1 234 567 × 0.5849 = 722 098.2383 kg
    CarbonInputs in = electricity(Y2022, "1234567", MEE_SHANGHAI).withMarketBased(
        List.of(new GreenPowerPurchase(Y2022, Measure.of("300000", "kWh"), true, false),
            new GreenPowerPurchase(Y2022, Measure.of("50000", "kWh"), false, false)),
        List.of(new GreenCertificates(Y2022, Measure.of("100", "MWh"))));
    CarbonResult r = carbon(2022).account(SCHOOL, Y2022, in);
    MarketBasedScope2 m = r.marketBased().orElseThrow();
    assertEquals(300_000, m.greenPowerKwh(), TOL);
    assertEquals(100_000, m.certificatesKwh(), TOL);
    assertEquals(50_000, m.notCountedKwh(), TOL);
    assertEquals(834_567, m.residualKwh(), TOL);
    assertEquals(488_722.4352, m.kgCO2(), TOL);
    assertEquals(new FactorSet(GridFactorRule.MEE.id(), GridRegion.NATIONAL_RESIDUAL), m.residual());
    assertEquals(722_098.2383, r.locationBased(MEE_SHANGHAI).orElseThrow().kgCO2(), TOL);
    assertEquals(List.of("cn.scope2-accounting@1.0.0/greenPowerAtZero",
        "cn.scope2-accounting@1.0.0/greenPowerRequiresDesignatedExchange", "cn.scope2-accounting@1.0.0/certificatesAtZero",
        "cn.scope2-accounting@1.0.0/residualRegion", "cn.mee.grid-factors.2022@1.0.0/electricity[CN-RESIDUAL]"),
        names(m.rules()));
    assertEquals(488.7224352, r.marketTotal().orElseThrow().to(AnxiaoUnits.TONNE_CO2E).getValue().doubleValue(), TOL);
  }

  @Test
  void theDesignatedExchangeCountsOnlyWhereAPackOptsIn() {
    // Fictional Shanghai pack: green power counts at zero only via the designated exchange.
    // 1 000 000 kWh, 200 000 kWh settled via the exchange, 100 000 kWh settled elsewhere:
    //   zero: 200 000; not counted: 100 000; residual 800 000 × 0.5856 = 468 480 kg.
    RuleContext ctx = RuleContext.of(CarbonFixtures.registryWith(CarbonFixtures.shanghaiOptIn()), XUHUI,
        LocalDate.of(2022, 12, 31));
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "1000000"))).withMarketBased(
        List.of(new GreenPowerPurchase(Y2022, Measure.of("200000", "kWh"), true, true),
            new GreenPowerPurchase(Y2022, Measure.of("100000", "kWh"), true, false)), List.of());
    MarketBasedScope2 m = CarbonAccounting.in(ctx).account(SCHOOL, Y2022, in).marketBased().orElseThrow();
    assertEquals(200_000, m.greenPowerKwh(), TOL);
    assertEquals(100_000, m.notCountedKwh(), TOL);
    assertEquals(468_480, m.kgCO2(), TOL);
    // Under the national pack (no opt-in) both count: residual 700 000 × 0.5856 = 409 920 kg.
    assertEquals(409_920, carbon(2022).account(SCHOOL, Y2022, in).marketBased().orElseThrow().kgCO2(), TOL);
  }

  @Test
  void instrumentsThePackDoesNotCountAtZeroAreReportedNotDeducted() {
    // Fictional pack: neither green power nor certificates at zero. 1 000 000 kWh, 300 000 green, 2 000 MWh of
    // certificates (more than the consumption, but not counted, so not bounded): residual 1 000 000 × 0.5856.
    RuleContext ctx = RuleContext.of(CarbonFixtures.registryWith(CarbonFixtures.shanghaiNothingAtZero()), XUHUI,
        LocalDate.of(2022, 12, 31));
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "1000000"))).withMarketBased(
        List.of(new GreenPowerPurchase(Y2022, Measure.of("300000", "kWh"), true, true)),
        List.of(new GreenCertificates(Y2022, Measure.of("2000", "MWh"))));
    MarketBasedScope2 m = CarbonAccounting.in(ctx).account(SCHOOL, Y2022, in).marketBased().orElseThrow();
    assertEquals(0, m.zeroRatedKwh());
    assertEquals(2_300_000, m.notCountedKwh(), TOL);
    assertEquals(585_600, m.kgCO2(), TOL);
  }

  @Test
  void scope1ForNaturalGasDieselAndLpg() {
    // NDRC public-building defaults (2015):
    //   natural gas 85 432 m³ × 2.162 kgCO₂/m³ = 184 703.984 kg
    //   diesel      1 260 kg × 3.096 kgCO₂/kg   =   3 900.96 kg
    //   LPG         2 t = 2 000 kg × 3.101      =   6 202 kg
    //   Scope 1 = 194 806.944 kg = 194.806944 t
    CarbonInputs in = CarbonInputs.of(List.of(use(Carrier.NATURAL_GAS, Y2022, "85432", "m3"),
        use(Carrier.DIESEL, Y2022, "1260", "kg"), use(Carrier.LPG, Y2022, "2", "t")));
    CarbonResult r = carbon(2022).account(SCHOOL, Y2022, in);
    assertEquals(184_703.984, r.scope1Line(Carrier.NATURAL_GAS).orElseThrow().kgCO2(), TOL);
    assertEquals(3_900.96, r.scope1Line(Carrier.DIESEL).orElseThrow().kgCO2(), TOL);
    assertEquals(6_202, r.scope1Line(Carrier.LPG).orElseThrow().kgCO2(), TOL);
    assertEquals(2_000, r.scope1Line(Carrier.LPG).orElseThrow().amount(), TOL);
    assertEquals(194.806944, r.scope1Emissions().to(AnxiaoUnits.TONNE_CO2E).getValue().doubleValue(), TOL);
    assertEquals(List.of(Carrier.NATURAL_GAS, Carrier.LPG, Carrier.DIESEL),
        r.scope1().stream().map(EmissionLine::carrier).toList(), "lines in Carrier order");
    assertTrue(r.scope1().stream().allMatch(l -> l.scope() == EmissionScope.SCOPE_1));
    assertEquals(List.of("cn.ndrc.public-building-emission-factors@1.0.0/byVolume[NATURAL_GAS]",
        "cn.ndrc.public-building-emission-factors@1.0.0/byMass[DIESEL]",
        "cn.ndrc.public-building-emission-factors@1.0.0/byMass[LPG]"), names(r.rulesApplied()));
  }

  @Test
  void heatTakesTheSetsFactorElseTheDefaultAndSaysWhich() {
    // 1 000 GJ = 1 000 000 MJ of purchased heat, 2022:
    //   Shanghai reporting heat 0.06 kgCO₂/MJ → 60 000 kg (FACTOR_SET)
    //   MEE has no heat factor → NDRC default 0.11 kgCO₂/MJ → 110 000 kg (DEFAULT)
    CarbonInputs in = CarbonInputs.of(List.of(use(Carrier.HEAT, Y2022, "1000", "GJ")))
        .withFactorSets(List.of(SH_REPORTING, MEE_SHANGHAI));
    CarbonResult r = carbon(2022).account(SCHOOL, Y2022, in);
    LocationBasedScope2 sh = r.locationBased(SH_REPORTING).orElseThrow();
    assertEquals(60_000, sh.kgCO2(), TOL);
    assertEquals(Optional.of(HeatFactorSource.FACTOR_SET), sh.heatSource());
    LocationBasedScope2 mee = r.locationBased(MEE_SHANGHAI).orElseThrow();
    assertEquals(110_000, mee.kgCO2(), TOL);
    assertEquals(Optional.of(HeatFactorSource.DEFAULT), mee.heatSource());
    assertEquals("cn.ndrc.public-building-emission-factors@1.0.0/heat", name(mee.line(Carrier.HEAT).orElseThrow().factorRule()));
    assertTrue(mee.packs().contains(PackRef.of("cn.ndrc.public-building-emission-factors", "1.0.0")));
  }

  @Test
  void pvSelfConsumedIsZeroAndNonFossilAndExportedIsReportedApart() {
    // 2022, MEE national: grid 100 000 kWh × 0.5366 = 53 660 kg; PV self-consumed 20 000 kWh at zero, reported
    // as non-fossil; PV exported 5 000 kWh reported apart and not netted (national pack: netExportedPv false).
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "100000"), use(Carrier.PV_SELF_CONSUMED, Y2022, "20000", "kWh"),
        use(Carrier.PV_EXPORTED, Y2022, "5000", "kWh"))).withFactorSets(List.of(MEE_NATIONAL));
    CarbonResult r = carbon(2022).account(SCHOOL, Y2022, in);
    assertEquals(53_660, r.locationBased().get(0).kgCO2(), TOL);
    assertEquals(20_000, r.nonFossilKwh(), TOL);
    assertEquals(5_000, r.pvExportedKwh(), TOL);
    assertEquals(0, r.pvNettedKwh());
    assertTrue(names(r.rulesApplied()).contains("cn.scope2-accounting@1.0.0/netExportedPv"));
    assertEquals(100_000, r.locationBased().get(0).line(Carrier.ELECTRICITY).orElseThrow().amount(), TOL);
  }

  @Test
  void exportedPvIsNettedOnlyWhereAPackAllowsItAndNeverBelowZero() {
    // Fictional Shanghai pack with netExportedPv: grid 100 000 − exported 5 000 = 95 000 kWh × 0.5366 = 50 977 kg.
    RuleContext ctx = RuleContext.of(CarbonFixtures.registryWith(CarbonFixtures.shanghaiOptIn()), XUHUI,
        LocalDate.of(2022, 12, 31));
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "100000"), use(Carrier.PV_EXPORTED, Y2022, "5000", "kWh")))
        .withFactorSets(List.of(MEE_NATIONAL));
    CarbonResult r = CarbonAccounting.in(ctx).account(SCHOOL, Y2022, in);
    assertEquals(50_977, r.locationBased().get(0).kgCO2(), TOL);
    assertEquals(5_000, r.pvNettedKwh(), TOL);
    // Exported 150 000 > grid 100 000: netted down to zero, never negative; 50 000 kWh stay un-netted.
    CarbonInputs more = CarbonInputs.of(List.of(kwh(Y2022, "100000"), use(Carrier.PV_EXPORTED, Y2022, "150000", "kWh")))
        .withFactorSets(List.of(MEE_NATIONAL));
    CarbonResult r2 = CarbonAccounting.in(ctx).account(SCHOOL, Y2022, more);
    assertEquals(0, r2.locationBased().get(0).kgCO2());
    assertEquals(100_000, r2.pvNettedKwh(), TOL);
  }

  @Test
  void theUnverified2021ResidualRowIsRefusedByDefaultAndAcceptedWithConsent() {
    // 2021 CN-RESIDUAL 0.5942 is UNVERIFIED: the market-based figure needs consent.
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2021, "1000000"))).withMarketBased(List.of(), List.of());
    RulePackException e = assertThrows(RulePackException.class, () -> carbon(2021).account(SCHOOL, Y2021, in));
    assertEquals(RulePackException.UNVERIFIED, e.errorCode());
    // With consent: 1 000 000 × 0.5942 = 594 200 kg.
    CarbonResult r = CarbonAccounting.in(context(XUHUI, 2021).withPolicy(VerificationPolicy.ALLOW_UNVERIFIED))
        .account(SCHOOL, Y2021, in);
    MarketBasedScope2 m = r.marketBased().orElseThrow();
    assertEquals(594_200, m.kgCO2(), TOL);
    AppliedRule row = m.line(Carrier.ELECTRICITY).orElseThrow().factorRule();
    assertEquals(Verification.UNVERIFIED, row.verification());
    // The location-based 2021 national figure is SECONDARY and needs no consent: 1 000 000 × 0.5568.
    assertEquals(556_800, carbon(2021).account(SCHOOL, Y2021, electricity(Y2021, "1000000", MEE_NATIONAL))
        .locationBased().get(0).kgCO2(), TOL);
  }

  @Test
  void theBatchApiGetsTheFactorsResolvedOnce() {
    CarbonAccounting c = carbon(2022);
    CarrierWeights w = c.scope1().weights();
    assertEquals("kgCO2", w.unit());
    assertEquals(2.162, w.weight(Carrier.NATURAL_GAS).orElseThrow(), 0);
    assertEquals(3.096, w.weight(Carrier.DIESEL).orElseThrow(), 0);
    assertEquals(3.101, w.weight(Carrier.LPG).orElseThrow(), 0);
    assertEquals(2.925, w.weight(Carrier.GASOLINE).orElseThrow(), 0);
    assertFalse(w.weight(Carrier.KEROSENE).isPresent(), "a fuel without a row has no weight, never zero");
    assertEquals(0, w.weight(Carrier.ELECTRICITY).orElseThrow(), 0);
    assertEquals(4, w.rules().size());

    EmissionFactor sh = c.scope2().electricity(MEE_SHANGHAI);
    assertEquals(0.5849, sh.asDouble(), 0);
    assertEquals("kgCO2/kWh", sh.unit());
    assertEquals(List.of("cn.mee.grid-factors.2022@1.0.0/electricity[310000]"), names(sh.rules()));
    EmissionFactor residual = c.scope2().marketResidual();
    assertEquals(0.5856, residual.asDouble(), 0);
    assertEquals(List.of("cn.scope2-accounting@1.0.0/residualRegion", "cn.mee.grid-factors.2022@1.0.0/electricity[CN-RESIDUAL]"),
        names(residual.rules()));
    assertEquals(0.06, c.scope2().heat(SH_REPORTING).asDouble(), 0);
    assertEquals(0.11, c.scope2().heat(MEE_NATIONAL).asDouble(), 0);
    assertEquals(3.101, c.scope1().factor(Carrier.LPG).asDouble(), 0);

    CarrierWeights loc = c.scope2().locationWeights(SH_REPORTING);
    assertEquals(0.42, loc.weight(Carrier.ELECTRICITY).orElseThrow(), 0);
    assertEquals(0.06, loc.weight(Carrier.HEAT).orElseThrow(), 0);
    assertEquals(0, loc.weight(Carrier.PV_SELF_CONSUMED).orElseThrow(), 0);
    assertFalse(loc.weight(Carrier.STEAM).isPresent());
  }

  @Test
  void aResultBecomesAnAssessmentAndItsInputsRoundTrip() {
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "1234567"), use(Carrier.NATURAL_GAS, Y2022, "1000", "m3")))
        .withFactorSets(List.of(SH_REPORTING, MEE_NATIONAL))
        .withMarketBased(List.of(new GreenPowerPurchase(Y2022, Measure.of("1000", "kWh"), true, false)),
            List.of(new GreenCertificates(Y2022, Measure.of("1", "MWh"))));
    CarbonResult r = carbon(2022).account(SCHOOL, Y2022, in);
    Assessment a = r.toAssessment(Instant.parse("2023-02-01T00:00:00Z"));
    assertEquals("anxiao.energy.carbon", a.calculator());
    assertEquals(r.rulesApplied(), a.rulesApplied());
    assertTrue(a.packs().contains(PackRef.of("sh.sthj.reporting-factors", "1.0.0")));

    AnxiaoJson json = AnxiaoJson.strict();
    assertEquals(in, json.read(json.write(in), CarbonInputs.class));
    assertEquals(r, json.read(json.write(r), CarbonResult.class), "the result keeps its factors on the wire");
    String wire = json.write(MEE_NATIONAL);
    assertEquals("{\"kind\":\"anxiao.energy.grid-factors.mee\",\"region\":\"CN\"}", wire);
    assertEquals(CarbonInputs.of(List.of(kwh(Y2022, "5"))),
        json.read("{\"consumptions\":[{\"carrier\":\"ELECTRICITY\",\"period\":\"2022\",\"amount\":{\"value\":\"5\",\"unit\":\"kWh\"}}]}",
            CarbonInputs.class), "optional fields may be absent");
  }

  @Test
  void aCallersOwnFactorSeriesIsAKindOfItsOwn() {
    // A fictional campus series (tests only): 0.5 kgCO₂/kWh for row CN; 2 000 kWh × 0.5 = 1 000 kg,
    // beside MEE national 2 000 × 0.5366 = 1 073.2 kg.
    org.anxiao.core.rule.RuleKind<GridFactorRule> campus = GridFactorRule.kind("test.grid-factors.campus");
    org.anxiao.core.rule.RulePack pack = CarbonFixtures.pack("""
        {"schemaVersion":"1.0","id":"test.campus-factors","version":"1.0.0","kind":"test.grid-factors.campus",
         "title":{"zh":"虚构测试包","en":"Fictional TEST pack"},"jurisdiction":"CN","validFrom":"2022-01-01",
         "source":{"issuer":"测试","document":"Fictional TEST pack","year":2024},"verification":"SECONDARY",
         "parameters":{"electricity":{"type":"decimal-table","unit":"kgCO2/kWh","rows":{"CN":{"value":"0.5"}}}}}
        """);
    org.anxiao.core.rule.RulePackRegistry registry = org.anxiao.core.rule.RulePackRegistry.builder()
        .addClassPath(getClass().getClassLoader()).kind(campus).add(pack).build();
    FactorSet own = FactorSet.of(campus, GridRegion.NATIONAL);
    CarbonResult r = CarbonAccounting.in(RuleContext.of(registry, XUHUI, LocalDate.of(2022, 12, 31)))
        .account(SCHOOL, Y2022, electricity(Y2022, "2000", own, MEE_NATIONAL));
    assertEquals(1_000, r.locationBased(own).orElseThrow().kgCO2(), TOL);
    assertEquals(1_073.2, r.locationBased(MEE_NATIONAL).orElseThrow().kgCO2(), TOL);
  }

  @Test
  void estimatedAmountsAreFlagged() {
    CarbonInputs in = CarbonInputs.of(List.of(kwh(Y2022, "100"), kwh(Y2022, "50").asEstimated()))
        .withFactorSets(List.of(MEE_NATIONAL));
    CarbonResult r = carbon(2022).account(SCHOOL, Y2022, in);
    assertTrue(r.anyEstimated());
    assertEquals(50, r.locationBased().get(0).line(Carrier.ELECTRICITY).orElseThrow().estimatedAmount(), TOL);
  }

  private static double tonnes(LocationBasedScope2 figure) {
    return figure.emissions().to(AnxiaoUnits.TONNE_CO2E).getValue().doubleValue();
  }

  static String name(AppliedRule r) {
    return r.pack() + "/" + r.parameter();
  }

  static List<String> names(List<AppliedRule> rules) {
    return rules.stream().map(CarbonAccountingTest::name).toList();
  }
}

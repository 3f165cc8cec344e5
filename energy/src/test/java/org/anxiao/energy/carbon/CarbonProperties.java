package org.anxiao.energy.carbon;

import static org.anxiao.energy.carbon.CarbonFixtures.MEE_NATIONAL;
import static org.anxiao.energy.carbon.CarbonFixtures.MEE_SHANGHAI;
import static org.anxiao.energy.carbon.CarbonFixtures.SCHOOL;
import static org.anxiao.energy.carbon.CarbonFixtures.SH_REPORTING;
import static org.anxiao.energy.carbon.CarbonFixtures.XUHUI;
import static org.anxiao.energy.carbon.CarbonFixtures.Y2022;
import static org.anxiao.energy.carbon.CarbonFixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RulePackRegistry;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.anxiao.energy.testkit.ConsumptionGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the account. Tolerances for the double path, with ε = 2⁻⁵³: a sum of n products
 * amount × factor, each rounded once and added in order, is within (n + 1)·ε·Σ|amount × factor| of
 * the exact decimal sum (a conversion of each decimal input to double adds ε per operand, so we
 * allow 4(n + 2)·ε·Σ); additivity compares two such sums with their sum, within the same bound
 * over all rows.
 */
class CarbonProperties {
  private static final double EPS = Math.ulp(1.0) / 2;
  private static final CarbonAccounting CARBON_2022 = CarbonAccounting.in(context(XUHUI, 2022));
  private static final List<Carrier> CARRIERS =
      List.of(Carrier.ELECTRICITY, Carrier.HEAT, Carrier.NATURAL_GAS, Carrier.DIESEL, Carrier.LPG, Carrier.GASOLINE);

  private static Gen<Consumption> consumptions() {
    return ConsumptionGenerators.consumptions(CARRIERS, Y2022);
  }

  private static Gen<List<Consumption>> sets() {
    return ConsumptionGenerators.listsOf(CARRIERS, Y2022, 12);
  }

  private static CarbonResult account(List<Consumption> in) {
    return CARBON_2022.account(SCHOOL, Y2022, inputs(in));
  }

  private static CarbonInputs inputs(List<Consumption> in) {
    return CarbonInputs.of(in).withFactorSets(List.of(MEE_SHANGHAI, SH_REPORTING, MEE_NATIONAL))
        .withMarketBased(List.of(), List.of());
  }

  /** Every figure of a result: Scope 1, each location-based, market-based. */
  private static double[] figures(CarbonResult r) {
    List<Double> out = new ArrayList<>();
    out.add(r.scope1Kg());
    r.locationBased().forEach(l -> out.add(l.kgCO2()));
    out.add(r.marketBased().orElseThrow().kgCO2());
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static List<Consumption> concat(List<Consumption> a, List<Consumption> b) {
    List<Consumption> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void emissionsAreMonotoneInConsumption() {
    qt().withExamples(150).forAll(sets(), consumptions()).checkAssert((base, extra) -> {
      double[] before = figures(account(base));
      double[] after = figures(account(concat(base, List.of(extra))));
      for (int i = 0; i < before.length; i++) {
        assertTrue(after[i] >= before[i], "figure " + i + ": " + before[i] + " → " + after[i]);
      }
    });
  }

  @Test
  void emissionsAreAdditiveInConsumption() {
    qt().withExamples(150).forAll(sets(), sets()).checkAssert((a, b) -> {
      double[] x = figures(account(a));
      double[] y = figures(account(b));
      double[] both = figures(account(concat(a, b)));
      int n = a.size() + b.size();
      for (int i = 0; i < both.length; i++) {
        double tolerance = 4 * (n + 2) * EPS * (x[i] + y[i]);
        assertEquals(x[i] + y[i], both[i], tolerance, "figure " + i);
      }
    });
  }

  @Test
  void theDoublePathAgreesWithAnExactDecimalReference() {
    // Reference: Σ amount × factor in exact decimals, with the factors of the packs as written.
    BigDecimal mee = new BigDecimal("0.5849");
    BigDecimal residual = new BigDecimal("0.5856");
    BigDecimal heatDefault = new BigDecimal("0.11");
    qt().withExamples(200).forAll(sets()).checkAssert(in -> {
      CarbonResult r = account(in);
      BigDecimal scope1 = BigDecimal.ZERO;
      BigDecimal location = BigDecimal.ZERO;
      BigDecimal market = BigDecimal.ZERO;
      for (Consumption c : in) {
        BigDecimal a = c.exactValue();
        switch (c.carrier()) {
          case ELECTRICITY -> {
            location = location.add(a.multiply(mee));
            market = market.add(a.multiply(residual));
          }
          case HEAT -> {
            location = location.add(a.multiply(heatDefault));
            market = market.add(a.multiply(heatDefault));
          }
          default -> scope1 = scope1.add(a.multiply(new BigDecimal(r.scope1Line(c.carrier()).orElseThrow().factorRule().value())));
        }
      }
      double tolerance = 4 * (in.size() + 2) * EPS;
      assertEquals(scope1.doubleValue(), r.scope1Kg(), tolerance * scope1.doubleValue());
      assertEquals(location.doubleValue(), r.locationBased(MEE_SHANGHAI).orElseThrow().kgCO2(),
          tolerance * location.doubleValue());
      assertEquals(market.doubleValue(), r.marketBased().orElseThrow().kgCO2(), tolerance * market.doubleValue());
    });
  }

  @Test
  void resultsDoNotChangeWhenANewerPackIsRegistered() {
    RulePackRegistry newer = CarbonFixtures.registryWith(CarbonFixtures.newerMee2022());
    RuleContext later = RuleContext.of(newer, XUHUI, LocalDate.of(2022, 12, 31));
    qt().withExamples(100).forAll(sets()).checkAssert(in -> {
      CarbonResult before = account(in);
      String digest = before.toAssessment(java.time.Instant.EPOCH).inputsDigest();
      // Pinning the packs the result names, on the registry that now holds the newer pack, reproduces it.
      RuleContext pinned = later;
      for (PackRef p : before.packs()) {
        pinned = pinned.pin(p);
      }
      CarbonResult again = CarbonAccounting.in(pinned).account(SCHOOL, Y2022, inputs(in));
      assertEquals(before, again);
      assertEquals(digest, again.toAssessment(java.time.Instant.EPOCH).inputsDigest());
      // The result itself still names the values it was computed with.
      assertTrue(before.rulesApplied().stream().noneMatch(r -> r.pack().version().toString().equals("1.1.0")));
      // Unpinned, the newer pack applies (the fictional 1.1.0 has other values).
      boolean hasScope2 = in.stream().anyMatch(c -> c.carrier() == Carrier.ELECTRICITY || c.carrier() == Carrier.HEAT);
      if (hasScope2) {
        CarbonResult fresh = CarbonAccounting.in(later).account(SCHOOL, Y2022, inputs(in));
        assertTrue(fresh.packs().contains(PackRef.of("cn.mee.grid-factors.2022", "1.1.0")));
        assertNotEquals(before.rulesApplied(), fresh.rulesApplied());
      }
    });
  }

  @Test
  void greenPowerNeverMakesTheMarketFigureNegativeOrLargerThanWithout() {
    qt().withExamples(150).forAll(integers().between(0, 10_000_000), integers().between(0, 100)).checkAssert((kwh, pct) -> {
      long green = (long) kwh * pct / 100;
      CarbonInputs in = CarbonInputs.of(List.of(CarbonFixtures.kwh(Y2022, Integer.toString(kwh)))).withMarketBased(
          List.of(new GreenPowerPurchase(Y2022, Measure.of(Long.toString(green), "kWh"), true, false)), List.of());
      MarketBasedScope2 m = CARBON_2022.account(SCHOOL, Y2022, in).marketBased().orElseThrow();
      assertTrue(m.kgCO2() >= 0);
      assertEquals(kwh, m.greenPowerKwh() + m.residualKwh(), 1e-6);
      assertTrue(m.kgCO2() <= kwh * 0.5856 * (1 + 4 * EPS));
    });
  }
}

package org.anxiao.energy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.anxiao.core.time.Period;
import org.anxiao.core.unit.Measure;
import org.anxiao.energy.carbon.CarbonInputs;
import org.anxiao.energy.carbon.GreenCertificates;
import org.anxiao.energy.carbon.GreenPowerPurchase;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.Consumption;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of carbon-accounting inputs ({@link CarbonInputs}): consumptions with on-site PV
 * (self-consumed and exported), green-power purchases (settled or not, via the designated exchange
 * or not) and green certificates, in any energy unit, all within one period. Valid by construction.
 */
public final class CarbonInputGenerators {
  private CarbonInputGenerators() {}

  /**
   * {@return green-power purchases of {@code period}: 0 to 10⁷ in an energy unit, each flag either way}
   *
   * @param period the period the power was delivered in
   */
  public static Gen<GreenPowerPurchase> greenPower(Period period) {
    return integers().between(0, 10_000_000).zip(CarrierGenerators.unitsOf(Carrier.ELECTRICITY), Generate.booleans(),
        Generate.booleans(), (a, u, settled, exchange) -> new GreenPowerPurchase(period, Measure.of(Integer.toString(a), u),
            settled, exchange));
  }

  /**
   * {@return green certificates of {@code period}: 0 to 10⁷ in an energy unit}
   *
   * @param period the period claimed
   */
  public static Gen<GreenCertificates> certificates(Period period) {
    return integers().between(0, 10_000_000).zip(CarrierGenerators.unitsOf(Carrier.ELECTRICITY),
        (a, u) -> new GreenCertificates(period, Measure.of(Integer.toString(a), u)));
  }

  /**
   * {@return consumptions of grid electricity, heat, fuels and on-site PV over {@code period}, one to 12}
   *
   * @param period the period
   */
  public static Gen<List<Consumption>> consumptionsWithPv(Period period) {
    List<Carrier> carriers = List.of(Carrier.ELECTRICITY, Carrier.PV_SELF_CONSUMED, Carrier.PV_EXPORTED, Carrier.HEAT,
        Carrier.NATURAL_GAS, Carrier.DIESEL, Carrier.LPG, Carrier.GASOLINE);
    return ConsumptionGenerators.listsOf(carriers, period, 12);
  }

  /**
   * {@return carbon inputs of {@code period}: consumptions with PV, and up to one green-power
   * purchase and one set of certificates that together stand for at most the grid electricity
   * (the calculator refuses more, {@code INVALID_VALUE} naming {@code certificates})}
   *
   * @param period the period of every input
   */
  public static Gen<CarbonInputs> inputs(Period period) {
    return consumptionsWithPv(period).zip(integers().between(0, 100), integers().between(0, 100), Generate.booleans(),
        (c, greenPct, certPct, settled) -> {
          java.math.BigDecimal grid = c.stream().filter(x -> x.carrier() == Carrier.ELECTRICITY).map(Consumption::exactValue)
              .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
          // The calculator sums the grid kWh in doubles, a few ulps below the exact sum at worst: shares
          // of the exact sum less one millionth never exceed it.
          java.math.BigDecimal usable = grid.multiply(new java.math.BigDecimal("0.999999"));
          java.math.BigDecimal green = share(usable, greenPct);
          java.math.BigDecimal certs = share(usable.subtract(green), certPct);
          return CarbonInputs.of(c).withMarketBased(
              List.of(new GreenPowerPurchase(period, new Measure(green, "kWh"), settled, true)),
              List.of(new GreenCertificates(period, new Measure(certs, "kWh"))));
        });
  }

  private static java.math.BigDecimal share(java.math.BigDecimal of, int percent) {
    return of.multiply(java.math.BigDecimal.valueOf(percent)).divide(java.math.BigDecimal.valueOf(100), 3,
        java.math.RoundingMode.DOWN);
  }
}

package org.anxiao.energy.carbon;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import javax.measure.Quantity;
import org.anxiao.core.internal.Bounds;
import org.anxiao.core.internal.Require;
import org.anxiao.core.rule.AppliedRule;
import org.anxiao.core.rule.PackRef;
import org.anxiao.core.unit.AnxiaoUnits;
import org.anxiao.core.unit.CarbonMass;
import org.anxiao.energy.carrier.Carrier;

/**
 * Market-based Scope 2 (基于市场的范围二排放) by {@link Scope2AccountingRule}: of the grid electricity,
 * settled green power (绿电) and unbundled certificates (绿证) count at zero where the pack says so; the
 * rest is multiplied by the residual-mix row ({@code residualRegion}, {@code CN-RESIDUAL}) of the MEE
 * factors of the year; heat as in the location-based figure.
 *
 * <p>Invariants: every number finite and zero or more; {@code greenPowerKwh + certificatesKwh +
 * residualKwh = gridKwh} (the instruments counted never exceed the grid electricity: more is refused);
 * {@code kgCO2} the sum of the lines. Immutable and thread-safe.
 *
 * @param residual        the MEE factor set and the residual-mix row used
 * @param gridKwh         grid electricity of the period, kWh (after exported PV where the pack nets it)
 * @param greenPowerKwh   green power counted at zero, kWh
 * @param certificatesKwh electricity covered by certificates counted at zero, kWh
 * @param notCountedKwh   green power and certificates the pack does not count at zero (unsettled, not
 *                        via the designated exchange where required, or a flag off), kWh
 * @param residualKwh     the rest, multiplied by the residual-mix factor, kWh
 * @param lines           kgCO₂ by carrier (Scope 2)
 * @param heatSource      where the heat factor came from, when heat was bought
 * @param kgCO2           the total, kgCO₂
 * @param rules           the rule values used, in first-use order
 * @param packs           the packs the figure was bound from
 */
public record MarketBasedScope2(FactorSet residual, double gridKwh, double greenPowerKwh, double certificatesKwh,
    double notCountedKwh, double residualKwh, List<EmissionLine> lines, Optional<HeatFactorSource> heatSource,
    double kgCO2, List<AppliedRule> rules, List<PackRef> packs) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param residual        the residual-mix set and row
   * @param gridKwh         grid electricity, kWh
   * @param greenPowerKwh   green power counted at zero, kWh
   * @param certificatesKwh certificates counted at zero, kWh
   * @param notCountedKwh   instruments not counted at zero, kWh
   * @param residualKwh     the rest, kWh
   * @param lines           kgCO₂ by carrier
   * @param heatSource      where the heat factor came from, if any
   * @param kgCO2           the total
   * @param rules           the rule values used
   * @param packs           the packs bound
   */
  public MarketBasedScope2 {
    Require.nonNull("residual", residual);
    nonNegative("gridKwh", gridKwh);
    nonNegative("greenPowerKwh", greenPowerKwh);
    nonNegative("certificatesKwh", certificatesKwh);
    nonNegative("notCountedKwh", notCountedKwh);
    nonNegative("residualKwh", residualKwh);
    Require.that(greenPowerKwh + certificatesKwh <= gridKwh, "greenPowerKwh", greenPowerKwh + certificatesKwh,
        "green power and certificates counted at zero must not exceed the grid electricity");
    lines = Bounds.list("lines", lines);
    Require.nonNull("heatSource", heatSource);
    nonNegative("kgCO2", kgCO2);
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
  }

  private static void nonNegative(String field, double value) {
    Require.that(Bounds.decimal(field, value) >= 0, field, value, "must be zero or more");
  }

  /** {@return the total as a quantity in kgCO₂e} */
  @JsonIgnore
  public Quantity<CarbonMass> emissions() {
    return AnxiaoUnits.of(kgCO2, AnxiaoUnits.KILOGRAM_CO2E);
  }

  /** {@return the electricity counted at zero (green power and certificates), kWh} */
  @JsonIgnore
  public double zeroRatedKwh() {
    return greenPowerKwh + certificatesKwh;
  }

  /**
   * {@return the line of {@code carrier}, if any}
   *
   * @param carrier the carrier
   */
  public Optional<EmissionLine> line(Carrier carrier) {
    Require.nonNull("carrier", carrier);
    return lines.stream().filter(l -> l.carrier() == carrier).findFirst();
  }
}

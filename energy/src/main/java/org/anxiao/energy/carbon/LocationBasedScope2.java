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
 * Location-based Scope 2 under one factor set (基于位置的范围二排放): grid electricity × the set's row,
 * purchased heat × the set's heat factor or the default one.
 *
 * <p>Invariants: {@code kgCO2} is the sum of the lines' kgCO₂, finite and zero or more; lines in
 * {@link Carrier} order (electricity, then heat); {@code heatSource} present exactly when there is a
 * heat line. Immutable and thread-safe.
 *
 * @param factorSet  the factor set and row asked for
 * @param lines      kgCO₂ by carrier (Scope 2)
 * @param heatSource where the heat factor came from, when heat was bought
 * @param kgCO2      the total, kgCO₂
 * @param rules      the rule values used, in first-use order
 * @param packs      the packs the figure was bound from
 */
public record LocationBasedScope2(FactorSet factorSet, List<EmissionLine> lines, Optional<HeatFactorSource> heatSource,
    double kgCO2, List<AppliedRule> rules, List<PackRef> packs) {
  /**
   * Creates the record after checking each component against its documented domain.
   *
   * @param factorSet  the factor set and row
   * @param lines      kgCO₂ by carrier
   * @param heatSource where the heat factor came from, if any
   * @param kgCO2      the total, zero or more
   * @param rules      the rule values used
   * @param packs      the packs bound
   */
  public LocationBasedScope2 {
    Require.nonNull("factorSet", factorSet);
    lines = Bounds.list("lines", lines);
    Require.nonNull("heatSource", heatSource);
    Require.that(Bounds.decimal("kgCO2", kgCO2) >= 0, "kgCO2", kgCO2, "must be zero or more");
    rules = Bounds.list("rules", rules);
    packs = Bounds.list("packs", packs);
  }

  /** {@return the total as a quantity in kgCO₂e} */
  @JsonIgnore
  public Quantity<CarbonMass> emissions() {
    return AnxiaoUnits.of(kgCO2, AnxiaoUnits.KILOGRAM_CO2E);
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

package org.anxiao.energy.batch;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anxiao.core.jurisdiction.JurisdictionCode;
import org.anxiao.core.rule.RuleContext;
import org.anxiao.core.rule.RuleTrace;
import org.anxiao.core.rule.VerificationPolicy;
import org.anxiao.energy.carbon.EmissionFactorRule;
import org.anxiao.energy.carrier.Carrier;
import org.anxiao.energy.carrier.CarrierWeights;
import org.anxiao.energy.carrier.ElectricityBasis;
import org.anxiao.energy.coal.CoalEquivalents;

/** Factors for batch tests, read from the bundled packs for Beijing (110000) on 2024-12-31. */
final class BatchFixtures {
  static final RuleContext CONTEXT = RuleContext.standard(JurisdictionCode.of("110000"), LocalDate.of(2024, 12, 31));
  static final CoalEquivalents COAL = CoalEquivalents.in(CONTEXT);

  private BatchFixtures() {}

  /** Scope 1 kgCO₂ per carrier unit of the fuels the NDRC pack gives factors for. */
  static CarrierWeights scope1() {
    EmissionFactorRule rule = CONTEXT.bind(EmissionFactorRule.KIND).value();
    RuleTrace trace = RuleTrace.under(VerificationPolicy.DEFAULT);
    Map<Carrier, Double> w = new EnumMap<>(Carrier.class);
    for (Carrier c : rule.byVolume().value().keys()) {
      w.put(c, trace.row(rule.byVolume(), c).doubleValue());
    }
    for (Carrier c : rule.byMass().value().keys()) {
      w.put(c, trace.row(rule.byMass(), c).doubleValue());
    }
    return CarrierWeights.of("kgCO2", w, trace.applied());
  }

  /** {@code schools} schools, all with grid 0.5366, residual 0.5856, heat 0.11 and the given areas. */
  static BatchFactors factors(ElectricityBasis basis, double... area) {
    int n = area.length;
    double[] grid = new double[n];
    double[] residual = new double[n];
    double[] heat = new double[n];
    java.util.Arrays.fill(grid, 0.5366);
    java.util.Arrays.fill(residual, 0.5856);
    java.util.Arrays.fill(heat, 0.11);
    return BatchFactors.of(basis, COAL.weights(basis), scope1(), grid, residual, heat, area, List.of());
  }
}

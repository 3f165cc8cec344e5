package org.anxiao.energy.conformance;

import java.util.Map;
import java.util.stream.Stream;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector file of {@code conformance/energy/} through the library, with core's runner:
 * per file its schema, header and data-file checks and one dynamic test per vector. A file without
 * a runner, or a runner without a file, fails.
 */
class EnergyConformanceTest {
  /** The artifact whose jar carries the packs the energy vectors name. */
  static final String ENERGY_ARTIFACT = "org.anxiao:anxiao-energy";

  /** Vector file name → its calculator, runner and tables. */
  static final Map<String, Calculator> CALCULATORS = Map.ofEntries(
      Map.entry("coal-equivalent.json", CoalEquivalentVectors.CALCULATOR),
      Map.entry("water-balance.json", WaterBalanceVectors.CALCULATOR),
      Map.entry("carbon.json", CarbonVectors.CALCULATOR),
      Map.entry("intensity.json", IntensityVectors.CALCULATOR),
      Map.entry("dual-control.json", DualControlVectors.CALCULATOR));

  @TestFactory
  Stream<DynamicNode> vectors() {
    return ConformanceRunner.forFolder("energy", CALCULATORS).filesAndRunners();
  }
}

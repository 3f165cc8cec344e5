package org.anxiao.safety.conformance;

import java.util.Map;
import java.util.stream.Stream;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector file of {@code conformance/safety/} through the library, with core's runner:
 * per file its schema, header and data-file checks and one dynamic test per vector. A file without
 * a runner, or a runner without a file, fails.
 */
class SafetyConformanceTest {
  /** The artifact whose jar carries the packs the safety vectors name. */
  static final String SAFETY_ARTIFACT = "org.anxiao:anxiao-safety";

  /** Vector file name → its calculator, runner and tables. */
  static final Map<String, Calculator> CALCULATORS = Map.ofEntries(
      Map.entry("hazard-checks.json", HazardCheckVectors.CALCULATOR),
      Map.entry("register-kpis.json", RegisterKpiVectors.CALCULATOR),
      Map.entry("lec.json", LecVectors.CALCULATOR),
      Map.entry("risk-matrix.json", RiskMatrixVectors.CALCULATOR),
      Map.entry("major-fire-hazard.json", MajorFireHazardVectors.CALCULATOR),
      Map.entry("defence.json", DefenceVectors.CALCULATOR),
      Map.entry("chemical-flags.json", ChemicalFlagVectors.CALCULATOR),
      Map.entry("chemical-storage.json", ChemicalStorageVectors.CALCULATOR),
      Map.entry("zone.json", ZoneVectors.CALCULATOR),
      Map.entry("staffing.json", StaffingVectors.CALCULATOR)
  );

  @TestFactory
  Stream<DynamicNode> vectors() {
    return ConformanceRunner.forFolder("safety", CALCULATORS).filesAndRunners();
  }
}

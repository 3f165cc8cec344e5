package org.anxiao.logistics.conformance;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.anxiao.core.conformance.ConformanceRunner;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector file of {@code conformance/logistics/} through the library, with core's runner:
 * per file its schema, header and data-file checks and one dynamic test per vector. A file without
 * a runner, or a runner without a file, fails.
 */
class LogisticsConformanceTest {
  /** The artifact whose jar carries the packs the logistics vectors name. */
  static final String LOGISTICS_ARTIFACT = "org.anxiao:anxiao-logistics";

  /** Vector file name → its calculator, runner and tables. */
  static final Map<String, Calculator> CALCULATORS = calculators();

  private static Map<String, Calculator> calculators() {
    Map<String, Calculator> files = new TreeMap<>();
    files.put("canteen-accounting.json", CanteenAccountingVectors.CALCULATOR);
    files.put("food-safety-log.json", FoodSafetyLogVectors.CALCULATOR);
    files.put("food-traceability.json", FoodTraceabilityVectors.CALCULATOR);
    files.put("food-waste.json", FoodWasteVectors.CALCULATOR);
    files.put("waste-sorting.json", WasteSortingVectors.CALCULATOR);
    files.put("dormitory-occupancy.json", DormitoryVectors.CALCULATOR);
    files.put("dormitory-night-duty.json", NightDutyVectors.CALCULATOR);
    files.put("sixt.json", SixTVectors.CALCULATOR);
    files.put("emergency-supplies.json", SuppliesVectors.CALCULATOR);
    files.put("greening.json", GreeningVectors.CALCULATOR);
    return Map.copyOf(files);
  }

  @TestFactory
  Stream<DynamicNode> vectors() {
    return ConformanceRunner.forFolder("logistics", CALCULATORS).filesAndRunners();
  }
}

package org.anxiao.logistics.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.logistics.food.DayLogCheck;
import org.anxiao.logistics.food.FoodSafetyDayLog;
import org.anxiao.logistics.food.FoodSafetyLogs;

/**
 * Runs {@code conformance/logistics/food-safety-log.json}: the day-log check. Input {@code log} (the wire
 * form of {@link FoodSafetyDayLog}); expected {@code findings}, each {@code "code subject pack@version/parameter"}
 * in order.
 */
final class FoodSafetyLogVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.food-safety-log", FoodSafetyLogVectors::run,
      Set.of(), LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private FoodSafetyLogVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    VectorOutcomes.expect(test, () -> {
      FoodSafetyLogs logs = FoodSafetyLogs.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, logs.packs());
      return logs.check(VectorOutcomes.bind(test.path("input").path("log"), FoodSafetyDayLog.class));
    }, (DayLogCheck c, JsonNode expected) -> FoodVectorContexts.checkFindings(expected, c.findings()));
  }
}

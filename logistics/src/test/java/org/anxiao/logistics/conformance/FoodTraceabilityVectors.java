package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.logistics.food.FoodTraceability;
import org.anxiao.logistics.food.PurchaseLedger;
import org.anxiao.logistics.food.TraceabilityCheck;

/**
 * Runs {@code conformance/logistics/food-traceability.json}: the traceability check. Input {@code ledger}
 * (the wire form of {@link PurchaseLedger}); expected {@code onlineRate} and {@code completenessRate}
 * (decimal strings to 4 places, or null when there are no purchases), {@code online}, {@code complete},
 * {@code offline}, {@code missing} (level → purchase ids) and {@code findings}.
 */
final class FoodTraceabilityVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.food-traceability",
      FoodTraceabilityVectors::run, Set.of(), LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private FoodTraceabilityVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    VectorOutcomes.expect(test, () -> {
      FoodTraceability f = FoodTraceability.in(VectorOutcomes.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, f.packs());
      return f.check(VectorOutcomes.bind(test.path("input").path("ledger"), PurchaseLedger.class));
    }, (TraceabilityCheck c, JsonNode expected) -> {
      rate("onlineRate", expected.path("onlineRate"), c.onlineRate());
      rate("completenessRate", expected.path("completenessRate"), c.completenessRate());
      assertEquals(expected.path("online").asInt(), c.online(), "online");
      assertEquals(expected.path("complete").asInt(), c.complete(), "complete");
      assertEquals(VectorOutcomes.texts(expected.path("offline")), c.offline(), "offline");
      Map<String, Object> missing = new TreeMap<>();
      expected.path("missing").properties().forEach(e -> missing.put(e.getKey(), VectorOutcomes.texts(e.getValue())));
      Map<String, Object> actual = new TreeMap<>();
      c.missing().forEach((k, v) -> actual.put(k.name(), v));
      assertEquals(missing, actual, "missing");
      FoodVectorContexts.checkFindings(expected, c.findings());
    });
  }

  private static void rate(String what, JsonNode expected, Optional<BigDecimal> actual) {
    if (expected.isNull()) {
      assertTrue(actual.isEmpty(), what + " should be empty, was " + actual);
    } else {
      assertEquals(expected.asText(), actual.orElseThrow().toPlainString(), what);
    }
  }
}

package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.logistics.waste.FoodWasteMeasure;
import org.anxiao.logistics.waste.FoodWasteMeasures;
import org.anxiao.logistics.waste.FoodWasteRecord;
import org.anxiao.logistics.waste.FoodWasteResult;
import org.anxiao.logistics.waste.FoodWasteTrend;
import org.anxiao.logistics.waste.MeasureChange;

/**
 * Runs {@code conformance/logistics/food-waste.json}: the measures of {@code input.record}, or with
 * {@code input.terms} the trend; only the keys present in {@code expected} are compared.
 */
final class FoodWasteVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.food-waste", FoodWasteVectors::run, Set.of(),
      LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private FoodWasteVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode params = group.path("parameters");
    JsonNode input = test.path("input");
    if (input.has("terms")) {
      VectorOutcomes.expect(test, () -> {
        List<FoodWasteRecord> terms = new ArrayList<>();
        input.path("terms").forEach(t -> terms.add(VectorOutcomes.bind(t, FoodWasteRecord.class)));
        return FoodWasteMeasures.in(VectorOutcomes.context(file, params)).trend(terms);
      }, (trend, expected) -> checkTrend(params, trend, expected));
    } else {
      VectorOutcomes.expect(test, () -> FoodWasteMeasures.in(VectorOutcomes.context(file, params))
          .measure(VectorOutcomes.bind(input.path("record"), FoodWasteRecord.class)),
          (r, expected) -> checkOne(params, r, expected));
    }
  }

  private static void checkOne(JsonNode params, FoodWasteResult r, JsonNode expected) {
    VectorOutcomes.checkPacks(params, r.packs());
    WasteVectorContexts.checkOptional("plateWastePerMeal", expected.path("plateWastePerMeal"),
        r.figures().plateWastePerMeal());
    WasteVectorContexts.checkOptional("lossRate", expected.path("lossRate"), r.figures().lossRate());
    WasteVectorContexts.checkOptional("cleanTrayRate", expected.path("cleanTrayRate"), r.figures().cleanTrayRate());
    if (expected.has("targetsChecked")) {
      assertEquals(new TreeSet<>(VectorOutcomes.texts(expected.path("targetsChecked"))),
          new TreeSet<>(r.targetsChecked().stream().map(FoodWasteMeasure::name).toList()), "targetsChecked");
    }
    WasteVectorContexts.checkFindings(expected, r.findings());
    WasteVectorContexts.checkRules(expected, r.rulesApplied());
  }

  private static void checkTrend(JsonNode params, FoodWasteTrend trend, JsonNode expected) {
    JsonNode terms = expected.path("terms");
    if (terms.isArray()) {
      assertEquals(terms.size(), trend.terms().size(), "terms");
      for (int i = 0; i < terms.size(); i++) {
        checkOne(params, trend.terms().get(i), terms.get(i));
      }
    }
    JsonNode changes = expected.path("changes");
    assertEquals(changes.size(), trend.changes().size(), "changes");
    for (int i = 0; i < changes.size(); i++) {
      JsonNode want = changes.get(i);
      MeasureChange got = trend.changes().get(i);
      String at = "changes[" + i + "]";
      assertEquals(want.path("measure").asText(), got.measure().name(), at + ".measure");
      WasteVectorContexts.checkOptional(at + ".change", want.path("change"), got.change());
      assertEquals(want.path("direction").asText(), got.direction().name(), at + ".direction");
    }
  }
}

package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.logistics.waste.StreamShare;
import org.anxiao.logistics.waste.WasteFigures;
import org.anxiao.logistics.waste.WasteMeasure;
import org.anxiao.logistics.waste.WasteRecord;
import org.anxiao.logistics.waste.WasteSorting;
import org.anxiao.logistics.waste.WasteSortingResult;

/**
 * Runs {@code conformance/logistics/waste-sorting.json}: the figures of {@code input.record} (a
 * {@code waste-record} document, read against its schema); only the keys present in {@code expected}
 * are compared.
 */
final class WasteSortingVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.waste-sorting", WasteSortingVectors::run,
      Set.of(WasteRecord.SCHEMA_RESOURCE), LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private WasteSortingVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode params = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> WasteSorting.in(VectorOutcomes.context(file, params))
        .sort(WasteRecord.fromJson(input.path("record").toString())), (r, expected) -> check(params, r, expected));
  }

  private static void check(JsonNode params, WasteSortingResult r, JsonNode expected) {
    VectorOutcomes.checkPacks(params, r.packs());
    WasteFigures f = r.figures();
    if (expected.has("totalKg")) {
      VectorOutcomes.assertDecimal("totalKg", expected.path("totalKg"), f.totalKg());
    }
    if (expected.has("shares")) {
      JsonNode shares = expected.path("shares");
      assertEquals(new TreeSet<>(iterable(shares)), new TreeSet<>(f.streams().stream().map(s -> s.stream().name()).toList()),
          "streams in force");
      for (StreamShare s : f.streams()) {
        WasteVectorContexts.checkOptional("shares." + s.stream(), shares.path(s.stream().name()), s.share());
      }
    }
    WasteVectorContexts.checkOptional("sortingAccuracy", expected.path("sortingAccuracy"), f.sortingAccuracy());
    if (expected.has("recoveredKg")) {
      VectorOutcomes.assertDecimal("recoveredKg", expected.path("recoveredKg"), f.recoveredKg());
    }
    WasteVectorContexts.checkOptional("recyclingRate", expected.path("recyclingRate"), f.recyclingRate());
    WasteVectorContexts.checkOptional("wetOnSiteShare", expected.path("wetOnSiteShare"), f.wetOnSiteShare());
    WasteVectorContexts.checkOptional("perPersonDay", expected.path("perPersonDay"), f.perPersonDay());
    if (expected.has("targetsChecked")) {
      assertEquals(new TreeSet<>(VectorOutcomes.texts(expected.path("targetsChecked"))),
          new TreeSet<>(r.targetsChecked().stream().map(WasteMeasure::name).toList()), "targetsChecked");
    }
    WasteVectorContexts.checkFindings(expected, r.findings());
    WasteVectorContexts.checkRules(expected, r.rulesApplied());
  }

  private static java.util.List<String> iterable(JsonNode object) {
    java.util.List<String> out = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}

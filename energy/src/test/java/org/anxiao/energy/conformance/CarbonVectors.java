package org.anxiao.energy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.finding.Subject;
import org.anxiao.core.finding.SubjectKind;
import org.anxiao.core.time.Period;
import org.anxiao.energy.carbon.CarbonAccounting;
import org.anxiao.energy.carbon.CarbonInputs;
import org.anxiao.energy.carbon.CarbonResult;
import org.anxiao.energy.carbon.EmissionLine;
import org.anxiao.energy.carbon.HeatFactorSource;
import org.anxiao.energy.carbon.LocationBasedScope2;
import org.anxiao.energy.carbon.MarketBasedScope2;
import org.anxiao.energy.carrier.Carrier;

/**
 * Runs {@code conformance/energy/carbon.json}: consumptions, factor sets and market instruments →
 * Scope 1 by fuel, location-based Scope 2 per set, market-based Scope 2, PV, and the rule values read.
 */
final class CarbonVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.energy.carbon", CarbonVectors::run, Set.of(),
      EnergyConformanceTest.ENERGY_ARTIFACT);
  private static final List<String> REQUEST_FIELDS =
      List.of("consumptions", "factorSets", "marketBased", "greenPower", "certificates");

  private CarbonVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode input = test.path("input");
    Vectors.expect(test, () -> CarbonAccounting.in(CoalEquivalentVectors.context(input))
        .account(Subject.of(SubjectKind.SCHOOL, "conformance"), Period.parse(input.path("period").asText()), request(input)),
        CarbonVectors::check);
  }

  /** The input's request fields, read as {@link CarbonInputs} by the strict wire reader. */
  private static CarbonInputs request(JsonNode input) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    REQUEST_FIELDS.forEach(f -> {
      if (input.has(f)) {
        request.set(f, input.get(f));
      }
    });
    return Vectors.bind(request, CarbonInputs.class);
  }

  private static void check(CarbonResult result, JsonNode expected) {
    int decimals = expected.path("decimals").asInt();
    Vectors.assertRounded("scope1Kg", expected.path("scope1Kg"), result.scope1Kg(), decimals);
    JsonNode scope1 = expected.path("scope1");
    assertEquals(scope1.size(), result.scope1().size(), "number of Scope 1 lines");
    for (Map.Entry<String, JsonNode> e : scope1.properties()) {
      EmissionLine line = result.scope1Line(Carrier.valueOf(e.getKey()))
          .orElseThrow(() -> new AssertionError("no Scope 1 line " + e.getKey()));
      Vectors.assertRounded("scope1." + e.getKey(), e.getValue(), line.kgCO2(), decimals);
    }
    JsonNode location = expected.path("locationBased");
    assertEquals(location.size(), result.locationBased().size(), "number of location-based figures");
    for (int i = 0; i < location.size(); i++) {
      JsonNode want = location.get(i);
      LocationBasedScope2 got = result.locationBased().get(i);
      assertEquals(want.path("kind").asText(), got.factorSet().kind(), "locationBased[" + i + "].kind");
      assertEquals(want.path("region").asText(), got.factorSet().region().code(), "locationBased[" + i + "].region");
      Vectors.assertRounded("locationBased[" + i + "].kgCO2", want.path("kgCO2"), got.kgCO2(), decimals);
      assertEquals(heatSource(want), got.heatSource(), "locationBased[" + i + "].heatSource");
    }
    JsonNode market = expected.path("marketBased");
    assertEquals(!market.isMissingNode(), result.marketBased().isPresent(), "market-based figure present");
    if (!market.isMissingNode()) {
      MarketBasedScope2 m = result.marketBased().orElseThrow();
      assertEquals(market.path("residualRegion").asText(), m.residual().region().code(), "marketBased.residualRegion");
      Vectors.assertRounded("marketBased.gridKwh", market.path("gridKwh"), m.gridKwh(), decimals);
      Vectors.assertRounded("marketBased.greenPowerKwh", market.path("greenPowerKwh"), m.greenPowerKwh(), decimals);
      Vectors.assertRounded("marketBased.certificatesKwh", market.path("certificatesKwh"), m.certificatesKwh(), decimals);
      Vectors.assertRounded("marketBased.notCountedKwh", market.path("notCountedKwh"), m.notCountedKwh(), decimals);
      Vectors.assertRounded("marketBased.residualKwh", market.path("residualKwh"), m.residualKwh(), decimals);
      Vectors.assertRounded("marketBased.kgCO2", market.path("kgCO2"), m.kgCO2(), decimals);
      assertEquals(heatSource(market), m.heatSource(), "marketBased.heatSource");
    }
    JsonNode pv = expected.path("pv");
    checkPv("selfConsumedKwh", pv, result.pvSelfConsumedKwh(), decimals);
    checkPv("exportedKwh", pv, result.pvExportedKwh(), decimals);
    checkPv("nettedKwh", pv, result.pvNettedKwh(), decimals);
    assertTrue(expected.has("rules"), "expected.rules is required");
    List<String> want = new ArrayList<>();
    expected.path("rules").forEach(r -> want.add(r.asText()));
    List<String> used = new ArrayList<>();
    result.rulesApplied().forEach(r -> used.add(r.pack() + "/" + r.parameter()));
    assertEquals(want, used, "rule values used, in order");
  }

  private static Optional<HeatFactorSource> heatSource(JsonNode figure) {
    return figure.has("heatSource") ? Optional.of(HeatFactorSource.valueOf(figure.path("heatSource").asText()))
        : Optional.empty();
  }

  private static void checkPv(String field, JsonNode pv, double actual, int decimals) {
    if (pv.isMissingNode()) {
      assertEquals(0, actual, "pv." + field + " (absent: zero)");
    } else {
      Vectors.assertRounded("pv." + field, pv.path(field), actual, decimals);
    }
  }
}

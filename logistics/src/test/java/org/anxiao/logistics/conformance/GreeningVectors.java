package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.anxiao.core.conformance.ConformanceRunner.Calculator;
import org.anxiao.core.conformance.ConformanceRunner.VectorFile;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.logistics.greening.CampusGreening;
import org.anxiao.logistics.greening.Greening;
import org.anxiao.logistics.greening.GreeningResult;

/**
 * Runs {@code conformance/logistics/greening.json}: a campus's greening against the pack in force. Input: a
 * {@code campus-greening} document ({@code schemaVersion}, {@code schoolId}, {@code campusId}, {@code status} NEW or
 * EXISTING, and {@code siteArea}, {@code greenSpace}, {@code greenCover}, {@code roofGreening},
 * {@code verticalGreening} as quantities), bound by the strict reader; expected {@code coverage} and {@code greenSpaceRatio} (4 decimals, HALF_UP; absent for a site area
 * of 0), {@code coverageCounted} and {@code greenSpaceCounted} (m²), {@code coverageMet} and
 * {@code greenSpaceMet} (present exactly when checked), {@code findings} (codes in order) and {@code rules}.
 */
final class GreeningVectors {
  static final Calculator CALCULATOR = new Calculator("anxiao.logistics.greening", GreeningVectors::run, Set.of(),
      LogisticsConformanceTest.LOGISTICS_ARTIFACT);

  private GreeningVectors() {}

  private static void run(VectorFile file, JsonNode group, JsonNode test) {
    JsonNode parameters = group.path("parameters");
    JsonNode input = test.path("input");
    VectorOutcomes.expect(test, () -> {
      Greening greening = Greening.in(SupplyGreeningContexts.context(file, parameters));
      VectorOutcomes.checkPacks(parameters, greening.rules().packs());
      return greening.assess(VectorOutcomes.bind(input, CampusGreening.class));
    }, (GreeningResult r, JsonNode expected) -> {
      ratio("coverage", expected, r.coverage());
      ratio("greenSpaceRatio", expected, r.greenSpaceRatio());
      VectorOutcomes.assertDecimal("coverageCounted", expected.path("coverageCounted"), r.coverageArea().counted());
      VectorOutcomes.assertDecimal("greenSpaceCounted", expected.path("greenSpaceCounted"),
          r.greenSpaceArea().counted());
      assertEquals(verdict(expected, "coverageMet"), r.coverageMet(), "coverageMet");
      assertEquals(verdict(expected, "greenSpaceMet"), r.greenSpaceMet(), "greenSpaceMet");
      assertEquals(VectorOutcomes.texts(expected.path("findings")),
          r.findings().stream().map(f -> f.code().value()).toList(), "findings");
      VectorOutcomes.checkRules(expected, r.rulesApplied());
    });
  }

  /** A ratio: present exactly when expected, equal in value and with 4 decimals. */
  private static void ratio(String field, JsonNode expected, Optional<BigDecimal> actual) {
    assertEquals(expected.has(field), actual.isPresent(), field + " present");
    if (expected.has(field)) {
      VectorOutcomes.assertDecimal(field, expected.path(field), actual.get());
      assertEquals(4, actual.get().scale(), field + " has 4 decimals");
      assertTrue(expected.path(field).asText().matches("[01]\\.[0-9]{4}"), field + " is written with 4 decimals");
    }
  }

  private static Optional<Boolean> verdict(JsonNode expected, String field) {
    return expected.has(field) ? Optional.of(expected.path(field).asBoolean()) : Optional.empty();
  }
}

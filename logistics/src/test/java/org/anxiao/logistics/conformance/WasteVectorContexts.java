package org.anxiao.logistics.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anxiao.core.conformance.VectorOutcomes;
import org.anxiao.core.finding.Finding;
import org.anxiao.core.rule.AppliedRule;

/**
 * The rule context of a waste vector group ({@code food-waste.json}, {@code waste-sorting.json}): its
 * {@code parameters} give {@code jurisdiction}, {@code date}, {@code policy} ({@code DEFAULT} or
 * {@code ALLOW_UNVERIFIED}), optionally {@code testPacks} (fictional packs of the conformance folder
 * installed over the standard packs) and {@code packs} (the packs in force, narrowest first; checked
 * when given). Installing the test packs is part of each test's call.
 */
final class WasteVectorContexts {
  private WasteVectorContexts() {}

  /** Checks the rule values read, as {@code pack@version/parameter}, in first-use order, when expected. */
  static void checkRules(JsonNode expected, List<AppliedRule> rules) {
    if (expected.has("rules")) {
      assertEquals(VectorOutcomes.texts(expected.path("rules")), rules.stream().map(r -> r.pack() + "/" + r.parameter()).toList(),
          "rules read");
    }
  }

  static void checkFindings(JsonNode expected, List<Finding> findings) {
    if (expected.has("findings")) {
      assertEquals(VectorOutcomes.texts(expected.path("findings")), findings.stream().map(f -> f.code().toString()).toList(),
          "findings");
    }
  }

  /** An expected decimal, or null for an empty value; a missing key is not checked. */
  static void checkOptional(String at, JsonNode want, Optional<BigDecimal> got) {
    if (want.isMissingNode()) {
      return;
    }
    if (want.isNull()) {
      assertTrue(got.isEmpty(), at + " must be absent, is " + got);
    } else {
      assertTrue(got.isPresent(), at + " is absent");
      VectorOutcomes.assertDecimal(at, want, got.get());
    }
  }
}
